package io.github.quotekit;

/**
 * Why a quotation belongs to the same group as the quotation before it.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum JoinReason {
  /** The second part of a quotation split by its attribution: “…,” she said. “…” */
  SPLIT_QUOTE,
  /**
   * The next paragraph of a quotation that runs over several paragraphs: the news convention
   * opens each paragraph with a quotation mark and closes only the last one.
   */
  MULTI_PARAGRAPH_QUOTE,
  /** A quotation that opens the next paragraph and continues the same speaker's remarks. */
  NEXT_PARAGRAPH
}
