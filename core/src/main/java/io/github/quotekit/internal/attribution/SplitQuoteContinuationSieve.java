package io.github.quotekit.internal.attribution;

import io.github.quotekit.JoinReason;
import java.util.Optional;

/**
 * “…,” Trump said. “We’ll see what happens.” — the second half of a split quotation, or any later
 * quotation of the same paragraph, keeps the speaker of the quotation before it.
 */
public final class SplitQuoteContinuationSieve implements AttributionSieve {
  /**
   * The share of this rule's attributions that were right on the PolNeAR train split, so that
   * confidences are calibrated (README, "Confidence").
   */
  private static final double CONFIDENCE = 0.81;

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
                Attribution.continuing(previous, name(), CONFIDENCE, JoinReason.SPLIT_QUOTE));
  }
}
