package io.github.quotekit.internal.rules;

import io.github.quotekit.AttributionRule;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.internal.rules.RuleFixture.Seen;
import org.junit.jupiter.api.Test;

class NameVerbColonRuleTest extends BuiltInRuleTestCase {
  private static final AttributionRule RULE = new NameVerbColonRule();

  @Override
  protected AttributionRule rule() {
    return RULE;
  }

  @Test
  void nameSaidColon() {
    assertThat(RuleFixture.of("Omar Leck said: “The ferry is late again.”").seen(RULE))
        .contains(new Seen("Omar Leck", "said", "say", "name-verb-colon"));
  }

  @Test
  void cueMayStandAFewWordsBeforeTheColon() {
    RuleFixture fixture =
        RuleFixture.of(
            "Dr. Ilse Marwick said in a statement on Tuesday: “The results are clear.”");

    assertThat(fixture.seen(RULE))
        .contains(new Seen("Dr. Ilse Marwick", "said", "say", "name-verb-colon"));
    assertThat(fixture.apply(RULE).orElseThrow().mention().title()).contains("Dr.");
  }

  @Test
  void pronounToldReportersColon() {
    assertThat(RuleFixture.of("She told reporters: “The results are clear.”").seen(RULE))
        .contains(new Seen("She", "told", "tell", "name-verb-colon"));
  }

  @Test
  void commaInsteadOfColon() {
    assertThat(RuleFixture.of("He said, “The results are clear.”").seen(RULE))
        .contains(new Seen("He", "said", "say", "name-verb-colon"));
  }

  @Test
  void theOneShownSpeakingInFootageIsTheSpeaker() {
    assertThat(
            RuleFixture.of("The campaign's ad closes with footage of Ilse Marwick saying, “Vote.”")
                .seen(RULE))
        .contains(new Seen("Ilse Marwick", "saying", "say", "name-verb-colon"));
  }

  @Test
  void anAdjunctOfTimeMayStandBetweenTheSubjectAndItsCue() {
    assertThat(
            RuleFixture.of("Ruiz has long admired Ada Vance, who in 2010 said: “The port is sinking.”")
                .seen(RULE))
        .contains(new Seen("who", "said", "say", "name-verb-colon"));
  }

  @Test
  void colonWithoutCueVerbDoesNotAttribute() {
    assertThat(RuleFixture.of("The results, in short: “clear and final.”").seen(RULE)).isEmpty();
  }

  @Test
  void cueWithoutColonOrCommaBeforeTheMark() {
    assertThat(RuleFixture.of("Ruiz said the ruling was “a gift to polluters.”").seen(RULE))
        .isEmpty();
  }

  @Test
  void quotationOpeningTheSentence() {
    assertThat(RuleFixture.of("“The results are clear,” Omar Leck said.").seen(RULE)).isEmpty();
  }
}
