package io.github.quotekit.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.SpeakerKind;
import io.github.quotekit.internal.attribution.SieveFixture.Seen;
import org.junit.jupiter.api.Test;

class AccordingToSieveTest extends AttributionSieveTestCase {
  private static final AttributionSieve SIEVE = new AccordingToSieve();

  @Override
  protected AttributionSieve sieve() {
    return SIEVE;
  }

  @Test
  void accordingToAfterTheQuotation() {
    assertThat(SieveFixture.of("“The tide will turn,” according to Hollis Grane.").seen(SIEVE))
        .contains(new Seen("Hollis Grane", "according to", "according to", "according-to"));
  }

  @Test
  void accordingToBeforeTheQuotation() {
    SieveFixture fixture =
        SieveFixture.of("According to the Lowfield Port Trust, “the pier is closed.”");

    assertThat(fixture.seen(SIEVE))
        .contains(
            new Seen("the Lowfield Port Trust", "According to", "according to", "according-to"));
    assertThat(fixture.apply(SIEVE).orElseThrow().mention().speakerKind())
        .isEqualTo(SpeakerKind.ORGANIZATION);
  }

  @Test
  void appositiveAfterTheSourceIsItsDescription() {
    SieveFixture fixture =
        SieveFixture.of("According to Ruiz, a former judge, “the pier is closed.”");

    Attribution attribution = fixture.apply(SIEVE).orElseThrow();

    assertThat(fixture.mentionText(attribution)).isEqualTo("Ruiz");
    assertThat(attribution.mention().description()).isEqualTo("a former judge");
  }

  @Test
  void withoutAccordingTo() {
    assertThat(SieveFixture.of("“The tide will turn,” Hollis Grane said.").seen(SIEVE)).isEmpty();
  }

  @Test
  void accordingToInAnotherSentence() {
    assertThat(
            SieveFixture.of("According to Hollis Grane, the pier is closed. “It is unsafe.”")
                .seen(SIEVE, 0))
        .isEmpty();
  }
}
