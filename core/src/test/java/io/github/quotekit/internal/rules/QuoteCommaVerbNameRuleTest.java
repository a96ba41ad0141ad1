package io.github.quotekit.internal.rules;

import io.github.quotekit.internal.attribution.Attribution;
import io.github.quotekit.AttributionRule;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.SpeakerKind;
import io.github.quotekit.internal.rules.RuleFixture.Seen;
import io.github.quotekit.internal.candidate.Candidate;
import org.junit.jupiter.api.Test;

class QuoteCommaVerbNameRuleTest extends BuiltInRuleTestCase {
  private static final AttributionRule RULE = new QuoteCommaVerbNameRule();

  @Override
  protected AttributionRule rule() {
    return RULE;
  }

  @Test
  void cueVerbThenNameWithAppositive() {
    RuleFixture fixture =
        RuleFixture.of(
            "“The pier will reopen in June,” said Marta Quell, director of the Lowfield Port"
                + " Trust.");

    assertThat(fixture.seen(RULE))
        .contains(new Seen("Marta Quell", "said", "say", "quote-comma-verb-name"));
    Candidate mention = fixture.apply(RULE).orElseThrow().mention();
    assertThat(mention.name()).isEqualTo("Marta Quell");
    assertThat(mention.description()).contains("director of the Lowfield Port Trust");
  }

  @Test
  void titledNameAfterAnotherCueVerb() {
    RuleFixture fixture =
        RuleFixture.of("“The ferry will run on Sunday,” added Capt. Nils Harrow.");

    assertThat(fixture.seen(RULE))
        .contains(new Seen("Capt. Nils Harrow", "added", "add", "quote-comma-verb-name"));
    Candidate mention = fixture.apply(RULE).orElseThrow().mention();
    assertThat(mention.name()).isEqualTo("Nils Harrow");
    assertThat(mention.title()).contains("Capt.");
  }

  @Test
  void partyAndDistrictTagIsTheDescription() {
    RuleFixture fixture =
        RuleFixture.of(
            "“We need more buses,” said Councilman Reuben Tate, D-Lowfield, at the meeting.");

    Attribution attribution = fixture.apply(RULE).orElseThrow();

    assertThat(fixture.mentionText(attribution)).isEqualTo("Councilman Reuben Tate");
    assertThat(attribution.mention().description()).contains("D-Lowfield");
  }

  @Test
  void unnamedGroupAfterTheVerb() {
    RuleFixture fixture = RuleFixture.of("“The ferry will run,” said officials.");

    Attribution attribution = fixture.apply(RULE).orElseThrow();

    assertThat(fixture.mentionText(attribution)).isEqualTo("officials");
    assertThat(attribution.mention().speakerKind()).isEqualTo(SpeakerKind.GROUP);
    assertThat(fixture.cueLemma(attribution)).isEqualTo("say");
  }

  @Test
  void verbThatIsNoCueDoesNotAttribute() {
    assertThat(RuleFixture.of("“The ferry will run,” wondered nobody at the dock.").seen(RULE))
        .isEmpty();
  }

  @Test
  void nameBeforeTheVerbIsAnotherPattern() {
    assertThat(RuleFixture.of("“We will appeal,” Dana Ortiz said.").seen(RULE)).isEmpty();
  }

  @Test
  void quotationWithoutAttributionAfterIt() {
    assertThat(RuleFixture.of("“The ferry will run,” and so it did.").seen(RULE)).isEmpty();
    assertThat(RuleFixture.of("“The ferry will run.” Said nobody, ever.").seen(RULE)).isEmpty();
  }

  @Test
  void cueBeforeTheQuotationIsNotSeen() {
    assertThat(RuleFixture.of("Dana Ortiz said: “We will appeal.”").seen(RULE)).isEmpty();
  }

  @Test
  void saidAnotherNamesAnotherSpeaker() {
    RuleFixture fixture =
        RuleFixture.of("“We will rebuild,” one resident said. “We always do,” said another.");

    assertThat(fixture.seen(RULE, 1))
        .contains(new Seen("another", "said", "say", "quote-comma-verb-name"));
  }
}
