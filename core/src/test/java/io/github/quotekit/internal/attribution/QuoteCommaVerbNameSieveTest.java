package io.github.quotekit.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.SpeakerKind;
import io.github.quotekit.internal.attribution.SieveFixture.Seen;
import io.github.quotekit.internal.candidate.Candidate;
import org.junit.jupiter.api.Test;

class QuoteCommaVerbNameSieveTest extends AttributionSieveTestCase {
  private static final AttributionSieve SIEVE = new QuoteCommaVerbNameSieve();

  @Override
  protected AttributionSieve sieve() {
    return SIEVE;
  }

  @Test
  void cueVerbThenNameWithAppositive() {
    SieveFixture fixture =
        SieveFixture.of(
            "“The pier will reopen in June,” said Marta Quell, director of the Lowfield Port"
                + " Trust.");

    assertThat(fixture.seen(SIEVE))
        .contains(new Seen("Marta Quell", "said", "say", "quote-comma-verb-name"));
    Candidate mention = fixture.apply(SIEVE).orElseThrow().mention();
    assertThat(mention.name()).isEqualTo("Marta Quell");
    assertThat(mention.description()).isEqualTo("director of the Lowfield Port Trust");
  }

  @Test
  void titledNameAfterAnotherCueVerb() {
    SieveFixture fixture =
        SieveFixture.of("“The ferry will run on Sunday,” added Capt. Nils Harrow.");

    assertThat(fixture.seen(SIEVE))
        .contains(new Seen("Capt. Nils Harrow", "added", "add", "quote-comma-verb-name"));
    Candidate mention = fixture.apply(SIEVE).orElseThrow().mention();
    assertThat(mention.name()).isEqualTo("Nils Harrow");
    assertThat(mention.title()).isEqualTo("Capt.");
  }

  @Test
  void partyAndDistrictTagIsTheDescription() {
    SieveFixture fixture =
        SieveFixture.of(
            "“We need more buses,” said Councilman Reuben Tate, D-Lowfield, at the meeting.");

    Attribution attribution = fixture.apply(SIEVE).orElseThrow();

    assertThat(fixture.mentionText(attribution)).isEqualTo("Councilman Reuben Tate");
    assertThat(attribution.mention().description()).isEqualTo("D-Lowfield");
  }

  @Test
  void unnamedGroupAfterTheVerb() {
    SieveFixture fixture = SieveFixture.of("“The ferry will run,” said officials.");

    Attribution attribution = fixture.apply(SIEVE).orElseThrow();

    assertThat(fixture.mentionText(attribution)).isEqualTo("officials");
    assertThat(attribution.mention().speakerKind()).isEqualTo(SpeakerKind.GROUP);
    assertThat(fixture.cueLemma(attribution)).isEqualTo("say");
  }

  @Test
  void verbThatIsNoCueDoesNotAttribute() {
    assertThat(SieveFixture.of("“The ferry will run,” wondered nobody at the dock.").seen(SIEVE))
        .isEmpty();
  }

  @Test
  void nameBeforeTheVerbIsAnotherPattern() {
    assertThat(SieveFixture.of("“We will appeal,” Dana Ortiz said.").seen(SIEVE)).isEmpty();
  }

  @Test
  void quotationWithoutAttributionAfterIt() {
    assertThat(SieveFixture.of("“The ferry will run,” and so it did.").seen(SIEVE)).isEmpty();
    assertThat(SieveFixture.of("“The ferry will run.” Said nobody, ever.").seen(SIEVE)).isEmpty();
  }

  @Test
  void cueBeforeTheQuotationIsNotSeen() {
    assertThat(SieveFixture.of("Dana Ortiz said: “We will appeal.”").seen(SIEVE)).isEmpty();
  }
}
