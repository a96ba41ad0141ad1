package io.github.quotekit.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.SpeakerKind;
import io.github.quotekit.internal.attribution.SieveFixture.Seen;
import org.junit.jupiter.api.Test;

class SentenceCueSieveTest extends AttributionSieveTestCase {
  private static final AttributionSieve SIEVE = new SentenceCueSieve();

  @Override
  protected AttributionSieve sieve() {
    return SIEVE;
  }

  @Test
  void wasHowNameDescribedIt() {
    assertThat(
            SieveFixture.of("“A gift to polluters” was how Dana Ortiz described the ruling.")
                .seen(SIEVE))
        .contains(new Seen("Dana Ortiz", "described", "describe", "sentence-cue"));
  }

  @Test
  void isWhatTheTitledNameCalledIt() {
    assertThat(
            SieveFixture.of(
                    "“A gift to polluters” is what Mayor Dana Ortiz called the ruling on Friday.")
                .seen(SIEVE))
        .contains(new Seen("Mayor Dana Ortiz", "called", "call", "sentence-cue"));
  }

  @Test
  void groupNounAsSubject() {
    SieveFixture fixture = SieveFixture.of("“Too little, too late” is what the residents said.");

    assertThat(fixture.seen(SIEVE))
        .contains(new Seen("the residents", "said", "say", "sentence-cue"));
    assertThat(fixture.apply(SIEVE).orElseThrow().mention().speakerKind())
        .isEqualTo(SpeakerKind.GROUP);
  }

  @Test
  void sentenceWithoutCueVerb() {
    assertThat(SieveFixture.of("“Too little, too late” is not a plan.").seen(SIEVE)).isEmpty();
  }

  @Test
  void cueInTheNextSentenceIsNotSeen() {
    assertThat(SieveFixture.of("“We will appeal.” Ruiz said nothing more.").seen(SIEVE)).isEmpty();
  }

  @Test
  void cueBeforeTheQuotationIsNotSeen() {
    assertThat(SieveFixture.of("Ruiz said the ruling was “a gift to polluters.”").seen(SIEVE))
        .isEmpty();
  }
}
