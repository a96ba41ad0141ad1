package io.github.quotekit.internal.rules;

import io.github.quotekit.AttributionRule;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.SpeakerKind;
import io.github.quotekit.internal.rules.RuleFixture.Seen;
import org.junit.jupiter.api.Test;

class SentenceCueRuleTest extends BuiltInRuleTestCase {
  private static final AttributionRule RULE = new SentenceCueRule();

  @Override
  protected AttributionRule rule() {
    return RULE;
  }

  @Test
  void wasHowNameDescribedIt() {
    assertThat(
            RuleFixture.of("“A gift to polluters” was how Dana Ortiz described the ruling.")
                .seen(RULE))
        .contains(new Seen("Dana Ortiz", "described", "describe", "sentence-cue"));
  }

  @Test
  void isWhatTheTitledNameCalledIt() {
    assertThat(
            RuleFixture.of(
                    "“A gift to polluters” is what Mayor Dana Ortiz called the ruling on Friday.")
                .seen(RULE))
        .contains(new Seen("Mayor Dana Ortiz", "called", "call", "sentence-cue"));
  }

  @Test
  void groupNounAsSubject() {
    RuleFixture fixture = RuleFixture.of("“Too little, too late” is what the residents said.");

    assertThat(fixture.seen(RULE))
        .contains(new Seen("the residents", "said", "say", "sentence-cue"));
    assertThat(fixture.apply(RULE).orElseThrow().mention().speakerKind())
        .isEqualTo(SpeakerKind.GROUP);
  }

  @Test
  void sentenceWithoutCueVerb() {
    assertThat(RuleFixture.of("“Too little, too late” is not a plan.").seen(RULE)).isEmpty();
  }

  @Test
  void cueInTheNextSentenceIsNotSeen() {
    assertThat(RuleFixture.of("“We will appeal.” Ruiz said nothing more.").seen(RULE)).isEmpty();
  }

  @Test
  void cueBeforeTheQuotationIsNotSeen() {
    assertThat(RuleFixture.of("Ruiz said the ruling was “a gift to polluters.”").seen(RULE))
        .isEmpty();
  }

  @Test
  void theCueMayFollowALaterQuotationOfTheSentence() {
    assertThat(
            RuleFixture.of("Tolls are “a tax on work” and “a tax on time,” Ana Ruiz said.")
                .seen(RULE, 0))
        .contains(new Seen("Ana Ruiz", "said", "say", "sentence-cue"));
  }

  @Test
  void anInvertedSubjectAfterTheCue() {
    assertThat(
            RuleFixture.of("“It can pass” by the end of June, said Ana Ruiz.").seen(RULE, 0))
        .contains(new Seen("Ana Ruiz", "said", "say", "sentence-cue"));
  }
}
