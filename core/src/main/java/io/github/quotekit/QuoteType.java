package io.github.quotekit;

/**
 * How a quotation is reported.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum QuoteType {
  /** Words between quotation marks, reported as said. */
  DIRECT,
  /** Reported speech without quotation marks: "Trump said China had agreed to purchases". */
  INDIRECT,
  /**
   * Reported speech that quotes some of its words: "He said he was “in no hurry” to reach a
   * deal". The quote's span covers the whole reported content; {@link Quote#fragments()} gives the
   * quoted parts.
   */
  MIXED
}
