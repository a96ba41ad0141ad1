package io.github.quotekit.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.internal.attribution.SieveFixture.Seen;
import org.junit.jupiter.api.Test;

class SentenceSubjectSieveTest extends AttributionSieveTestCase {
  private static final AttributionSieve SIEVE = new SentenceSubjectSieve();

  @Override
  protected AttributionSieve sieve() {
    return SIEVE;
  }

  @Test
  void subjectOfASentenceWithoutCueVerb() {
    SieveFixture fixture = SieveFixture.of("Ortiz likened the old levee to a “paper wall.”");

    assertThat(fixture.seen(SIEVE)).contains(new Seen("Ortiz", null, null, "sentence-subject"));
    assertThat(fixture.apply(SIEVE).orElseThrow().cue()).isEmpty();
  }

  @Test
  void subjectAfterAnIntroductoryPhrase() {
    assertThat(
            SieveFixture.of("After the vote, Ortiz compared the levee to a “paper wall.”")
                .seen(SIEVE))
        .contains(new Seen("Ortiz", null, null, "sentence-subject"));
  }

  @Test
  void commonNounSubjectOfUnknownKindIsNoSpeaker() {
    assertThat(SieveFixture.of("The old levee is a “paper wall.”").seen(SIEVE)).isEmpty();
  }

  @Test
  void quotedNameInsideANounPhraseIsNoSpeech() {
    assertThat(SieveFixture.of("The Harbor Department “entity list” grew again.").seen(SIEVE))
        .isEmpty();
  }

  @Test
  void quotationOpeningTheSentenceHasNoSubjectBeforeIt() {
    assertThat(SieveFixture.of("“Paper wall” is what the engineers call it.").seen(SIEVE))
        .isEmpty();
  }
}
