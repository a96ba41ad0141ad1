/**
 * quotekit's public API: {@link io.github.quotekit.QuoteExtractor} finds the quotations of an
 * English news article and returns {@link io.github.quotekit.Quote}s with their {@link
 * io.github.quotekit.Speaker}s.
 *
 * <p>Every other package of the module is an implementation detail and is not exported.
 */
package io.github.quotekit;
