package io.github.quotekit.testkit;

import io.github.quotekit.AttributionRule;
import java.util.List;

/** A well-behaved rule, a built-in one, passes the whole conformance base. */
final class BuiltInRuleConformanceTest extends AttributionRuleTestCase {

  @Override
  protected AttributionRule rule() {
    return AttributionRule.builtIn("quote-comma-name-verb");
  }

  @Override
  protected List<Example> examples() {
    return List.of(
        Example.attributes("“The pier is safe,” Chief Mae Osei said.", "Chief Mae Osei"),
        Example.declines("Chief Mae Osei said: “The pier is safe.”"));
  }
}
