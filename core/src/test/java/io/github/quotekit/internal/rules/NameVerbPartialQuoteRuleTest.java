package io.github.quotekit.internal.rules;

import io.github.quotekit.AttributionRule;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.internal.rules.RuleFixture.Seen;
import org.junit.jupiter.api.Test;

class NameVerbPartialQuoteRuleTest extends BuiltInRuleTestCase {
  private static final AttributionRule RULE = new NameVerbPartialQuoteRule();

  @Override
  protected AttributionRule rule() {
    return RULE;
  }

  @Test
  void partialQuoteInAThatClause() {
    assertThat(RuleFixture.of("Ruiz said the ruling was “a gift to polluters.”").seen(RULE))
        .contains(new Seen("Ruiz", "said", "say", "name-verb-partial-quote"));
  }

  @Test
  void cueAFewWordsAwayFromTheQuotation() {
    assertThat(
            RuleFixture.of("Ruiz warned on Monday that the budget would “hollow out” the parks.")
                .seen(RULE))
        .contains(new Seen("Ruiz", "warned", "warn", "name-verb-partial-quote"));
  }

  @Test
  void outermostCueWins() {
    assertThat(
            RuleFixture.of("Dana Ortiz said the engineers had warned of “a slow collapse.”")
                .seen(RULE))
        .contains(new Seen("Dana Ortiz", "said", "say", "name-verb-partial-quote"));
  }

  @Test
  void participleTakesTheSubjectOfTheMainClause() {
    assertThat(
            RuleFixture.of("The council, saying the plan was “rushed and unfair,” voted it down.")
                .seen(RULE))
        .contains(new Seen("The council", "saying", "say", "name-verb-partial-quote"));
  }

  @Test
  void whatItCalled() {
    assertThat(
            RuleFixture.of("The board approved what it called a “bold first step.”").seen(RULE))
        .contains(new Seen("The board", "called", "call", "name-verb-partial-quote"));
  }

  @Test
  void sentenceWithoutCueVerb() {
    assertThat(RuleFixture.of("The ruling was “a gift to polluters.”").seen(RULE)).isEmpty();
  }

  @Test
  void cueAfterTheQuotationIsNotSeen() {
    assertThat(RuleFixture.of("“A gift to polluters,” Ruiz said.").seen(RULE)).isEmpty();
  }
}
