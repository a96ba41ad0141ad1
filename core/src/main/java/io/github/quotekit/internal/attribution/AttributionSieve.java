package io.github.quotekit.internal.attribution;

import java.util.Optional;

/**
 * One attribution rule. Sieves run most precise first; the first that decides wins.
 * Implementations are stateless and thread-safe.
 */
public interface AttributionSieve {

  /** Returns the rule's name, as reported in {@code Quote.rule()}. */
  String name();

  /** Returns the attribution of the context's quotation, or empty when this rule cannot tell. */
  Optional<Attribution> attribute(QuoteContext context);
}
