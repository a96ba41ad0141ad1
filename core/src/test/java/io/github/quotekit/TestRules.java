package io.github.quotekit;

import java.util.Optional;
import java.util.function.Function;

/** Attribution rules made from a name and a function, for tests. */
final class TestRules {
  private TestRules() {}

  /** Returns a rule called {@code name} that decides with {@code attribute}. */
  static AttributionRule rule(String name, Function<RuleContext, Optional<RuleDecision>> attribute) {
    return new AttributionRule() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Optional<RuleDecision> attribute(RuleContext context) {
        return attribute.apply(context);
      }
    };
  }
}
