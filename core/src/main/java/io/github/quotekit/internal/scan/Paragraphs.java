package io.github.quotekit.internal.scan;

import io.github.quotekit.Span;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The paragraphs of an article: maximal runs of text separated by at least one blank line (a line
 * holding nothing but whitespace), each trimmed of surrounding whitespace. A single line break does
 * not end a paragraph, because hard-wrapped articles would otherwise fall apart into lines.
 *
 * <p>The same pass tells whether the text is {@linkplain #hardWrapped() hard-wrapped}: whether the
 * line breaks inside its paragraphs are mostly those of a text cut into short lines, rather than
 * the ends of paragraphs written one per line.
 *
 * <p>The paragraphs are an immutable list of spans in text order, never empty and never
 * overlapping, so that every stage numbers paragraphs the same way. Instances are thread-safe.
 */
public final class Paragraphs extends AbstractList<Span> implements RandomAccess {
  /** A line longer than this is a paragraph of its own, not a line that a wrap cut short. */
  private static final int MAX_WRAPPED_LINE = 120;
  /** Fewer wrapped lines than this are too few to tell a hard-wrapped text. */
  private static final int MIN_WRAPS = 3;
  /** What ends a sentence or a paragraph at the end of a line; a wrap cuts anywhere else. */
  private static final String LINE_END_PUNCTUATION = ".!?…:;\"”’'»)]";

  private final Span[] spans;
  private final boolean hardWrapped;

  private Paragraphs(List<Span> spans, boolean hardWrapped) {
    this.spans = spans.toArray(Span[]::new);
    this.hardWrapped = hardWrapped;
  }

  /** Splits {@code text} into paragraphs in one pass; any string, even empty, is accepted. */
  public static Paragraphs of(String text) {
    List<Span> spans = new ArrayList<>();
    int begin = -1;
    int end = -1;
    int lineBegin = 0;
    boolean lineHasText = false;
    // The last line with text, while no blank line has followed it: was it cut mid-sentence?
    boolean previousLineOpen = false;
    boolean previousLineWrapped = false;
    int innerBreaks = 0;
    int wraps = 0;
    // Read from an array: with only the quick JIT compiler, String.charAt costs several times more.
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      boolean printable = c > ' ' && c < '\u0085';
      if (!printable && isLineBreak(c)) {
        if (lineHasText) {
          previousLineOpen = true;
          previousLineWrapped =
              end - lineBegin <= MAX_WRAPPED_LINE
                  && LINE_END_PUNCTUATION.indexOf(chars[end - 1]) < 0;
        } else {
          previousLineOpen = false;
        }
        if (c == '\r' && i + 1 < chars.length && chars[i + 1] == '\n') {
          i++;
        }
        if (!lineHasText && begin >= 0) {
          spans.add(Span.of(begin, end));
          begin = -1;
        }
        lineHasText = false;
        lineBegin = i + 1;
      } else if (printable || !isSpace(c)) {
        if (begin < 0) {
          begin = i;
        }
        if (!lineHasText && previousLineOpen) {
          innerBreaks++;
          wraps += previousLineWrapped ? 1 : 0;
        }
        end = i + 1;
        lineHasText = true;
      }
    }
    if (begin >= 0) {
      spans.add(Span.of(begin, end));
    }
    return new Paragraphs(spans, wraps >= MIN_WRAPS && wraps * 2 > innerBreaks);
  }

  /**
   * Returns true when most line breaks inside paragraphs, and three at least, end a short line
   * (at most 120 characters) that stops mid-sentence, not after sentence punctuation or a closing
   * mark or bracket: the text was cut into lines of a fixed width, and a line break there is a
   * space. False when no paragraph has more than one line.
   */
  public boolean hardWrapped() {
    return hardWrapped;
  }

  @Override
  public Span get(int index) {
    return spans[index];
  }

  @Override
  public int size() {
    return spans.length;
  }

  /**
   * Returns the index of the paragraph holding {@code offset} or, for an offset in the whitespace
   * between paragraphs, of the last paragraph before it; -1 when no paragraph begins at or before
   * {@code offset}.
   */
  public int paragraphOf(int offset) {
    int low = 0;
    int high = spans.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (spans[mid].begin() <= offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low - 1;
  }

  /** Returns the offset of the first line break in {@code [from, to)} of the text, or {@code to}. */
  public static int firstLineBreak(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isLineBreak(text.charAt(i))) {
        return i;
      }
    }
    return to;
  }

  /** Returns true for the characters that end a line, as matched by the regex {@code \R}. */
  public static boolean isLineBreak(char c) {
    if (c > '\r' && c < '\u0085') {
      return false; // most characters of any text, answered without the comparisons below
    }
    return c == '\n'
        || c == '\u000B'
        || c == '\u000C'
        || c == '\r'
        || c == '\u0085'
        || c == '\u2028'
        || c == '\u2029';
  }

  /** Returns true for whitespace, including the no-break spaces that news feeds are full of. */
  public static boolean isSpace(char c) {
    if (c > ' ' && c < '\u0085') {
      return false; // printable ASCII and C1 controls, without the Unicode tables
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
