package io.github.quotekit.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.AttributionRule;
import io.github.quotekit.internal.rules.RuleFixture.Seen;
import org.junit.jupiter.api.Test;

class FollowingAttributionSentenceRuleTest extends BuiltInRuleTestCase {
  private static final AttributionRule RULE = new FollowingAttributionSentenceRule();

  @Override
  protected AttributionRule rule() {
    return RULE;
  }

  @Test
  void aShortAttributionSentenceAfterTheQuotation() {
    assertThat(RuleFixture.of("“The pier is safe.” Osei said.").seen(RULE))
        .contains(new Seen("Osei", "said", "say", "following-attribution-sentence"));
  }

  @Test
  void anInvertedAttributionSentence() {
    assertThat(RuleFixture.of("“The pier is safe.” Said Chief Mae Osei on Monday.").seen(RULE))
        .contains(new Seen("Chief Mae Osei", "Said", "say", "following-attribution-sentence"));
  }

  @Test
  void aSentenceThatSaysMoreIsNoAttribution() {
    assertThat(
            RuleFixture.of("“The pier is safe.” Osei said the ferry would run again by June.")
                .seen(RULE))
        .isEmpty();
  }

  @Test
  void theNextParagraphIsNotRead() {
    assertThat(RuleFixture.of("“The pier is safe.”\n\nOsei said.").seen(RULE)).isEmpty();
  }
}
