package io.github.quotekit.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.SpeakerKind;
import io.github.quotekit.internal.attribution.SieveFixture.Seen;
import io.github.quotekit.internal.candidate.Candidate;
import io.github.quotekit.MentionKind;
import org.junit.jupiter.api.Test;

class QuoteCommaNameVerbSieveTest extends AttributionSieveTestCase {
  private static final AttributionSieve SIEVE = new QuoteCommaNameVerbSieve();

  @Override
  protected AttributionSieve sieve() {
    return SIEVE;
  }

  @Test
  void nameThenCueVerb() {
    assertThat(SieveFixture.of("“We are not done yet,” Dana Ortiz said.").seen(SIEVE))
        .contains(new Seen("Dana Ortiz", "said", "say", "quote-comma-name-verb"));
  }

  @Test
  void titledNameWithPartyTagBetweenCommas() {
    SieveFixture fixture = SieveFixture.of("“We will appeal,” Sen. Ana Ruiz, D-Ore., tweeted.");

    assertThat(fixture.seen(SIEVE))
        .contains(new Seen("Sen. Ana Ruiz", "tweeted", "tweet", "quote-comma-name-verb"));
    Candidate mention = fixture.apply(SIEVE).orElseThrow().mention();
    assertThat(mention.name()).isEqualTo("Ana Ruiz");
    assertThat(mention.title()).isEqualTo("Sen.");
    assertThat(mention.description()).isEqualTo("D-Ore.");
  }

  @Test
  void surnameWithAppositiveThenTold() {
    SieveFixture fixture =
        SieveFixture.of("“We will appeal,” Ruiz, a former judge, told reporters.");

    assertThat(fixture.seen(SIEVE))
        .contains(new Seen("Ruiz", "told", "tell", "quote-comma-name-verb"));
    assertThat(fixture.apply(SIEVE).orElseThrow().mention().description())
        .isEqualTo("a former judge");
  }

  @Test
  void pronounThenCueVerb() {
    SieveFixture fixture = SieveFixture.of("“We will appeal,” she said.");

    assertThat(fixture.seen(SIEVE))
        .contains(new Seen("she", "said", "say", "quote-comma-name-verb"));
    assertThat(fixture.apply(SIEVE).orElseThrow().mention().kind()).isEqualTo(MentionKind.PRONOUN);
  }

  @Test
  void roleNounThenCueVerb() {
    SieveFixture fixture = SieveFixture.of("“The bridge is safe,” the mayor said Tuesday.");

    assertThat(fixture.seen(SIEVE))
        .contains(new Seen("the mayor", "said", "say", "quote-comma-name-verb"));
    Candidate mention = fixture.apply(SIEVE).orElseThrow().mention();
    assertThat(mention.role()).isEqualTo("mayor");
    assertThat(mention.speakerKind()).isEqualTo(SpeakerKind.PERSON);
  }

  @Test
  void adverbBetweenNameAndVerb() {
    assertThat(SieveFixture.of("“We will appeal,” Ruiz also said.").seen(SIEVE))
        .contains(new Seen("Ruiz", "said", "say", "quote-comma-name-verb"));
  }

  @Test
  void longPhraseBetweenNameAndVerbDoesNotAttribute() {
    assertThat(
            SieveFixture.of("“We will appeal,” Ruiz and her lawyers in the city said.").seen(SIEVE))
        .isEmpty();
  }

  @Test
  void newSentenceWithoutCueDoesNotAttribute() {
    assertThat(SieveFixture.of("“We will appeal.” Ruiz left the room.").seen(SIEVE)).isEmpty();
  }

  @Test
  void verbBeforeTheNameIsAnotherPattern() {
    assertThat(SieveFixture.of("“The ferry will run,” said Ana Ruiz.").seen(SIEVE)).isEmpty();
  }
}
