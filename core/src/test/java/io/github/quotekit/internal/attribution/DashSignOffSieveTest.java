package io.github.quotekit.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.internal.attribution.SieveFixture.Seen;
import io.github.quotekit.MentionKind;
import org.junit.jupiter.api.Test;

class DashSignOffSieveTest extends AttributionSieveTestCase {
  private static final AttributionSieve SIEVE = new DashSignOffSieve();

  @Override
  protected AttributionSieve sieve() {
    return SIEVE;
  }

  @Test
  void emDashAndNameSignOffTheQuotation() {
    SieveFixture fixture = SieveFixture.of("“Not today.” — Priya Voss");

    assertThat(fixture.seen(SIEVE)).contains(new Seen("Priya Voss", null, null, "dash-sign-off"));
    Attribution attribution = fixture.apply(SIEVE).orElseThrow();
    assertThat(attribution.cue()).isEmpty();
    assertThat(attribution.mention().kind()).isEqualTo(MentionKind.NAME);
  }

  @Test
  void signOffInsideAParagraphOfText() {
    SieveFixture fixture =
        SieveFixture.of(
            "The motto hangs over the door.\n\n“Measure twice, pour once.” — Ines Darrow.");

    assertThat(fixture.seen(SIEVE)).contains(new Seen("Ines Darrow", null, null, "dash-sign-off"));
  }

  @Test
  void dashFollowedByAClauseIsNoSignOff() {
    assertThat(SieveFixture.of("“We are ready” — and the crowd cheered.").seen(SIEVE)).isEmpty();
  }

  @Test
  void dashFollowedByANominalIsNoSignOff() {
    assertThat(SieveFixture.of("“We are ready” — the crowd.").seen(SIEVE)).isEmpty();
  }

  @Test
  void quotationWithoutDash() {
    assertThat(SieveFixture.of("“We are ready,” Priya Voss said.").seen(SIEVE)).isEmpty();
  }
}
