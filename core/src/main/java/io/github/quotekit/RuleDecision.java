package io.github.quotekit;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What an {@link AttributionRule} decided for one quotation: the candidate that names its speaker,
 * the cue words if the rule saw any, and how likely the decision is right.
 *
 * <pre>{@code
 * return context.candidateStartingAt(i + 1, context.after().end())
 *     .map(speaker -> RuleDecision.of(speaker, 0.9).withCue(TokenRange.of(i)).because("posted on"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param speaker the candidate naming the speaker; one the rule's {@link RuleContext} gave
 * @param cue the tokens of the cue ("said", "according to"), if any
 * @param confidence the probability that the speaker is right, in {@code [0, 1]}; it becomes
 *     {@link Quote#confidence()}, so calibrate it if you can (the built-in rules use their precision
 *     on annotated news)
 * @param joins why the quotation continues the one before it, for rules that carry a speaker over
 *     (the second part of a split quotation, the next paragraph of a speech); the two then share
 *     a {@link Quote#group()}
 * @param evidence a short note on why the rule decided so, shown in {@link Explanation}s; may be
 *     empty
 */
public record RuleDecision(
    SpeakerCandidate speaker,
    Optional<TokenRange> cue,
    double confidence,
    Optional<JoinReason> joins,
    String evidence) {

  /** Checks that no component is null and that the confidence is a probability. */
  public RuleDecision {
    requireNonNull(speaker, "speaker");
    requireNonNull(cue, "cue");
    requireNonNull(joins, "joins");
    requireNonNull(evidence, "evidence");
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must lie in [0, 1]: " + confidence);
    }
  }

  /** Returns a decision for {@code speaker}, without cue, join or evidence. */
  public static RuleDecision of(SpeakerCandidate speaker, double confidence) {
    return new RuleDecision(speaker, Optional.empty(), confidence, Optional.empty(), "");
  }

  /** Returns this decision with the cue words {@code cue}. */
  public RuleDecision withCue(TokenRange cue) {
    return new RuleDecision(speaker, Optional.of(cue), confidence, joins, evidence);
  }

  /** Returns this decision, continuing the previous quotation for {@code reason}. */
  public RuleDecision joining(JoinReason reason) {
    return new RuleDecision(speaker, cue, confidence, Optional.of(reason), evidence);
  }

  /** Returns this decision with a note on why the rule decided so. */
  public RuleDecision because(String why) {
    return new RuleDecision(speaker, cue, confidence, joins, why);
  }
}
