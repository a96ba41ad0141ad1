package io.github.quotekit.html;

import java.io.IOException;

/** Escapes text for HTML element content and double-quoted attribute values. */
final class Markup {

  private static final char REPLACEMENT = '\uFFFD';

  private Markup() {}

  /** Appends {@code text} escaped; see {@link #escape(Appendable, CharSequence, int, int)}. */
  static void escape(Appendable out, CharSequence text) throws IOException {
    escape(out, text, 0, text.length());
  }

  /**
   * Appends {@code text[from, to)} escaped, safe both as element content and inside a
   * double-quoted attribute value: {@code & < > " '} become character references, and the
   * characters HTML does not allow as text (controls other than tab, line feed and carriage
   * return, lone surrogates, U+FFFE and U+FFFF) become U+FFFD.
   */
  static void escape(Appendable out, CharSequence text, int from, int to) throws IOException {
    int plain = from;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      String replacement;
      switch (c) {
        case '&' -> replacement = "&amp;";
        case '<' -> replacement = "&lt;";
        case '>' -> replacement = "&gt;";
        case '"' -> replacement = "&quot;";
        case '\'' -> replacement = "&#39;";
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < to
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            i++;
            continue;
          }
          if (!allowed(c)) {
            replacement = String.valueOf(REPLACEMENT);
          } else {
            continue;
          }
        }
      }
      out.append(text, plain, i).append(replacement);
      plain = i + 1;
    }
    out.append(text, plain, to);
  }

  /** Returns {@code text} escaped as by {@link #escape(Appendable, CharSequence)}. */
  static String escape(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    try {
      escape(out, text);
    } catch (IOException e) {
      throw new AssertionError(e); // StringBuilder does not throw
    }
    return out.toString();
  }

  /** Whether {@code c}, not part of a surrogate pair, may stand as text in an HTML page. */
  private static boolean allowed(char c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return true;
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      return false;
    }
    return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
  }
}
