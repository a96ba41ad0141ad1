package io.github.quotekit.internal.scan;

import io.github.quotekit.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the stretches of text between double quotation marks, the first stage of quotation
 * extraction.
 *
 * <p>It follows news typography rather than balanced-bracket logic, because real articles are full
 * of unbalanced marks:
 *
 * <ul>
 *   <li>Only double marks delimit quotations. Single marks are too often apostrophes ({@code
 *       don't}, {@code the '90s}, {@code rock 'n' roll}) to be trusted, so they never start one;
 *       nested in a double-quoted stretch they are simply part of its content.
 *   <li>A quotation never runs over a line break: the segment ends there unclosed. A quotation
 *       that goes on in the next paragraph reopens there with a new mark, giving a new segment
 *       that {@linkplain QuotedSegment#continuesPrevious() continues} the previous one.
 *   <li>An opening mark while a quotation is open ends the pending one unclosed and starts anew:
 *       a closing mark was forgotten. A closing mark with nothing open is ignored.
 *   <li>A straight mark has no direction. It closes a pending quotation; otherwise it opens one
 *       when it stands where an opening mark would (after whitespace, an opening bracket or a
 *       dash, and before a word), and is ignored elsewhere (inches, stray typos).
 * </ul>
 *
 * <p>Scanning takes time linear in the length of the text and accepts any string. Instances are
 * immutable and thread-safe.
 */
public final class QuoteScanner {
  private static final QuoteScanner ENGLISH = new QuoteScanner("\u201C", "\u201D", "\"");

  private final String openers;
  private final String closers;
  private final String undirected;

  private QuoteScanner(String openers, String closers, String undirected) {
    this.openers = openers;
    this.closers = closers;
    this.undirected = undirected;
  }

  /** Returns a scanner for curly “ ” and straight " double quotation marks. */
  public static QuoteScanner english() {
    return ENGLISH;
  }

  /** Returns the quoted segments of {@code text} in text order, never overlapping; immutable. */
  public List<QuotedSegment> scan(String text) {
    Paragraphs paragraphs = Paragraphs.of(text);
    List<QuotedSegment> segments = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      Span paragraph = paragraphs.get(p);
      int open = -1;
      for (int i = paragraph.begin(); i < paragraph.end(); i++) {
        char c = text.charAt(i);
        if (Paragraphs.isLineBreak(c)) {
          if (open >= 0) {
            emit(text, segments, p, open, i, false);
            open = -1;
          }
        } else if (openers.indexOf(c) >= 0) {
          if (open >= 0) {
            emit(text, segments, p, open, i, false);
          }
          open = i;
        } else if (closers.indexOf(c) >= 0) {
          if (open >= 0) {
            emit(text, segments, p, open, i, true);
            open = -1;
          }
        } else if (undirected.indexOf(c) >= 0) {
          if (open >= 0) {
            emit(text, segments, p, open, i, true);
            open = -1;
          } else if (opensAt(text, i, paragraph)) {
            open = i;
          }
        }
      }
      if (open >= 0) {
        emit(text, segments, p, open, paragraph.end(), false);
      }
    }
    return List.copyOf(segments);
  }

  /** Returns true when the undirected mark at {@code i} stands where an opening mark would. */
  private static boolean opensAt(String text, int i, Span paragraph) {
    if (i + 1 >= paragraph.end() || Paragraphs.isSpace(text.charAt(i + 1))) {
      return false;
    }
    if (i == paragraph.begin()) {
      return true;
    }
    char before = text.charAt(i - 1);
    return Paragraphs.isSpace(before)
        || "([{".indexOf(before) >= 0
        || Character.getType(before) == Character.DASH_PUNCTUATION;
  }

  /**
   * Adds the segment opened by the mark at {@code open} and ended at {@code end}, by the closing
   * mark there when {@code closed}, unless it holds nothing but whitespace.
   */
  private static void emit(
      String text, List<QuotedSegment> segments, int paragraph, int open, int end, boolean closed) {
    int begin = open + 1;
    int stop = end;
    while (begin < stop && Paragraphs.isSpace(text.charAt(begin))) {
      begin++;
    }
    while (stop > begin && Paragraphs.isSpace(text.charAt(stop - 1))) {
      stop--;
    }
    if (begin == stop) {
      return;
    }
    QuotedSegment previous = segments.isEmpty() ? null : segments.get(segments.size() - 1);
    boolean continues =
        previous != null && !previous.closed() && onlyLineBreaksBetween(text, previous, open);
    Span marked = Span.of(open, closed ? end + 1 : stop);
    segments.add(
        new QuotedSegment(Span.of(begin, stop), marked, paragraph, true, closed, continues));
  }

  /**
   * Returns true when only whitespace, with at least one line break, separates {@code previous}
   * from {@code offset}. The stretch is scanned once per segment and stretches never overlap, so
   * the scan as a whole stays linear.
   */
  private static boolean onlyLineBreaksBetween(String text, QuotedSegment previous, int offset) {
    boolean lineBreak = false;
    for (int i = previous.marked().end(); i < offset; i++) {
      char c = text.charAt(i);
      if (Paragraphs.isLineBreak(c)) {
        lineBreak = true;
      } else if (!Paragraphs.isSpace(c)) {
        return false;
      }
    }
    return lineBreak;
  }
}
