package io.github.quotekit.internal.attribution;

import java.util.Optional;

/**
 * “…,” Trump said. “We’ll see what happens.” — the second half of a split quotation, or any later
 * quotation of the same paragraph, keeps the speaker of the quotation before it.
 */
public final class SplitQuoteContinuationSieve implements AttributionSieve {

  @Override
  public String name() {
    return "split-quote-continuation";
  }

  @Override
  public Optional<Attribution> attribute(QuoteContext context) {
    if (context.previousSegment().isEmpty()
        || !context.sameParagraph(context.previousSegment().get(), context.segment())) {
      return Optional.empty();
    }
    return context
        .previousAttribution()
        .map(
            previous ->
                new Attribution(
                    previous.mention(), previous.cue(), name(), previous.confidence() * 0.95));
  }
}
