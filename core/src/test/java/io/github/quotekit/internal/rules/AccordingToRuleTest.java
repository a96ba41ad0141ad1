package io.github.quotekit.internal.rules;

import io.github.quotekit.internal.attribution.Attribution;
import io.github.quotekit.AttributionRule;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.SpeakerKind;
import io.github.quotekit.internal.rules.RuleFixture.Seen;
import org.junit.jupiter.api.Test;

class AccordingToRuleTest extends BuiltInRuleTestCase {
  private static final AttributionRule RULE = new AccordingToRule();

  @Override
  protected AttributionRule rule() {
    return RULE;
  }

  @Test
  void accordingToAfterTheQuotation() {
    assertThat(RuleFixture.of("“The tide will turn,” according to Hollis Grane.").seen(RULE))
        .contains(new Seen("Hollis Grane", "according to", "according to", "according-to"));
  }

  @Test
  void accordingToBeforeTheQuotation() {
    RuleFixture fixture =
        RuleFixture.of("According to the Lowfield Port Trust, “the pier is closed.”");

    assertThat(fixture.seen(RULE))
        .contains(
            new Seen("the Lowfield Port Trust", "According to", "according to", "according-to"));
    assertThat(fixture.apply(RULE).orElseThrow().mention().speakerKind())
        .isEqualTo(SpeakerKind.ORGANIZATION);
  }

  @Test
  void appositiveAfterTheSourceIsItsDescription() {
    RuleFixture fixture =
        RuleFixture.of("According to Ruiz, a former judge, “the pier is closed.”");

    Attribution attribution = fixture.apply(RULE).orElseThrow();

    assertThat(fixture.mentionText(attribution)).isEqualTo("Ruiz");
    assertThat(attribution.mention().description()).contains("a former judge");
  }

  @Test
  void withoutAccordingTo() {
    assertThat(RuleFixture.of("“The tide will turn,” Hollis Grane said.").seen(RULE)).isEmpty();
  }

  @Test
  void accordingToInAnotherSentence() {
    assertThat(
            RuleFixture.of("According to Hollis Grane, the pier is closed. “It is unsafe.”")
                .seen(RULE, 0))
        .isEmpty();
  }
}
