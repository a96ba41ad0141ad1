package io.github.quotekit.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.internal.attribution.SieveFixture.Seen;
import org.junit.jupiter.api.Test;

class NameVerbColonSieveTest extends AttributionSieveTestCase {
  private static final AttributionSieve SIEVE = new NameVerbColonSieve();

  @Override
  protected AttributionSieve sieve() {
    return SIEVE;
  }

  @Test
  void nameSaidColon() {
    assertThat(SieveFixture.of("Omar Leck said: “The ferry is late again.”").seen(SIEVE))
        .contains(new Seen("Omar Leck", "said", "say", "name-verb-colon"));
  }

  @Test
  void cueMayStandAFewWordsBeforeTheColon() {
    SieveFixture fixture =
        SieveFixture.of(
            "Dr. Ilse Marwick said in a statement on Tuesday: “The results are clear.”");

    assertThat(fixture.seen(SIEVE))
        .contains(new Seen("Dr. Ilse Marwick", "said", "say", "name-verb-colon"));
    assertThat(fixture.apply(SIEVE).orElseThrow().mention().title()).isEqualTo("Dr.");
  }

  @Test
  void pronounToldReportersColon() {
    assertThat(SieveFixture.of("She told reporters: “The results are clear.”").seen(SIEVE))
        .contains(new Seen("She", "told", "tell", "name-verb-colon"));
  }

  @Test
  void commaInsteadOfColon() {
    assertThat(SieveFixture.of("He said, “The results are clear.”").seen(SIEVE))
        .contains(new Seen("He", "said", "say", "name-verb-colon"));
  }

  @Test
  void colonWithoutCueVerbDoesNotAttribute() {
    assertThat(SieveFixture.of("The results, in short: “clear and final.”").seen(SIEVE)).isEmpty();
  }

  @Test
  void cueWithoutColonOrCommaBeforeTheMark() {
    assertThat(SieveFixture.of("Ruiz said the ruling was “a gift to polluters.”").seen(SIEVE))
        .isEmpty();
  }

  @Test
  void quotationOpeningTheSentence() {
    assertThat(SieveFixture.of("“The results are clear,” Omar Leck said.").seen(SIEVE)).isEmpty();
  }
}
