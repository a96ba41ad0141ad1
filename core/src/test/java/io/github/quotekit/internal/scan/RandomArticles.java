package io.github.quotekit.internal.scan;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

/**
 * Builds random article-like texts from a seed, so that a failing property test names the one
 * seed that reproduces it. The fragments lean on what trips quotation scanners: marks of every
 * kind in every position (two apostrophes too), apostrophes, blank and non-blank line breaks and
 * odd characters.
 */
final class RandomArticles {
  private static final List<String> WORDS =
      List.of(
          "the", "council", "said", "we", "will", "rebuild", "flood", "Ortiz", "engineer", "night",
          "don't", "it's", "Jones'", "'90s", "rock 'n' roll", "it’s", "owners’", "6'2\"", "5\"");
  private static final List<String> MARKS =
      List.of(
          "“", "”", "\"", "‘", "’", "'", "„", "«", "»", "“”", "\"\"", "‹", "›", "「", "」", "« ", " »",
          "''", "'''");
  private static final List<String> PUNCTUATION =
      List.of(",", ".", ":", "?", "!", "—", "-", "(", ")", "[", "...");
  private static final List<String> SPACES = List.of(" ", "  ", "\t", "\u00A0", "\u2009");
  private static final List<String> BREAKS =
      List.of("\n", "\n\n", "\n \t\n", "\r\n", "\r\n\r\n", "\r", "\u2028", "\u2029", "\n\n\n");
  private static final List<String> ODD =
      List.of("\uD800", "\uDFFF", "\u0000", "\u0007", "\u200B", "\uFEFF", "😀");

  private RandomArticles() {}

  /** Returns {@code count} seeds derived from the fixed {@code masterSeed}. */
  static LongStream seeds(long masterSeed, int count) {
    return new Random(masterSeed).longs(count);
  }

  /** Returns the article for {@code seed}: up to a few hundred fragments, possibly none. */
  static String article(long seed) {
    Random random = new Random(seed);
    int fragments = random.nextInt(300);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < fragments; i++) {
      int kind = random.nextInt(100);
      List<String> pool;
      if (kind < 45) {
        pool = WORDS;
      } else if (kind < 65) {
        pool = SPACES;
      } else if (kind < 83) {
        pool = MARKS;
      } else if (kind < 91) {
        pool = PUNCTUATION;
      } else if (kind < 98) {
        pool = BREAKS;
      } else {
        pool = ODD;
      }
      text.append(pool.get(random.nextInt(pool.size())));
    }
    return text.toString();
  }
}
