package io.github.quotekit.internal.rules;

import io.github.quotekit.AttributionRule;
import io.github.quotekit.RuleContext;
import io.github.quotekit.RuleDecision;
import io.github.quotekit.Span;
import io.github.quotekit.TokenRange;
import java.util.Optional;

import io.github.quotekit.JoinReason;

/**
 * “…,” Ortiz said. “…”: the second half of a split quotation, or any later quotation of the same
 * paragraph, keeps the speaker of the quotation before it.
 */
final class SplitQuoteContinuationRule implements AttributionRule {
  @Override
  public String name() {
    return "split-quote-continuation";
  }

  @Override
  public int priority() {
    return 900;
  }

  @Override
  public Optional<RuleDecision> attribute(RuleContext context) {
    Optional<Span> previous = context.previousQuote();
    if (previous.isEmpty()
        || context.paragraphAt(previous.get().begin()) != context.paragraphAt(context.quote().begin())) {
      return context.decline("no quotation before it in its paragraph");
    }
    // before() starts after the previous quotation when that one ends in this sentence.
    TokenRange before = context.before();
    boolean sameSentence = before.begin() > context.sentence().begin();
    if (!sameSentence && !Words.onlyPunctuation(context.tokens(), before.begin(), before.end())) {
      return context.decline("its sentence has words of its own before it");
    }
    Optional<RuleDecision> previousDecision = context.previousDecision();
    if (previousDecision.isEmpty()) {
      return context.decline("the quotation before it has no speaker");
    }
    return Optional.of(Continuations.continuing(context, previousDecision.get(),
        previousDecision.get().confidence(), JoinReason.SPLIT_QUOTE));
  }
}
