package io.github.quotekit.internal.analysis;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * Part-of-speech tagging with the bundled UD English model that gives exactly the tags of
 * OpenNLP's {@code POSTaggerME.tag}, several times faster. Not thread-safe: one instance
 * per thread over a shared {@link Model}.
 *
 * <p>Why the tags are the same. The model's feature generator is wrapped in OpenNLP's {@code
 * CachedFeatureGenerator}, which caches the features of each position of a sentence, previous-tag
 * features included. So every hypothesis of the beam is scored at position {@code i} with the
 * features of the hypothesis expanded first there (the best one), and the model gives all of them
 * the same probabilities. This class computes those features once per position from look-ups
 * kept on each {@link Word} (instead of strings built and hashed per hypothesis), evaluates the
 * maxent model once per position instead of once per hypothesis, starting from the sums of the
 * word's own predicates, which come first in every context of the word and so were added once,
 * and takes each outcome's logarithm once per position instead of once per hypothesis. It keeps
 * OpenNLP's beam search otherwise as it is: the same floating-point operations in the same order
 * ({@code StrictMath.exp}, {@code StrictMath.log}) and the same priority-queue algorithm and
 * comparison, so even ties are broken the same way.
 *
 * <p>{@link Model#of} accepts only a model of exactly this kind (a GIS model, the feature generator
 * descriptor this class reproduces, no tag dictionary, UD tags); for any other, callers fall back
 * to {@code POSTaggerME}.
 */
final class PosTagger {
  /**
   * Length and CRC-32 of the {@code generator.featuregen} descriptor of
   * opennlp-en-ud-ewt-pos-1.3-2.5.4.bin, the feature generation this class reproduces.
   */
  private static final int DESCRIPTOR_LENGTH = 1930;

  private static final long DESCRIPTOR_CRC32 = 533_081_214L;

  /** As in OpenNLP's {@code BeamSearch}: hypotheses scoring this or less are dropped. */
  private static final double MIN_SEQUENCE_SCORE = -100000;

  /** The parts of the model that every thread shares. Immutable. */
  static final class Model {
    private final Map<String, Context> predicates;
    private final String[] outcomes;
    private final int beamSize;
    private final double logUniformPrior;
    private final Context def;
    private final Context sentenceBegin;
    private final Context previousSentenceBegin;
    private final Context secondPreviousSentenceBegin;
    /** {@code t=TAG} by outcome index. */
    private final Context[] previousTag;
    /** {@code t2=TAG2,TAG1} by outcome indices [TAG2][TAG1]. */
    private final Context[][] previousTags;

    @SuppressWarnings("unchecked")
    private Model(GISModel maxent, int beamSize) {
      Object[] data = maxent.getDataStructures();
      this.predicates = (Map<String, Context>) data[1];
      this.outcomes = ((String[]) data[2]).clone();
      this.beamSize = beamSize;
      // UniformPrior: log(1 / number of outcomes) for every outcome.
      this.logUniformPrior = StrictMath.log(1.0 / outcomes.length);
      this.def = predicates.get("def");
      this.sentenceBegin = predicates.get("S=begin");
      this.previousSentenceBegin = predicates.get("p1S=begin");
      this.secondPreviousSentenceBegin = predicates.get("p2S=begin");
      int n = outcomes.length;
      this.previousTag = new Context[n];
      this.previousTags = new Context[n][n];
      for (int a = 0; a < n; a++) {
        previousTag[a] = predicates.get("t=" + outcomes[a]);
        for (int b = 0; b < n; b++) {
          previousTags[a][b] = predicates.get("t2=" + outcomes[a] + "," + outcomes[b]);
        }
      }
    }

