package io.github.quotekit.internal.analysis;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.lemmatizer.DefaultLemmatizerContextGenerator;
import opennlp.tools.lemmatizer.DefaultLemmatizerSequenceValidator;
import opennlp.tools.lemmatizer.LemmatizerFactory;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Lemmas of verbs and nouns from the OpenNLP lemmatizer, memoised per word and tag. The statistical
 * lemmatizer costs far more than tagging, and attribution needs lemmas only of the open-class words
 * that can be cues or speaker heads; every other word's lemma is its lower-case form. Not
 * thread-safe: one instance per thread.
 *
 * <p>Words are lemmatised one at a time, and for a one-word sequence {@code LemmatizerME}'s beam
 * search comes down to one evaluation of the model and the outcome with the highest log
 * probability, the first one on a tie (the root of its priority queue). {@link #lemma} computes
 * exactly that directly, without the beam search's queues and copies, when the model is the plain
 * maxent kind with the default context generator and validator; otherwise it calls {@code
 * LemmatizerME}.
 */
final class Lemmas {
  private static final int MAX_ENTRIES = 100_000;
  private static final String[] NO_DECISIONS = new String[0];

  private final LemmatizerME lemmatizer;
  /** The maxent model for the direct computation, or null to call {@link #lemmatizer}. */
  private final MaxentModel maxent;
  private final DefaultLemmatizerContextGenerator contexts =
      new DefaultLemmatizerContextGenerator();
  /** Memoised lemmas by lower-case word, one map per tag: VERB, AUX and NOUN. */
  private final Map<String, String> verbs = new HashMap<>();
  private final Map<String, String> auxiliaries = new HashMap<>();
  private final Map<String, String> nouns = new HashMap<>();

  Lemmas(LemmatizerModel model) {
    this.lemmatizer = new LemmatizerME(model);
    this.maxent = directModel(model);
  }

  private static MaxentModel directModel(LemmatizerModel model) {
    LemmatizerFactory factory = model.getFactory();
    Object artifact = model.getArtifact("lemmatizer.model");
    boolean plain =
        artifact instanceof MaxentModel
            && model.getLemmatizerSequenceModel() instanceof BeamSearch
            && factory.getContextGenerator().getClass() == DefaultLemmatizerContextGenerator.class
            && factory.getSequenceValidator().getClass()
                == DefaultLemmatizerSequenceValidator.class;
    return plain ? (MaxentModel) artifact : null;
  }

  String lemma(String word, String pos) {
    String lower = word.toLowerCase(Locale.ROOT);
    Map<String, String> memo =
        switch (pos) {
          case "VERB" -> verbs;
          case "AUX" -> auxiliaries;
          case "NOUN" -> nouns;
          default -> null;
        };
    if (memo == null) {
      return lower;
    }
    String known = memo.get(lower);
    if (known != null) {
      return known;
    }
    if (verbs.size() + auxiliaries.size() + nouns.size() >= MAX_ENTRIES) {
      verbs.clear();
      auxiliaries.clear();
      nouns.clear();
    }
    String lemma = lemmatize(lower, pos);
    String result = lemma.equals("O") || lemma.isEmpty() ? lower : lemma.toLowerCase(Locale.ROOT);
    memo.put(lower, result);
    return result;
  }

  /** Returns {@code lemmatizer.lemmatize(new String[] {word}, new String[] {pos})[0]}. */
  private String lemmatize(String word, String pos) {
    String[] words = {word};
    String[] tags = {pos};
    if (maxent != null) {
      double[] probabilities = maxent.eval(contexts.getContext(0, words, tags, NO_DECISIONS));
      int best = -1;
      double bestScore = 0;
      boolean regular = true;
      for (int p = 0; p < probabilities.length; p++) {
        // BeamSearch scores a one-word sequence by log probability and keeps the first best.
        double score = StrictMath.log(probabilities[p]);
        regular &= !Double.isNaN(score);
        if (best < 0 || score > bestScore) {
          best = p;
          bestScore = score;
        }
      }
      // BeamSearch drops sequences scoring -100000 or less; with no NaN the best one never is.
      if (regular && best >= 0 && bestScore > -100000) {
        return LemmatizerME.decodeLemmas(words, new String[] {maxent.getOutcome(best)})[0];
      }
    }
    return lemmatizer.lemmatize(words, tags)[0];
  }
}
