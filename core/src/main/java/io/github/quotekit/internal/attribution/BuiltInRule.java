package io.github.quotekit.internal.attribution;

import io.github.quotekit.AttributionRule;
import io.github.quotekit.RuleContext;
import io.github.quotekit.RuleDecision;
import java.util.Optional;

/**
 * A built-in sieve as a public {@link AttributionRule}. The {@link Attributor} asks the sieve
 * itself, so that its decision keeps what {@link RuleDecision} does not carry (the cue's lemma).
 * Immutable and thread-safe.
 */
final class BuiltInRule implements AttributionRule {
  private final AttributionSieve sieve;
  private final int priority;

  BuiltInRule(AttributionSieve sieve, int priority) {
    this.sieve = sieve;
    this.priority = priority;
  }

  @Override
  public String name() {
    return sieve.name();
  }

  @Override
  public int priority() {
    return priority;
  }

  @Override
  public Optional<RuleDecision> attribute(RuleContext context) {
    return decide((QuoteContext) context).map(Attribution::toRuleDecision);
  }

  Optional<Attribution> decide(QuoteContext context) {
    return sieve.attribute(context);
  }

  @Override
  public String toString() {
    return "built-in rule " + name() + " (priority " + priority + ")";
  }
}
