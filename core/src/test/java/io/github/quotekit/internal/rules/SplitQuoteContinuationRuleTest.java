package io.github.quotekit.internal.rules;

import io.github.quotekit.internal.attribution.Attribution;
import io.github.quotekit.AttributionRule;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.JoinReason;
import io.github.quotekit.internal.rules.RuleFixture.Seen;
import org.junit.jupiter.api.Test;

class SplitQuoteContinuationRuleTest extends BuiltInRuleTestCase {
  private static final AttributionRule RULE = new SplitQuoteContinuationRule();

  @Override
  protected AttributionRule rule() {
    return RULE;
  }

  @Test
  void secondHalfOfASplitQuoteKeepsTheSpeaker() {
    RuleFixture fixture = RuleFixture.of("“We will appeal,” Ruiz said. “This is not over.”");

    assertThat(fixture.seen(RULE, 1))
        .contains(new Seen("Ruiz", "said", "say", "split-quote-continuation"));
    Attribution first = fixture.standardDecisions().get(0).orElseThrow();
    Attribution second = fixture.apply(RULE, 1).orElseThrow();
    assertThat(second.mention()).isEqualTo(first.mention());
    assertThat(second.cue()).isEqualTo(first.cue());
    assertThat(first.joins()).isEmpty();
    assertThat(second.joins()).contains(JoinReason.SPLIT_QUOTE);
  }

  @Test
  void laterQuotationOfTheSameParagraph() {
    RuleFixture fixture =
        RuleFixture.of("“We will appeal,” said Ana Ruiz. Then she left. “This is not over.”");

    assertThat(fixture.seen(RULE, 1))
        .contains(new Seen("Ana Ruiz", "said", "say", "split-quote-continuation"));
  }

  @Test
  void aLaterSentenceWithItsOwnSubjectIsLeftToOtherRules() {
    assertThat(
            RuleFixture.of("“We will appeal,” Ruiz said. The council called the plan “a mess.”")
                .seen(RULE, 1))
        .isEmpty();
  }

  @Test
  void firstQuotationHasNothingToContinue() {
    assertThat(RuleFixture.of("“We will appeal,” Ruiz said.").seen(RULE, 0)).isEmpty();
  }

  @Test
  void quotationInTheNextParagraphIsAnotherPattern() {
    assertThat(
            RuleFixture.of("“We will appeal,” Ruiz said.\n\n“This is not over.”").seen(RULE, 1))
        .isEmpty();
  }

  @Test
  void unattributedPreviousQuotationGivesNothing() {
    assertThat(RuleFixture.of("“We will appeal.” Then “This is not over.”").seen(RULE, 1))
        .isEmpty();
  }
}
