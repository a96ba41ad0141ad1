package io.github.quotekit.internal.attribution;

import java.util.Optional;

/**
 * A paragraph that opens with a quotation continues the speaker of the previous paragraph's last
 * quotation: the news convention for a quote that runs over several paragraphs, and for a
 * speaker's next remark.
 */
public final class ParagraphContinuationSieve implements AttributionSieve {

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
    double factor = context.segment().continuesPrevious() ? 0.95 : 0.8;
    return context
        .previousAttribution()
        .map(
            previous ->
                new Attribution(
                    previous.mention(), previous.cue(), name(), previous.confidence() * factor));
  }
}
