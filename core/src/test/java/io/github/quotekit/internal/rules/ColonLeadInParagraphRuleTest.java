package io.github.quotekit.internal.rules;

import io.github.quotekit.AttributionRule;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.internal.rules.RuleFixture.Seen;
import org.junit.jupiter.api.Test;

class ColonLeadInParagraphRuleTest extends BuiltInRuleTestCase {
  private static final AttributionRule RULE = new ColonLeadInParagraphRule();

  @Override
  protected AttributionRule rule() {
    return RULE;
  }

  @Test
  void paragraphAfterANameToldColonLeadIn() {
    RuleFixture fixture =
        RuleFixture.of(
            "Dana Ortiz, the county engineer, told the board:\n\n“We tested every section twice.”");

    assertThat(fixture.seen(RULE))
        .contains(new Seen("Dana Ortiz", "told", "tell", "colon-lead-in-paragraph"));
    assertThat(fixture.apply(RULE).orElseThrow().mention().description())
        .contains("the county engineer");
  }

  @Test
  void introductoryPhraseBeforeTheSubject() {
    assertThat(
            RuleFixture.of(
                    "Speaking to the board, Dana Ortiz explained:\n\n“We tested every section"
                        + " twice.”")
                .seen(RULE))
        .contains(new Seen("Dana Ortiz", "explained", "explain", "colon-lead-in-paragraph"));
  }

  @Test
  void leadInThatEndsInANounOfSpeech() {
    assertThat(
            RuleFixture.of(
                    "After the flood, Harbor commissioner Ada Vance issued the following"
                        + " statement:\n\n“Our prayers are with all those affected.”")
                .seen(RULE))
        .contains(
            new Seen("Harbor commissioner Ada Vance", "statement", "statement",
                "colon-lead-in-paragraph"));
  }

  @Test
  void leadInWithoutCueVerb() {
    assertThat(
            RuleFixture.of("The schedule is as follows:\n\n“Phase one begins in June.”")
                .seen(RULE))
        .isEmpty();
  }

  @Test
  void leadInWithoutColon() {
    assertThat(
            RuleFixture.of("Dana Ortiz told the board on Monday.\n\n“We tested every section.”")
                .seen(RULE))
        .isEmpty();
  }

  @Test
  void quotationThatDoesNotOpenItsParagraph() {
    assertThat(
            RuleFixture.of(
                    "Dana Ortiz told the board:\n\nThe engineers called it “a tested design.”")
                .seen(RULE))
        .isEmpty();
  }
}
