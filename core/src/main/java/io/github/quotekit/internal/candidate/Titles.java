package io.github.quotekit.internal.candidate;

import io.github.quotekit.Lexicon;
import java.util.List;
import java.util.Locale;

/** Finds the titles of the lexicon ("Sen.", "Vice President") in a sequence of words. */
final class Titles {
  private Titles() {}

  /** Returns true when a title of at most three words begins at {@code words[index]}. */
  static boolean startsAt(List<String> words, int index, Lexicon lexicon) {
    for (int end = index + 1; end <= Math.min(words.size(), index + 3); end++) {
      if (lexicon.roleOfTitle(joined(words, index, end)).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Joins words {@code [from, to)} in lower case as a title is written: "sen.", "vice president".
   * The tokenizer splits "Sen." into "Sen" and "."; the period is written without a space.
   */
  static String joined(List<String> words, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      String word = words.get(i);
      if (i > from && !word.equals(".")) {
        sb.append(' ');
      }
      sb.append(word.toLowerCase(Locale.ROOT));
    }
    return sb.toString();
  }
}
