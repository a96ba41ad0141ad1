package io.github.quotekit.internal.scan;

import static java.util.Objects.requireNonNull;

import io.github.quotekit.Span;

/**
 * One stretch of quoted text inside one line of one paragraph (inside one paragraph, for
 * hard-wrapped text), as found by {@link QuoteScanner}.
 *
 * <p>A quotation that news style runs over several paragraphs (an opening mark at the start of each
 * paragraph, a closing mark only in the last one) yields one segment per paragraph; the later ones
 * say so through {@link #continuesPrevious()} so that attribution can carry the speaker over.
 *
 * @param content the quoted words without the quotation marks, trimmed of whitespace; never empty
 *     and never holding a line break, unless the text is {@linkplain Paragraphs#hardWrapped()
 *     hard-wrapped}
 * @param marked the content together with its opening mark and, when {@code closed}, its closing
 *     mark
 * @param paragraph the index of the paragraph holding the segment, as in {@link Paragraphs}
 * @param opened true when an opening mark precedes the content; the scanner reports no segment
 *     without one, so this is always true for now
 * @param closed true when a closing mark ends the content, false when the line, the paragraph or a
 *     new opening mark ended it first
 * @param continuesPrevious true when the previous segment ran unclosed to the end of its line and
 *     this one opens the next non-blank line, the news convention for a quotation that goes on in
 *     the next paragraph
 */
public record QuotedSegment(
    Span content,
    Span marked,
    int paragraph,
    boolean opened,
    boolean closed,
    boolean continuesPrevious) {

  /** Checks that the content is non-empty and lies inside the marked span. */
  public QuotedSegment {
    requireNonNull(content, "content");
    requireNonNull(marked, "marked");
    if (content.isEmpty() || !marked.contains(content) || paragraph < 0) {
      throw new IllegalArgumentException(
          "invalid segment: content " + content + ", marked " + marked + ", paragraph "
              + paragraph);
    }
  }
}
