package io.github.quotekit.internal.rules;

import io.github.quotekit.internal.attribution.Attribution;
import io.github.quotekit.AttributionRule;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.internal.rules.RuleFixture.Seen;
import io.github.quotekit.MentionKind;
import org.junit.jupiter.api.Test;

class DashSignOffRuleTest extends BuiltInRuleTestCase {
  private static final AttributionRule RULE = new DashSignOffRule();

  @Override
  protected AttributionRule rule() {
    return RULE;
  }

  @Test
  void emDashAndNameSignOffTheQuotation() {
    RuleFixture fixture = RuleFixture.of("“Not today.” — Priya Voss");

    assertThat(fixture.seen(RULE)).contains(new Seen("Priya Voss", null, null, "dash-sign-off"));
    Attribution attribution = fixture.apply(RULE).orElseThrow();
    assertThat(attribution.cue()).isEmpty();
    assertThat(attribution.mention().kind()).isEqualTo(MentionKind.NAME);
  }

  @Test
  void signOffInsideAParagraphOfText() {
    RuleFixture fixture =
        RuleFixture.of(
            "The motto hangs over the door.\n\n“Measure twice, pour once.” — Ines Darrow.");

    assertThat(fixture.seen(RULE)).contains(new Seen("Ines Darrow", null, null, "dash-sign-off"));
  }

  @Test
  void dashFollowedByAClauseIsNoSignOff() {
    assertThat(RuleFixture.of("“We are ready” — and the crowd cheered.").seen(RULE)).isEmpty();
  }

  @Test
  void dashFollowedByANominalIsNoSignOff() {
    assertThat(RuleFixture.of("“We are ready” — the crowd.").seen(RULE)).isEmpty();
  }

  @Test
  void quotationWithoutDash() {
    assertThat(RuleFixture.of("“We are ready,” Priya Voss said.").seen(RULE)).isEmpty();
  }
}
