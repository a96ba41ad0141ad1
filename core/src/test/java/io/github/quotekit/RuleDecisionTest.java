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

    assertThat(decision.speaker()).isSameAs(RUIZ);
    assertThat(decision.confidence()).isEqualTo(0.8);
    assertThat(decision.cue()).isEmpty();
    assertThat(decision.joins()).isEmpty();
    assertThat(decision.evidence()).isEmpty();
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
        .isThrownBy(() -> new RuleDecision(RUIZ, Optional.empty(), 0.5, Optional.empty(), null))
        .withMessage("evidence");
  }
}
