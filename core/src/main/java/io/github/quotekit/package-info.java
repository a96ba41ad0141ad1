/**
 * quotekit's public API: {@link io.github.quotekit.QuoteExtractor} finds the quotations of an
 * English news article and returns {@link io.github.quotekit.Quote}s with their {@link
 * io.github.quotekit.Speaker}s.
 *
 * <p>The extension points, all set on {@link io.github.quotekit.QuoteExtractor.Builder}:
 *
 * <ul>
 *   <li>{@link io.github.quotekit.AttributionRule}: the chain of rules that decide who said a
 *       quotation, each reading a {@link io.github.quotekit.RuleContext} and returning a {@link
 *       io.github.quotekit.RuleDecision}; add, remove, replace or discover rules;
 *   <li>{@link io.github.quotekit.Lexicon}: the word lists (cue verbs, titles, organisation words,
 *       the speaker blocklist, ...);
 *   <li>{@link io.github.quotekit.EntityRecognizer}: what finds the names candidate speakers are
 *       built from;
 *   <li>{@link io.github.quotekit.QuotationMarks}: which marks delimit quotations.
 * </ul>
 *
 * <p>{@link io.github.quotekit.QuoteExtractor.Builder#explain(boolean)} makes every quote carry an
 * {@link io.github.quotekit.Explanation} of how its speaker was decided.
 *
 * <p>Every other package of the module is an implementation detail and is not exported.
 */
package io.github.quotekit;
