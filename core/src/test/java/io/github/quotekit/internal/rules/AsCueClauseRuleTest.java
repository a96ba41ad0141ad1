package io.github.quotekit.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.AttributionRule;
import io.github.quotekit.internal.rules.RuleFixture.Seen;
import org.junit.jupiter.api.Test;

class AsCueClauseRuleTest extends BuiltInRuleTestCase {
  private static final AttributionRule RULE = new AsCueClauseRule();

  @Override
  protected AttributionRule rule() {
    return RULE;
  }

  @Test
  void anOpeningAsClauseNamesTheSpeaker() {
    assertThat(
            RuleFixture.of("As the Harbor Gazette noted on Thursday, the mayor “has few friends left.”")
                .seen(RULE))
        .contains(new Seen("the Harbor Gazette", "noted", "note", "as-cue-clause"));
  }

  @Test
  void putItWithItsObject() {
    assertThat(
            RuleFixture.of("As Ruiz put it, the budget is “a hole with a ribbon on it.”").seen(RULE))
        .contains(new Seen("Ruiz", "put", "put", "as-cue-clause"));
  }

  @Test
  void theClauseMayNameWhereAndToWhomItWasPut() {
    assertThat(
            RuleFixture.of(
                    "As Ruiz put it in a letter to the harbor board in March, the budget is “a hole.”")
                .seen(RULE))
        .contains(new Seen("Ruiz", "put", "put", "as-cue-clause"));
  }

  @Test
  void aClauseThatGoesOnWithAVerbIsNoAttributionClause() {
    assertThat(
            RuleFixture.of(
                    "As Ruiz noted the figures were wrong and resigned, the budget stayed “a hole.”")
                .seen(RULE))
        .isEmpty();
  }

  @Test
  void anAsClauseOfTimeIsNoAttribution() {
    assertThat(RuleFixture.of("As the tide rose, the pier stayed “perfectly safe.”").seen(RULE))
        .isEmpty();
  }

  @Test
  void anAsClauseInsideTheSentenceIsNoOpening() {
    assertThat(
            RuleFixture.of("The pier, as Ruiz noted, stayed “perfectly safe.”").seen(RULE))
        .isEmpty();
  }
}
