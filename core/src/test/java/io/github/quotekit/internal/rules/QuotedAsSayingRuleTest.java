package io.github.quotekit.internal.rules;

import io.github.quotekit.AttributionRule;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.internal.rules.RuleFixture.Seen;
import org.junit.jupiter.api.Test;

class QuotedAsSayingRuleTest extends BuiltInRuleTestCase {
  private static final AttributionRule RULE = new QuotedAsSayingRule();

  @Override
  protected AttributionRule rule() {
    return RULE;
  }

  @Test
  void theWordsBelongToThePersonQuoted() {
    assertThat(
            RuleFixture.of("The paper quoted Ida Brom as saying “the river is rising.”")
                .seen(RULE))
        .contains(new Seen("Ida Brom", "saying", "say", "quoted-as-saying"));
  }

  @Test
  void citedAsSayingThat() {
    assertThat(
            RuleFixture.of(
                    "The Lowfield Courier cited Mayor Lena Brook as saying that “the levee will"
                        + " not hold.”")
                .seen(RULE))
        .contains(new Seen("Mayor Lena Brook", "saying", "say", "quoted-as-saying"));
  }

  @Test
  void quotedWithoutAsIsNoMatch() {
    assertThat(
            RuleFixture.of("The paper quoted Ida Brom on the flood: “the river is rising.”")
                .seen(RULE))
        .isEmpty();
  }

  @Test
  void plainCueIsAnotherPattern() {
    assertThat(RuleFixture.of("Ida Brom said “the river is rising.”").seen(RULE)).isEmpty();
  }
}
