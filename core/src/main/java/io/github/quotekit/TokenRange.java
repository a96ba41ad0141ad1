package io.github.quotekit;

/**
 * A run of consecutive tokens, {@code [begin, end)} as indices into {@link RuleContext#tokens()}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param begin index of the first token
 * @param end index just past the last token, {@code >= begin}
 */
public record TokenRange(int begin, int end) {

  /** Checks that the range is well formed. */
  public TokenRange {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("not a token range: [" + begin + ", " + end + ")");
    }
  }

  /** Returns the range of the one token at {@code index}. */
  public static TokenRange of(int index) {
    return new TokenRange(index, index + 1);
  }

  /** Returns the number of tokens in the range. */
  public int size() {
    return end - begin;
  }

  /** Returns true when the range holds no token. */
  public boolean isEmpty() {
    return begin == end;
  }

  /** Returns true when {@code index} lies inside the range. */
  public boolean contains(int index) {
    return index >= begin && index < end;
  }
}