    /**
     * Returns the shared part of a tagger for {@code model}, or empty when the model is not one
     * whose {@code POSTaggerME} tags this class reproduces exactly.
     */
    static Optional<Model> of(POSModel model) {
      Object maxent = model.getArtifact("pos.model");
      Object descriptor = model.getArtifact("generator.featuregen");
      if (!(maxent instanceof GISModel gis)
          || !(descriptor instanceof byte[] bytes)
          || !isExpectedDescriptor(bytes)
          || model.getFactory().getTagDictionary() != null
          || POSTagFormatMapper.guessFormat(model) != POSTagFormat.UD) {
        return Optional.empty();
      }
      String beam = model.getManifestProperty("BeamSize");
      int beamSize;
      try {
        beamSize = beam == null ? 3 : Integer.parseInt(beam);
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
      return beamSize > 0 ? Optional.of(new Model(gis, beamSize)) : Optional.empty();
    }

    private static boolean isExpectedDescriptor(byte[] bytes) {
      CRC32 crc = new CRC32();
      crc.update(bytes);
      return bytes.length == DESCRIPTOR_LENGTH && crc.getValue() == DESCRIPTOR_CRC32;
    }
  }

  /** The context predicates that depend on one word only, looked up once per {@link Word}. */
  static final class WordFeatures {
    /**
     * The first part of {@code GISModel.eval}'s sums at a position holding this word: the uniform
     * prior plus the parameters of {@code def}, the suffixes, the prefixes and {@code w=}, added in
     * that order. These come first in every context of the word, so the running sums after them
     * are the same wherever it stands, and each position continues from a copy.
     */
    final double[] ownSums;
    final Context previous;
    final Context secondPrevious;
    final Context next;
    final Context secondNext;
    final Context wordClass;
    final Context wordAndClass;

    WordFeatures(Model model, String token) {
      Map<String, Context> predicates = model.predicates;
      double[] sums = new double[model.outcomes.length];
      Arrays.fill(sums, model.logUniformPrior);
      add(sums, model.def);
      int suffixes = Math.min(4, token.length());
      for (int li = 0; li < suffixes; li++) {
        add(sums, predicates.get("suf=" + token.substring(Math.max(token.length() - li - 1, 0))));
      }
      for (int li = 0; li < suffixes; li++) {
        add(sums, predicates.get("pre=" + token.substring(0, Math.min(li + 1, token.length()))));
      }
      String lower = StringUtil.toLowerCase(token);
      String word = "w=" + lower;
      add(sums, predicates.get(word));
      this.ownSums = sums;
      this.previous = predicates.get("p1" + word);
      this.secondPrevious = predicates.get("p2" + word);
      this.next = predicates.get("n1" + word);
      this.secondNext = predicates.get("n2" + word);
      String wordClass = FeatureGeneratorUtil.tokenFeature(token);
      this.wordClass = predicates.get("wc=" + wordClass);
      this.wordAndClass = predicates.get("w&c=" + lower + "," + wordClass);
    }
  }

  /** Adds the parameters of {@code predicate}, if the model has it, as {@code GISModel.eval}. */
  private static void add(double[] sums, Context predicate) {
    if (predicate != null) {
      int[] active = predicate.getOutcomes();
      double[] parameters = predicate.getParameters();
      for (int ai = 0; ai < active.length; ai++) {
        sums[active[ai]] += parameters[ai] * 1d;
      }
    }
  }

  /** One hypothesis of the beam: OpenNLP's {@code Sequence} without the copied lists. */
  private static final class Hypothesis {
    final Hypothesis parent;
    final int outcome;
    final int length;
    final double score;

    Hypothesis() {
      this.parent = null;
      this.outcome = -1;
      this.length = 0;
      this.score = 0d;
    }

    Hypothesis(Hypothesis parent, int outcome, double logProbability) {
      this.parent = parent;
      this.outcome = outcome;
      this.length = parent.length + 1;
      this.score = parent.score + logProbability;
    }

  }

  private final Model model;
  private final double[] probabilities;
  /** The outcomes the beam expands at the current position, in order, and their logarithms. */
  private final int[] expandedOutcomes;

