package io.github.quotekit.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.internal.attribution.SieveFixture.Seen;
import org.junit.jupiter.api.Test;

class QuotedAsSayingSieveTest extends AttributionSieveTestCase {
  private static final AttributionSieve SIEVE = new QuotedAsSayingSieve();

  @Override
  protected AttributionSieve sieve() {
    return SIEVE;
  }

  @Test
  void theWordsBelongToThePersonQuoted() {
    assertThat(
            SieveFixture.of("The paper quoted Ida Brom as saying “the river is rising.”")
                .seen(SIEVE))
        .contains(new Seen("Ida Brom", "saying", "say", "quoted-as-saying"));
  }

  @Test
  void citedAsSayingThat() {
    assertThat(
            SieveFixture.of(
                    "The Lowfield Courier cited Mayor Lena Brook as saying that “the levee will"
                        + " not hold.”")
                .seen(SIEVE))
        .contains(new Seen("Mayor Lena Brook", "saying", "say", "quoted-as-saying"));
  }

  @Test
  void quotedWithoutAsIsNoMatch() {
    assertThat(
            SieveFixture.of("The paper quoted Ida Brom on the flood: “the river is rising.”")
                .seen(SIEVE))
        .isEmpty();
  }

  @Test
  void plainCueIsAnotherPattern() {
    assertThat(SieveFixture.of("Ida Brom said “the river is rising.”").seen(SIEVE)).isEmpty();
  }
}
