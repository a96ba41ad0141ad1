package io.github.quotekit.internal.analysis;

import opennlp.tools.util.StringUtil;

/**
 * Maps curly quotation marks and apostrophes to their straight forms and no-break spaces to
 * spaces, one character for one, so
 * that the OpenNLP models (trained on straight marks) tokenise news typography well while offsets
 * stay unchanged.
 *
 * <p>It also breaks runs of more than {@link #MAX_RUN} characters without whitespace by folding
 * one character to a space: OpenNLP's tokenizer and sentence detector rebuild their features from
 * the whole run at every position of it, in time quadratic in its length, so that a 10 MB line of
 * binary noise or dots would take hours. No word, number or URL of an article is that long; the
 * character folded to a space is only left out of the tokens.
 */
final class TypographyFolding {
  /** The longest run of characters without whitespace that the models see. */
  static final int MAX_RUN = 128;

  private TypographyFolding() {}

  static String fold(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] =
          switch (chars[i]) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u2039', '\u203A' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB', '\u300C',
                '\u300D', '\u300E', '\u300F' -> '"';
            case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u2002', '\u2003' -> ' ';
            case '\u2015', '\u2014' -> '\u2014';
            default -> chars[i];
          };
    }
    breakLongRuns(chars);
    return new String(chars);
  }

  /** Folds one character of every {@link #MAX_RUN} + 1 without whitespace to a space. */
  private static void breakLongRuns(char[] chars) {
    int run = 0;
    for (int i = 0; i < chars.length; i++) {
      if (StringUtil.isWhitespace(chars[i])) {
        run = 0;
      } else if (++run > MAX_RUN) {
        // A surrogate pair is folded whole, never half of it.
        if (Character.isHighSurrogate(chars[i])
            && i + 1 < chars.length
            && Character.isLowSurrogate(chars[i + 1])) {
          chars[i + 1] = ' ';
        } else if (Character.isLowSurrogate(chars[i]) && Character.isHighSurrogate(chars[i - 1])) {
          chars[i - 1] = ' ';
        }
        chars[i] = ' ';
        run = 0;
      }
    }
  }
}
