package io.github.quotekit.internal.attribution;

import io.github.quotekit.JoinReason;
import java.util.Optional;

/**
 * A paragraph that opens with a quotation continues the speaker of the previous paragraph's last
 * quotation: the news convention for a quote that runs over several paragraphs, and for a
 * speaker's next remark.
 */
public final class ParagraphContinuationSieve implements AttributionSieve {
  /**
   * The share of this rule's attributions that were right on the PolNeAR train split, so that
   * confidences are calibrated (README, "Confidence").
   */
  private static final double CONFIDENCE = 0.45;

  @Override
  public String name() {
    return "paragraph-continuation";
  }

  @Override
  public Optional<Attribution> attribute(QuoteContext context) {
    if (context.previousSegment().isEmpty() || !context.opensParagraph()) {
      return Optional.empty();
    }
    boolean adjacent =
        context.doc().paragraphAt(context.previousSegment().get().content().begin())
            == context.doc().paragraphAt(context.segment().content().begin()) - 1;
    if (!adjacent) {
      return Optional.empty();
    }
    boolean runsOn = context.segment().continuesPrevious();
    JoinReason reason = runsOn ? JoinReason.MULTI_PARAGRAPH_QUOTE : JoinReason.NEXT_PARAGRAPH;
    return context
        .previousAttribution()
        .map(
            previous ->
                Attribution.continuing(previous, name(), CONFIDENCE, reason));
  }
}
