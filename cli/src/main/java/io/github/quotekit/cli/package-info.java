/**
 * The {@code quotekit} command-line tool: reads articles as plain text or JSON Lines, runs {@link
 * io.github.quotekit.QuoteExtractor} on each and writes the quotations and speakers as JSON.
 *
 * <p>{@link io.github.quotekit.cli.Main} is the entry point; everything else is an implementation
 * detail of the tool. The JSON written by {@link io.github.quotekit.cli.ExtractionSerializer} is a
 * contract that other programs read.
 */
package io.github.quotekit.cli;
