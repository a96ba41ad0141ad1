package io.github.quotekit;

/**
 * A half-open range {@code [begin, end)} of Java {@code String} offsets (UTF-16 code units) into an
 * article's text.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param begin offset of the first character, {@code >= 0}
 * @param end offset just past the last character, {@code >= begin}
 */
public record Span(int begin, int end) implements Comparable<Span> {

  /** Checks that the range is well formed. */
  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("invalid span [" + begin + ", " + end + ")");
    }
  }

  /** Returns the span {@code [begin, end)}. */
  public static Span of(int begin, int end) {
    return new Span(begin, end);
  }

  /** Returns the number of characters covered. */
  public int length() {
    return end - begin;
  }

  /** Returns true when the span covers no character. */
  public boolean isEmpty() {
    return begin == end;
  }

  /** Returns true when {@code other} lies entirely inside this span. */
  public boolean contains(Span other) {
    return begin <= other.begin && other.end <= end;
  }

  /** Returns true when the two spans share at least one character. */
  public boolean overlaps(Span other) {
    return !isEmpty() && !other.isEmpty() && begin < other.end && other.begin < end;
  }

  /** Returns the characters of {@code text} that this span covers. */
  public String textIn(CharSequence text) {
    return text.subSequence(begin, end).toString();
  }

  /** Orders spans by begin offset, then by end offset. */
  @Override
  public int compareTo(Span other) {
    int byBegin = Integer.compare(begin, other.begin);
    return byBegin != 0 ? byBegin : Integer.compare(end, other.end);
  }
}
