package io.github.quotekit.internal.rules;

import io.github.quotekit.JoinReason;
import io.github.quotekit.RuleContext;
import io.github.quotekit.RuleDecision;
import java.util.Optional;

/** The decision of a rule that carries the previous quotation's speaker over. */
final class Continuations {
  private Continuations() {}

  /** Returns {@code previous}, continued for {@code reason} at {@code confidence}. */
  static RuleDecision continuing(
      RuleContext context, RuleDecision previous, double confidence, JoinReason reason) {
    String speaker =
        previous.speaker().map(s -> " by " + s.span().textIn(context.text())).orElse("");
    return new RuleDecision(
        previous.speaker(), previous.cue(), confidence, Optional.of(reason),
        Optional.empty(), "continues the quotation before it" + speaker);
  }
}
