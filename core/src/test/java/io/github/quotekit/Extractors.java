package io.github.quotekit;

/**
 * The extractors the tests share: building one is cheap once the models are loaded, but there is no
 * reason to build one per test.
 */
final class Extractors {
  /** Default options: only attributed quotations are reported. */
  static final QuoteExtractor DEFAULT = QuoteExtractor.english();

  /** Reports every quotation, attributed or not. */
  static final QuoteExtractor ALL_QUOTES = QuoteExtractor.builder().minUnattributedWords(0).build();

  private Extractors() {}
}
