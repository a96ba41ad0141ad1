package io.github.quotekit.internal.rules;

import io.github.quotekit.AttributionRule;
import io.github.quotekit.RuleContext;
import io.github.quotekit.RuleDecision;
import io.github.quotekit.Span;
import java.util.Optional;

import io.github.quotekit.JoinReason;

/**
 * A paragraph that opens with a quotation continues the speaker of the previous paragraph's last
 * quotation: the news convention for a quote that runs over several paragraphs, and for a
 * speaker's next remark.
 */
final class ParagraphContinuationRule implements AttributionRule {
  /**
   * The share of this rule's attributions that were right on the PolNeAR train split, so that
   * confidences are calibrated (README, "Confidence").
   */
  private static final double CONFIDENCE = 0.51;

  @Override
  public String name() {
    return "paragraph-continuation";
  }

  @Override
  public int priority() {
    return 1200;
  }

  @Override
  public Optional<RuleDecision> attribute(RuleContext context) {
    Optional<Span> previous = context.previousQuote();
    if (previous.isEmpty() || !context.opensParagraph()) {
      return context.decline("the quotation does not open its paragraph after another quotation");
    }
    boolean adjacent =
        context.paragraphAt(previous.get().begin())
            == context.paragraphAt(context.quote().begin()) - 1;
    if (!adjacent) {
      return context.decline("the previous quotation is not in the paragraph before");
    }
    Optional<RuleDecision> before = context.previousDecision();
    if (before.isEmpty()) {
      return context.decline("the previous quotation has no speaker");
    }
    JoinReason reason =
        context.continuesQuotation() ? JoinReason.MULTI_PARAGRAPH_QUOTE : JoinReason.NEXT_PARAGRAPH;
    return Optional.of(Continuations.continuing(context, before.get(), CONFIDENCE, reason));
  }
}
