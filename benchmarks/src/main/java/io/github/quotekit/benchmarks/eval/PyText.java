package io.github.quotekit.benchmarks.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A string indexed the way Python indexes a {@code str}: by Unicode code point, not by UTF-16 code
 * unit, plus the few {@code str} methods score.py relies on.
 *
 * <p>score.py reads UTF-16 offsets from the gold and prediction files but applies them to a Python
 * string, which counts an astral character (an emoji) as one position where Java counts two. To
 * agree with score.py to the last digit the port must make the same (mis)alignment, so every slice
 * of article text goes through this class.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PyText {

  // Python's str.split() / str.isspace(): Unicode White_Space minus the zero-width characters,
  // plus the four information separators. Character.isWhitespace differs (it excludes no-break
  // spaces and includes U+001F only), so the set is spelled out. Checked against CPython 3.11.
  private static final String PY_WHITESPACE =
      "\t\n\u000b\f\r\u001c\u001d\u001e\u001f \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004"
          + "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000";

  private final int[] codePoints;

  private PyText(int[] codePoints) {
    this.codePoints = codePoints;
  }

  /** Wraps {@code text}; a lone surrogate counts as one position, as in Python. */
  public static PyText of(String text) {
    return new PyText(text.codePoints().toArray());
  }

  /** Returns {@code len(text)}: the number of code points. */
  public int length() {
    return codePoints.length;
  }

  /** Returns the code point at Python index {@code i}, {@code 0 <= i < length()}. */
  public int at(long i) {
    return codePoints[Math.toIntExact(i)];
  }

  /** Returns {@code text[begin:end]} with Python's slice rules (negative indices count back). */
  public String slice(long begin, long end) {
    int b = sliceIndex(begin);
    int e = sliceIndex(end);
    return e <= b ? "" : new String(codePoints, b, e - b);
  }

  @Override
  public String toString() {
    return new String(codePoints, 0, codePoints.length);
  }

  private int sliceIndex(long i) {
    long n = codePoints.length;
    long j = i < 0 ? i + n : i;
    return (int) Math.max(0, Math.min(n, j));
  }

  /** Returns true for the characters Python's {@code str.isspace()} and {@code split()} treat as
   * whitespace. */
  public static boolean isSpace(int codePoint) {
    return codePoint < 0x10000 && PY_WHITESPACE.indexOf(codePoint) >= 0;
  }

  /**
   * Returns true when Python's {@code chr(codePoint).isupper()} does: the character has the Unicode
   * Uppercase property. Both languages use that definition; they may differ only on characters
   * added in Unicode versions newer than Java 17's (13.0).
   */
  public static boolean isUpper(int codePoint) {
    return Character.isUpperCase(codePoint);
  }

  /** Returns {@code s.split()}: the runs of non-whitespace, as Python splits them. */
  public static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (isSpace(cp)) {
        if (start >= 0) {
          out.add(s.substring(start, i));
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      out.add(s.substring(start));
    }
    return out;
  }

  /** Returns {@code s.strip()}: {@code s} without leading and trailing Python whitespace. */
  public static String strip(String s) {
    int[] cps = s.codePoints().toArray();
    int b = 0;
    int e = cps.length;
    while (b < e && isSpace(cps[b])) {
      b++;
    }
    while (e > b && isSpace(cps[e - 1])) {
      e--;
    }
    return new String(cps, b, e - b);
  }

  /** Returns {@code s.strip(chars)}: any of {@code chars} removed from both ends. */
  public static String strip(String s, String chars) {
    int[] cps = s.codePoints().toArray();
    int[] set = chars.codePoints().toArray();
    int b = 0;
    int e = cps.length;
    while (b < e && contains(set, cps[b])) {
      b++;
    }
    while (e > b && contains(set, cps[e - 1])) {
      e--;
    }
    return new String(cps, b, e - b);
  }

  /** Returns {@code len(s)}: the number of code points. */
  public static int len(String s) {
    return s.codePointCount(0, s.length());
  }

  /** Returns {@code s[:n]}: the first {@code n} code points. */
  public static String head(String s, int n) {
    int cps = len(s);
    return cps <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
  }

  /**
   * Returns {@code s.lower()}. Java's root-locale full case mapping and Python's agree, including
   * the context-dependent final sigma and the two-character lower case of U+0130.
   */
  public static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static boolean contains(int[] set, int cp) {
    return Arrays.stream(set).anyMatch(c -> c == cp);
  }
}
