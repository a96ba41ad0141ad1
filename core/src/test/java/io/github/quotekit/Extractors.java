package io.github.quotekit;

/**
 * The extractors the tests share: building one is cheap once the models are loaded, but there is no
 * reason to build one per test.
 */
final class Extractors {
  /** Default options: attributed quotations and reported speech. */
  static final QuoteExtractor DEFAULT = QuoteExtractor.english();

  /** Default options without reported speech: the attributed direct quotations. */
  static final QuoteExtractor DIRECT_ONLY = QuoteExtractor.builder().reportedSpeech(false).build();

  /** Reports every direct quotation, attributed or not, and no reported speech. */
  static final QuoteExtractor ALL_QUOTES =
      QuoteExtractor.builder().minUnattributedWords(0).reportedSpeech(false).build();

  private Extractors() {}
}
