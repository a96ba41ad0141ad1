package io.github.quotekit;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What {@link QuoteExtractor#extract(String)} found in one article.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param text the article as given
 * @param quotes the quotations, in text order
 * @param speakers the speakers of those quotations, ordered by {@link Speaker#id()}
 */
public record Extraction(String text, List<Quote> quotes, List<Speaker> speakers) {

  /** Checks that no component is null and copies the lists. */
  public Extraction {
    requireNonNull(text, "text");
    quotes = List.copyOf(quotes);
    speakers = List.copyOf(speakers);
  }
}
