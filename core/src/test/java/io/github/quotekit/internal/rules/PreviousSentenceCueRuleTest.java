package io.github.quotekit.internal.rules;

import io.github.quotekit.AttributionRule;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.internal.rules.RuleFixture.Seen;
import org.junit.jupiter.api.Test;

class PreviousSentenceCueRuleTest extends BuiltInRuleTestCase {
  private static final AttributionRule RULE = new PreviousSentenceCueRule();

  @Override
  protected AttributionRule rule() {
    return RULE;
  }

  @Test
  void quotationAfterASentenceEndingInNameSaid() {
    assertThat(
            RuleFixture.of(
                    "The levee will hold, Ortiz said on Friday. “We tested every section twice.”")
                .seen(RULE))
        .contains(new Seen("Ortiz", "said", "say", "previous-sentence-cue"));
  }

  @Test
  void quotationAfterASentenceEndingInSaidName() {
    assertThat(
            RuleFixture.of(
                    "The levee will hold, said Dana Ortiz. “We tested every section twice.”")
                .seen(RULE))
        .contains(new Seen("Dana Ortiz", "said", "say", "previous-sentence-cue"));
  }

  @Test
  void previousSentenceWithoutCue() {
    assertThat(
            RuleFixture.of("The levee was built in 1962. “We tested every section twice.”")
                .seen(RULE))
        .isEmpty();
  }

  @Test
  void previousSentenceInAnotherParagraph() {
    assertThat(
            RuleFixture.of("The levee will hold, Ortiz said.\n\n“We tested every section twice.”")
                .seen(RULE))
        .isEmpty();
  }

  @Test
  void quotationThatDoesNotOpenItsSentence() {
    assertThat(
            RuleFixture.of("The levee will hold, Ortiz said. She called it “tested twice.”")
                .seen(RULE))
        .isEmpty();
  }
}
