package io.github.quotekit;

/**
 * What an {@link AttributionRule} attributes: the quotations between quotation marks, or the
 * reported speech of sentences ("Ortiz said the pier would reopen").
 *
 * <p>The extractor keeps one chain of rules and asks each rule in the units of its scope: a
 * {@link #QUOTATION} rule once per quotation, a {@link #REPORTED_SPEECH} rule on the stretches of
 * each sentence that no content has taken yet, when {@link
 * QuoteExtractor.Builder#reportedSpeech(boolean) reported speech} is on.
 */
public enum RuleScope {
  /**
   * Direct quotations: the context's {@link RuleContext#quote()} is the quoted words, and a
   * decision names who said them.
   */
  QUOTATION,
  /**
   * Reported speech: the context's {@link RuleContext#region()} is the part of a sentence still
   * open, and a decision names the {@linkplain RuleDecision#content() content} it found there, its
   * cue and its source.
   */
  REPORTED_SPEECH
}
