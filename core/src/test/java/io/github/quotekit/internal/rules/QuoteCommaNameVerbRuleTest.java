package io.github.quotekit.internal.rules;

import io.github.quotekit.AttributionRule;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.SpeakerKind;
import io.github.quotekit.internal.rules.RuleFixture.Seen;
import io.github.quotekit.internal.candidate.Candidate;
import io.github.quotekit.MentionKind;
import org.junit.jupiter.api.Test;

class QuoteCommaNameVerbRuleTest extends BuiltInRuleTestCase {
  private static final AttributionRule RULE = new QuoteCommaNameVerbRule();

  @Override
  protected AttributionRule rule() {
    return RULE;
  }

  @Test
  void nameThenCueVerb() {
    assertThat(RuleFixture.of("“We are not done yet,” Dana Ortiz said.").seen(RULE))
        .contains(new Seen("Dana Ortiz", "said", "say", "quote-comma-name-verb"));
  }

  @Test
  void aCueTheTaggerTookForANounStillClosesTheAttribution() {
    // The tagger reads "Whitcombe notes" as an adjective and a noun.
    assertThat(RuleFixture.of("“The levy is over,” Whitcombe notes.").seen(RULE))
        .contains(new Seen("Whitcombe", "notes", "note", "quote-comma-name-verb"));
  }

  @Test
  void titledNameWithPartyTagBetweenCommas() {
    RuleFixture fixture = RuleFixture.of("“We will appeal,” Sen. Ana Ruiz, D-Ore., tweeted.");

    assertThat(fixture.seen(RULE))
        .contains(new Seen("Sen. Ana Ruiz", "tweeted", "tweet", "quote-comma-name-verb"));
    Candidate mention = fixture.apply(RULE).orElseThrow().mention();
    assertThat(mention.name()).isEqualTo("Ana Ruiz");
    assertThat(mention.title()).contains("Sen.");
    assertThat(mention.description()).contains("D-Ore.");
  }

  @Test
  void surnameWithAppositiveThenTold() {
    RuleFixture fixture =
        RuleFixture.of("“We will appeal,” Ruiz, a former judge, told reporters.");

    assertThat(fixture.seen(RULE))
        .contains(new Seen("Ruiz", "told", "tell", "quote-comma-name-verb"));
    assertThat(fixture.apply(RULE).orElseThrow().mention().description())
        .contains("a former judge");
  }

  @Test
  void pronounThenCueVerb() {
    RuleFixture fixture = RuleFixture.of("“We will appeal,” she said.");

    assertThat(fixture.seen(RULE))
        .contains(new Seen("she", "said", "say", "quote-comma-name-verb"));
    assertThat(fixture.apply(RULE).orElseThrow().mention().kind()).isEqualTo(MentionKind.PRONOUN);
  }

  @Test
  void roleNounThenCueVerb() {
    RuleFixture fixture = RuleFixture.of("“The bridge is safe,” the mayor said Tuesday.");

    assertThat(fixture.seen(RULE))
        .contains(new Seen("the mayor", "said", "say", "quote-comma-name-verb"));
    Candidate mention = fixture.apply(RULE).orElseThrow().mention();
    assertThat(mention.role()).contains("mayor");
    assertThat(mention.speakerKind()).isEqualTo(SpeakerKind.PERSON);
  }

  @Test
  void adverbBetweenNameAndVerb() {
    assertThat(RuleFixture.of("“We will appeal,” Ruiz also said.").seen(RULE))
        .contains(new Seen("Ruiz", "said", "say", "quote-comma-name-verb"));
  }

  @Test
  void longPhraseBetweenNameAndVerbDoesNotAttribute() {
    assertThat(
            RuleFixture.of("“We will appeal,” Ruiz and her lawyers in the city said.").seen(RULE))
        .isEmpty();
  }

  @Test
  void newSentenceWithoutCueDoesNotAttribute() {
    assertThat(RuleFixture.of("“We will appeal.” Ruiz left the room.").seen(RULE)).isEmpty();
  }

  @Test
  void verbBeforeTheNameIsAnotherPattern() {
    assertThat(RuleFixture.of("“The ferry will run,” said Ana Ruiz.").seen(RULE)).isEmpty();
  }

  @Test
  void aCapitalisedNameTheFinderDoesNotKnow() {
    assertThat(
            RuleFixture.of("Harbor City won. “Great game,” Okonkwo tweeted after the game.")
                .seen(RULE))
        .contains(new Seen("Okonkwo", "tweeted", "tweet", "quote-comma-name-verb"));
  }

  @Test
  void anIndefiniteSpeakerIsItsOwn() {
    assertThat(RuleFixture.of("“We always do,” one said.").seen(RULE))
        .contains(new Seen("one", "said", "say", "quote-comma-name-verb"));
  }
}
