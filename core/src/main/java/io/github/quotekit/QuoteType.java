package io.github.quotekit;

/**
 * How a quotation is reported.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum QuoteType {
  /** Words between quotation marks, reported as said. */
  DIRECT
}