  private final double[] expandedLogs;
  private final double[] topScores;

  PosTagger(Model model) {
    this.model = model;
    this.probabilities = new double[model.outcomes.length];
    this.expandedOutcomes = new int[model.outcomes.length];
    this.expandedLogs = new double[model.outcomes.length];
    this.topScores = new double[model.beamSize];
  }

  /**
   * Returns the tags {@code POSTaggerME.tag} returns for the texts of {@code words}, filling in
   * the features of the words it sees first.
   */
  String[] tag(Word[] words) {
    int n = words.length;
    WordFeatures[] features = new WordFeatures[n];
    for (int i = 0; i < n; i++) {
      Word word = words[i];
      WordFeatures known = word.features;
      if (known == null) {
        known = word.features = new WordFeatures(model, word.text);
      }
      features[i] = known;
    }
    Beam prev = new Beam();
    Beam next = new Beam();
    prev.offer(new Hypothesis());
    for (int i = 0; i < n; i++) {
      step(features, i, prev, next);
      prev.clear();
      Beam tmp = prev;
      prev = next;
      next = tmp;
    }
    Hypothesis best = prev.poll();
    if (best == null) {
      // POSTaggerME would fail too; only possible if every hypothesis fell below the minimum.
      throw new IllegalStateException("no tag sequence for a sentence of " + n + " words");
    }
    String[] tags = new String[n];
    for (Hypothesis h = best; h.parent != null; h = h.parent) {
      tags[h.length - 1] = model.outcomes[h.outcome];
    }
    return tags;
  }

  /** One position of {@code BeamSearch.bestSequences}: expands the best of {@code prev}. */
  private void step(WordFeatures[] features, int i, Beam prev, Beam next) {
    int sz = Math.min(model.beamSize, prev.size);
    double[] scores = probabilities;
    int[] expanded = expandedOutcomes;
    double[] logs = expandedLogs;
    int expandable = 0;
    for (int sc = 0; prev.size > 0 && sc < sz; sc++) {
      Hypothesis top = prev.poll();
      if (sc == 0) {
        // The features, and so the scores, of every hypothesis at i are those of the first; so
        // are the outcomes worth expanding, and the logarithms BeamSearch takes per hypothesis.
        evaluate(features, i, top);
        double min = nthLargest(model.beamSize);
        for (int p = 0; p < scores.length; p++) {
          if (scores[p] >= min) {
            expanded[expandable] = p;
            logs[expandable++] = StrictMath.log(scores[p]);
          }
        }
      }
      for (int e = 0; e < expandable; e++) {
        Hypothesis h = new Hypothesis(top, expanded[e], logs[e]);
        if (h.score > MIN_SEQUENCE_SCORE) {
          next.offer(h);
        }
      }
      if (next.size == 0) {
        for (int p = 0; p < scores.length; p++) {
          Hypothesis h = new Hypothesis(top, p, StrictMath.log(scores[p]));
          if (h.score > MIN_SEQUENCE_SCORE) {
            next.offer(h);
          }
        }
      }
    }
  }

  /**
   * Returns {@code sorted(probabilities)[max(0, length - k)]}, the value {@code BeamSearch} takes
   * as the least score worth expanding, as {@code Arrays.sort} would give it: the k-th largest
   * probability, duplicates counted.
   */
  private double nthLargest(int k) {
    double[] values = probabilities;
    int n = values.length;
    if (n <= k) {
      return smallest(values);
    }
    double[] top = topScores; // top[0] >= top[1] >= ... >= top[k - 1]
    Arrays.fill(top, 0, k, Double.NEGATIVE_INFINITY);
    for (int i = 0; i < n; i++) {
      double x = values[i];
      if (x != x) {
        // Arrays.sort puts NaN last, after every number.
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy[n - k];
      }
      if (x > top[k - 1]) {
        int j = k - 1;
        while (j > 0 && top[j - 1] < x) {
          top[j] = top[j - 1];
          j--;
        }
        top[j] = x;
      }
    }
    return top[k - 1];
  }

