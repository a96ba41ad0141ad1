package io.github.quotekit.internal.rules;

import io.github.quotekit.AttributionRule;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.JoinReason;
import io.github.quotekit.internal.rules.RuleFixture.Seen;
import org.junit.jupiter.api.Test;

class ParagraphContinuationRuleTest extends BuiltInRuleTestCase {
  private static final AttributionRule RULE = new ParagraphContinuationRule();

  @Override
  protected AttributionRule rule() {
    return RULE;
  }

  @Test
  void nextParagraphOpeningWithAQuotationKeepsTheSpeaker() {
    RuleFixture fixture =
        RuleFixture.of(
            "“We tested every section,” Ortiz said.\n\n“The levee will hold through the winter.”");

    assertThat(fixture.seen(RULE, 1))
        .contains(new Seen("Ortiz", "said", "say", "paragraph-continuation"));
  }

  @Test
  void quotationRunningOverParagraphsAndNewRemarkAreJoinedForDifferentReasons() {
    RuleFixture running =
        RuleFixture.of(
            "Dana Ortiz told the board:\n\n“We tested every section.\n\n“The levee will hold.”");
    RuleFixture remark =
        RuleFixture.of(
            "Dana Ortiz told the board:\n\n“We tested every section.”\n\n“The levee will hold.”");

    assertThat(running.seen(RULE, 1))
        .contains(new Seen("Dana Ortiz", "told", "tell", "paragraph-continuation"));
    assertThat(remark.seen(RULE, 1))
        .contains(new Seen("Dana Ortiz", "told", "tell", "paragraph-continuation"));
    assertThat(running.segments().get(1).continuesPrevious()).isTrue();
    assertThat(running.apply(RULE, 1).orElseThrow().joins())
        .contains(JoinReason.MULTI_PARAGRAPH_QUOTE);
    assertThat(remark.apply(RULE, 1).orElseThrow().joins()).contains(JoinReason.NEXT_PARAGRAPH);
  }

  @Test
  void paragraphInBetweenBreaksTheChain() {
    assertThat(
            RuleFixture.of(
                    "“We tested every section,” Ortiz said.\n\nThe board met again on Friday.\n\n"
                        + "“The levee will hold through the winter.”")
                .seen(RULE, 1))
        .isEmpty();
  }

  @Test
  void quotationInsideTheParagraphDoesNotContinue() {
    assertThat(
            RuleFixture.of(
                    "“We tested every section,” Ortiz said.\n\n"
                        + "Later she added a warning about “the winter storms.”")
                .seen(RULE, 1))
        .isEmpty();
  }

  @Test
  void unattributedPreviousQuotationGivesNothing() {
    assertThat(
            RuleFixture.of(
                    "“We tested every section.”\n\n“The levee will hold through the winter.”")
                .seen(RULE, 1))
        .isEmpty();
  }
}
