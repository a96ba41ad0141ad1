package io.github.quotekit.internal.rules;

import io.github.quotekit.AttributionRule;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.internal.rules.RuleFixture.Seen;
import org.junit.jupiter.api.Test;

class SentenceSubjectRuleTest extends BuiltInRuleTestCase {
  private static final AttributionRule RULE = new SentenceSubjectRule();

  @Override
  protected AttributionRule rule() {
    return RULE;
  }

  @Test
  void subjectOfASentenceWithoutCueVerb() {
    RuleFixture fixture = RuleFixture.of("Ortiz likened the old levee to a “paper wall.”");

    assertThat(fixture.seen(RULE)).contains(new Seen("Ortiz", null, null, "sentence-subject"));
    assertThat(fixture.apply(RULE).orElseThrow().cue()).isEmpty();
  }

  @Test
  void subjectAfterAnIntroductoryPhrase() {
    assertThat(
            RuleFixture.of("After the vote, Ortiz compared the levee to a “paper wall.”")
                .seen(RULE))
        .contains(new Seen("Ortiz", null, null, "sentence-subject"));
  }

  @Test
  void commonNounSubjectOfUnknownKindIsNoSpeaker() {
    assertThat(RuleFixture.of("The old levee is a “paper wall.”").seen(RULE)).isEmpty();
  }

  @Test
  void quotedNameInsideANounPhraseIsNoSpeech() {
    assertThat(RuleFixture.of("The Harbor Department “entity list” grew again.").seen(RULE))
        .isEmpty();
  }

  @Test
  void quotedModifierOfTheNounAfterItIsNoSpeech() {
    assertThat(RuleFixture.of("Ortiz beat the “establishment” candidate in May.").seen(RULE))
        .isEmpty();
  }

  @Test
  void quotationOpeningTheSentenceHasNoSubjectBeforeIt() {
    assertThat(RuleFixture.of("“Paper wall” is what the engineers call it.").seen(RULE))
        .isEmpty();
  }
}
