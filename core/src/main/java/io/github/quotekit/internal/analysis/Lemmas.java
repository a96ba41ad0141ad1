package io.github.quotekit.internal.analysis;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;

/**
 * Lemmas of verbs and nouns from the OpenNLP lemmatizer, memoised per word and tag. The statistical
 * lemmatizer costs far more than tagging, and attribution needs lemmas only of the open-class words
 * that can be cues or speaker heads; every other word's lemma is its lower-case form. Not
 * thread-safe: one instance per thread.
 */
final class Lemmas {
  private static final int MAX_ENTRIES = 100_000;

  private final LemmatizerME lemmatizer;
  private final Map<String, String> memo = new HashMap<>();

  Lemmas(LemmatizerModel model) {
    this.lemmatizer = new LemmatizerME(model);
  }

  String lemma(String word, String pos) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (!(pos.equals("VERB") || pos.equals("AUX") || pos.equals("NOUN"))) {
      return lower;
    }
    String key = pos + ' ' + lower;
    String known = memo.get(key);
    if (known != null) {
      return known;
    }
    if (memo.size() >= MAX_ENTRIES) {
      memo.clear();
    }
    String lemma = lemmatizer.lemmatize(new String[] {lower}, new String[] {pos})[0];
    String result = lemma.equals("O") || lemma.isEmpty() ? lower : lemma.toLowerCase(Locale.ROOT);
    memo.put(key, result);
    return result;
  }
}
