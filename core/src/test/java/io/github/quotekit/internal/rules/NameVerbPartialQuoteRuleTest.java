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
  void aCueAfterAClauseBoundaryGovernsItsOwnClause() {
    assertThat(
            RuleFixture.of(
                    "Ortiz said the vote was close, while Councillor Bea Lund called it “a rout.”")
                .seen(RULE))
        .contains(new Seen("Councillor Bea Lund", "called", "call", "name-verb-partial-quote"));
  }

  @Test
  void aRelativeClauseCueGovernsTheQuotation() {
    assertThat(
            RuleFixture.of("Ortiz backed the levy, which he called “overdue and modest.”").seen(RULE))
        .contains(new Seen("he", "called", "call", "name-verb-partial-quote"));
  }

  @Test
  void aCueInsideARelativeClauseIsNotTheSentences() {
    assertThat(
            RuleFixture.of(
                    "Ortiz, who says the levy is fair, tweeted that critics were “shouting at clouds.”")
                .seen(RULE))
        .contains(new Seen("Ortiz", "tweeted", "tweet", "name-verb-partial-quote"));
  }

  @Test
  void aRelativeClauseBetweenSubjectAndCueIsPassedOver() {
    assertThat(
            RuleFixture.of("The union that represents the dockers called the cuts “a betrayal.”")
                .seen(RULE))
        .contains(new Seen("The union", "called", "call", "name-verb-partial-quote"));
  }

  @Test
  void anAppositiveWithAgeAndRoleBeforeTheCue() {
    assertThat(
            RuleFixture.of(
                    "The captain, Jonas Berg, 31, a defender who joined in 2019, said the squad"
                        + " would “regroup and go again.”")
                .seen(RULE))
        .contains(new Seen("Jonas Berg", "said", "say", "name-verb-partial-quote"));
  }

  @Test
  void aNameBetweenCommasAfterItsRole() {
    assertThat(
            RuleFixture.of(
                    "The agency's spokeswoman, Lena Ortiz, said the fines were “long overdue.”")
                .seen(RULE))
        .contains(new Seen("Lena Ortiz", "said", "say", "name-verb-partial-quote"));
  }

  @Test
  void withAPhraseBeforeTheParticiple() {
    assertThat(
            RuleFixture.of(
                    "The road reopened on Friday, with officials saying it was “fully inspected.”")
                .seen(RULE))
        .contains(new Seen("officials", "saying", "say", "name-verb-partial-quote"));
  }

  @Test
  void aDatelineIsNoSubject() {
    assertThat(
            RuleFixture.of(
                    "LOWFIELD (AP) — Mayor Ana Ruiz backed the levy, saying it was “overdue.”")
                .seen(RULE))
        .contains(new Seen("Mayor Ana Ruiz", "saying", "say", "name-verb-partial-quote"));
  }

  @Test
  void aNameWithAParticleAfterARelativePronounIsTheClauseSubject() {
    assertThat(
            RuleFixture.of(
                    "Nine people were hurt by an explosion that Mayor Ada de Quist described as"
                        + " “an intentional act.”")
                .seen(RULE))
        .hasValueSatisfying(seen -> assertThat(seen.mention()).endsWith("Quist"));
  }

  @Test
  void aParticiplePhraseThatOpensTheSentenceIsNoSubject() {
    assertThat(
            RuleFixture.of(
                    "Facing mounting criticism, Mayor Ana Ruiz backed the levy, saying it was"
                        + " “overdue.”")
                .seen(RULE))
        .contains(new Seen("Mayor Ana Ruiz", "saying", "say", "name-verb-partial-quote"));
  }

  @Test
  void aDatelineWithADateIsNoSubject() {
    assertThat(
            RuleFixture.of(
                    "LOWFIELD, Ont., Nov. 3 (CP) — Mayor Ana Ruiz backed the levy, saying it was"
                        + " “overdue.”")
                .seen(RULE))
        .contains(new Seen("Mayor Ana Ruiz", "saying", "say", "name-verb-partial-quote"));
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
