package io.github.quotekit.benchmarks.eval;

/**
 * A {@code [begin, end)} pair of offsets exactly as score.py holds it: whatever integers the file
 * gave, not checked against the text (a prediction's quote span is clamped by {@link
 * Scorer#trim(PyText, Interval)}, mention spans and gold spans are used as they are).
 *
 * @param begin the first offset
 * @param end the offset past the last character
 */
public record Interval(long begin, long end) {

  /** Returns score.py's {@code overlap(a, b)}: the shared length, or 0. */
  public static long overlap(Interval a, Interval b) {
    return Math.max(0, Math.min(a.end, b.end) - Math.max(a.begin, b.begin));
  }

  /** Returns {@code end - begin}, which score.py compares against twice the overlap. */
  public long length() {
    return end - begin;
  }
}