  private static double smallest(double[] values) {
    double[] copy = values.clone();
    Arrays.sort(copy);
    return copy[0];
  }

  /**
   * The part of {@code java.util.PriorityQueue} that {@code BeamSearch} uses, with its exact
   * sift-up and sift-down, ordered as {@code Sequence.compareTo} orders (higher scores first), so
   * that hypotheses of equal score come out in the same order.
   */
  private static final class Beam {
    Hypothesis[] queue = new Hypothesis[16];
    int size;

    void offer(Hypothesis x) {
      int k = size;
      if (k >= queue.length) {
        queue = Arrays.copyOf(queue, queue.length * 2);
      }
      Hypothesis[] es = queue;
      while (k > 0) {
        int parent = (k - 1) >>> 1;
        Hypothesis e = es[parent];
        if (compare(x, e) >= 0) {
          break;
        }
        es[k] = e;
        k = parent;
      }
      es[k] = x;
      size++;
    }

    Hypothesis poll() {
      Hypothesis[] es = queue;
      Hypothesis result = es[0];
      if (result != null) {
        int n = --size;
        Hypothesis x = es[n];
        es[n] = null;
        if (n > 0) {
          int k = 0;
          int half = n >>> 1;
          while (k < half) {
            int child = (k << 1) + 1;
            Hypothesis c = es[child];
            int right = child + 1;
            if (right < n && compare(c, es[right]) > 0) {
              c = es[child = right];
            }
            if (compare(x, c) <= 0) {
              break;
            }
            es[k] = c;
            k = child;
          }
          es[k] = x;
        }
      }
      return result;
    }

    void clear() {
      Arrays.fill(queue, 0, size, null);
      size = 0;
    }

    /** {@code Sequence.compareTo}: {@code Double.compare(b.score, a.score)}. */
    private static int compare(Hypothesis a, Hypothesis b) {
      return Double.compare(b.score, a.score);
    }
  }

  /**
   * Fills {@link #probabilities} as {@code GISModel.eval} does for the context OpenNLP's feature
   * generator gives position {@code i} after the tags of {@code history}: the same predicates in
   * the same order (def, suffixes, prefixes, the word, the word window, sentence begin, word
   * class, word and class, previous tags), summed in that order.
   */
  private void evaluate(WordFeatures[] features, int i, Hypothesis history) {
    int n = features.length;
    double[] sums = probabilities;
    WordFeatures here = features[i];
    System.arraycopy(here.ownSums, 0, sums, 0, sums.length);
    if (i >= 1) {
      add(sums, features[i - 1].previous);
    }
    if (i >= 2) {
      add(sums, features[i - 2].secondPrevious);
    }
    if (i + 1 < n) {
      add(sums, features[i + 1].next);
    }
    if (i + 2 < n) {
      add(sums, features[i + 2].secondNext);
    }
    if (i == 0) {
      add(sums, model.sentenceBegin);
    } else if (i == 1) {
      add(sums, model.previousSentenceBegin);
    } else if (i == 2) {
      add(sums, model.secondPreviousSentenceBegin);
    }
    add(sums, here.wordClass);
    add(sums, here.wordAndClass);
    if (i >= 1) {
      // history holds i tags: its own outcome is the tag at i - 1, its parent's the one at i - 2.
      add(sums, model.previousTag[history.outcome]);
      if (i >= 2) {
        add(sums, model.previousTags[history.parent.outcome][history.outcome]);
      }
    }
    double normal = 0.0;
    for (int oid = 0; oid < sums.length; oid++) {
      sums[oid] = StrictMath.exp(sums[oid]);
      normal += sums[oid];
    }
    for (int oid = 0; oid < sums.length; oid++) {
      sums[oid] /= normal;
    }
  }
}
