package io.github.quotekit.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.internal.attribution.SieveFixture.Seen;
import org.junit.jupiter.api.Test;

class PreviousSentenceCueSieveTest extends AttributionSieveTestCase {
  private static final AttributionSieve SIEVE = new PreviousSentenceCueSieve();

  @Override
  protected AttributionSieve sieve() {
    return SIEVE;
  }

  @Test
  void quotationAfterASentenceEndingInNameSaid() {
    assertThat(
            SieveFixture.of(
                    "The levee will hold, Ortiz said on Friday. “We tested every section twice.”")
                .seen(SIEVE))
        .contains(new Seen("Ortiz", "said", "say", "previous-sentence-cue"));
  }

  @Test
  void quotationAfterASentenceEndingInSaidName() {
    assertThat(
            SieveFixture.of(
                    "The levee will hold, said Dana Ortiz. “We tested every section twice.”")
                .seen(SIEVE))
        .contains(new Seen("Dana Ortiz", "said", "say", "previous-sentence-cue"));
  }

  @Test
  void previousSentenceWithoutCue() {
    assertThat(
            SieveFixture.of("The levee was built in 1962. “We tested every section twice.”")
                .seen(SIEVE))
        .isEmpty();
  }

  @Test
  void previousSentenceInAnotherParagraph() {
    assertThat(
            SieveFixture.of("The levee will hold, Ortiz said.\n\n“We tested every section twice.”")
                .seen(SIEVE))
        .isEmpty();
  }

  @Test
  void quotationThatDoesNotOpenItsSentence() {
    assertThat(
            SieveFixture.of("The levee will hold, Ortiz said. She called it “tested twice.”")
                .seen(SIEVE))
        .isEmpty();
  }
}
