package io.github.quotekit.internal.rules;

import io.github.quotekit.RuleContext;
import io.github.quotekit.RuleDecision;
import java.util.Optional;

/**
 * "CONTENT, X said." / "CONTENT, said X, a professor at Y." — a short attribution closes the
 * sentence; the content is the clause before its comma. Of the sentence's commas, the one nearest
 * its end with an attribution after it decides ({@link ClosingAttribution}).
 */
final class ReportedCueLastRule implements SentenceFramingRule {
  /** The share of this rule's contents that matched a PolNeAR train attribution with its source. */
  private static final ReportedConfidence CONFIDENCE =
      new ReportedConfidence(0.83, 0.73, 0.36, 0.30);

  @Override
  public String name() {
    return "reported-cue-last";
  }

  @Override
  public int priority() {
    return 2500;
  }

  @Override
  public Optional<RuleDecision> frame(RuleContext context) {
    return ClosingAttribution.decide(context, false, CONFIDENCE);
  }
}
