package io.github.quotekit.internal.analysis;

/**
 * Maps curly quotation marks and apostrophes to their straight forms and no-break spaces to
 * spaces, one character for one, so
 * that the OpenNLP models (trained on straight marks) tokenise news typography well while offsets
 * stay unchanged.
 */
final class TypographyFolding {
  private TypographyFolding() {}

  static String fold(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] =
          switch (chars[i]) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
            case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u2002', '\u2003' -> ' ';
            case '\u2015', '\u2014' -> '\u2014';
            default -> chars[i];
          };
    }
    return new String(chars);
  }
}
