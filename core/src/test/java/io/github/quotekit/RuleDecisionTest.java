package io.github.quotekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleDecisionTest {
  /** A real candidate, taken from a rule's context: only quotekit makes them. */
  private static final SpeakerCandidate RUIZ = RuleProbe.firstCandidate("“Yes,” said Ana Ruiz.");

  @Test
  void decisionOfACandidateHasNoCueJoinOrEvidence() {
    RuleDecision decision = RuleDecision.of(RUIZ, 0.8);

    assertThat(decision.speaker()).containsSame(RUIZ);
    assertThat(decision.confidence()).isEqualTo(0.8);
    assertThat(decision.cue()).isEmpty();
    assertThat(decision.joins()).isEmpty();
    assertThat(decision.content()).isEmpty();
    assertThat(decision.evidence()).isEmpty();
  }

  @Test
  void notSpeechHasNeitherSpeakerNorContentButItsReason() {
    RuleDecision decision = RuleDecision.notSpeech("a programme's name");

    assertThat(decision.isNotSpeech()).isTrue();
    assertThat(decision.speaker()).isEmpty();
    assertThat(decision.content()).isEmpty();
    assertThat(decision.evidence()).isEqualTo("a programme's name");
    assertThat(RuleDecision.sourceless(new TokenRange(2, 6), 0.4).isNotSpeech()).isFalse();
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new RuleDecision(
                    Optional.empty(), Optional.of(TokenRange.of(1)), 1.0, Optional.empty(),
                    Optional.empty(), "a title"));
  }

  @Test
  void sourcelessDecisionGivesItsContentAndNoSpeaker() {
    RuleDecision decision = RuleDecision.sourceless(new TokenRange(2, 6), 0.4);

    assertThat(decision.speaker()).isEmpty();
    assertThat(decision.content()).contains(new TokenRange(2, 6));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new RuleDecision(
                    Optional.empty(), Optional.empty(), 0.5, Optional.empty(), Optional.empty(),
                    ""))
        .withMessageContaining("content");
  }

  @Test
  void withConfidenceAndWithContentChangeOnlyTheirComponent() {
    RuleDecision plain = RuleDecision.of(RUIZ, 0.8).withCue(TokenRange.of(3));

    RuleDecision changed = plain.withConfidence(0.5).withContent(new TokenRange(4, 9));

    assertThat(changed.confidence()).isEqualTo(0.5);
    assertThat(changed.content()).contains(new TokenRange(4, 9));
    assertThat(changed.cue()).isEqualTo(plain.cue());
    assertThat(changed.speaker()).isEqualTo(plain.speaker());
  }

  @Test
  void withersReturnChangedCopies() {
    RuleDecision plain = RuleDecision.of(RUIZ, 0.8);

    RuleDecision full =
        plain.withCue(TokenRange.of(3)).joining(JoinReason.SPLIT_QUOTE).because("said Name");

    assertThat(full.cue()).contains(TokenRange.of(3));
    assertThat(full.joins()).contains(JoinReason.SPLIT_QUOTE);
    assertThat(full.evidence()).isEqualTo("said Name");
    assertThat(plain.cue()).isEmpty();
  }

  @Test
  void confidenceMustBeAProbability() {
    assertThatIllegalArgumentException().isThrownBy(() -> RuleDecision.of(RUIZ, 1.5));
    assertThatIllegalArgumentException().isThrownBy(() -> RuleDecision.of(RUIZ, Double.NaN));
  }

  @Test
  void nullComponentsAreRejectedByName() {
    assertThatNullPointerException()
        .isThrownBy(() -> RuleDecision.of(null, 0.5))
        .withMessage("speaker");
    assertThatNullPointerException()
        .isThrownBy(() -> new RuleDecision(
                    Optional.of(RUIZ), Optional.empty(), 0.5, Optional.empty(), Optional.empty(), null))
        .withMessage("evidence");
  }
}
