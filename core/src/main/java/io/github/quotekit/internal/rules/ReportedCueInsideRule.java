package io.github.quotekit.internal.rules;

import io.github.quotekit.RuleContext;
import io.github.quotekit.RuleDecision;
import java.util.Optional;

/**
 * "The talks, she said, will resume": an attribution between commas splits the sentence, and the
 * content runs across it. Of the sentence's commas, the one nearest its end with an attribution
 * after it decides ({@link ClosingAttribution}).
 */
final class ReportedCueInsideRule implements SentenceFramingRule {
  /** The share of this rule's contents that matched a PolNeAR train attribution with its source. */
  private static final ReportedConfidence CONFIDENCE =
      new ReportedConfidence(0.73, 0.86, 0.09, 0.12);

  @Override
  public String name() {
    return "reported-cue-inside";
  }

  @Override
  public int priority() {
    return 2400;
  }

  @Override
  public Optional<RuleDecision> frame(RuleContext context) {
    return ClosingAttribution.decide(context, true, CONFIDENCE);
  }
}
