package io.github.quotekit;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What an {@link AttributionRule} decided: the candidate that names the speaker, the cue words if
 * the rule saw any, how likely the decision is right and, for reported speech, the reported
 * words.
 *
 * <pre>{@code
 * return context.candidateStartingAt(i + 1, context.after().end())
 *     .map(speaker -> RuleDecision.of(speaker, 0.9).withCue(TokenRange.of(i)).because("“…,” said NAME"));
 * }</pre>
 *
 * <p>The cue's lemma and the quote's {@link Channel} are not part of a decision: the extractor
 * derives them from the cue words in one way for every rule, built-in or not.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param speaker the candidate naming the speaker, one that the rule's {@link RuleContext} gave;
 *     empty only for reported content that has no source ({@link #sourceless(TokenRange, double)})
 *     and for a quotation that is no speech ({@link #notSpeech(String)})
 * @param cue the tokens of the cue ("said", "according to"), if any
 * @param confidence the probability that the speaker is right, in {@code [0, 1]}; it becomes
 *     {@link Quote#confidence()}, so calibrate it if you can (the built-in rules use their precision
 *     on annotated news)
 * @param joins why the quotation continues the one before it, for rules that carry a speaker over
 *     (the second part of a split quotation, the next paragraph of a speech); the two then share
 *     a {@link Quote#group()}
 * @param content the reported words, for a {@link RuleScope#REPORTED_SPEECH} rule's decision;
 *     empty for a quotation's, whose words are the quotation
 * @param evidence why the rule decided so, shown in {@link Explanation}s; when empty the
 *     extractor shows the words of the cue and the speaker
 */
public record RuleDecision(
    Optional<SpeakerCandidate> speaker,
    Optional<TokenRange> cue,
    double confidence,
    Optional<JoinReason> joins,
    Optional<TokenRange> content,
    String evidence) {

  /** Checks that no component is null and that the confidence is a probability. */
  public RuleDecision {
    requireNonNull(speaker, "speaker");
    requireNonNull(cue, "cue");
    requireNonNull(joins, "joins");
    requireNonNull(content, "content");
    requireNonNull(evidence, "evidence");
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must lie in [0, 1]: " + confidence);
    }
    if (speaker.isEmpty() && content.isEmpty()
        && (cue.isPresent() || joins.isPresent() || evidence.isBlank())) {
      throw new IllegalArgumentException(
          "a decision without a speaker must give its content, or be notSpeech(reason)");
    }
  }

  /**
   * Returns the decision that a quotation is no one's speech: the title of a programme, book or
   * film, a name or a coined term in quotation marks ("the “Gang of Eight” bill"). Later rules are
   * not asked and the quotation stays unattributed, so the default extractor drops it (see {@link
   * QuoteExtractor.Builder#minUnattributedWords(int)}). For {@link RuleScope#QUOTATION} rules only.
   */
  public static RuleDecision notSpeech(String reason) {
    return new RuleDecision(
        Optional.empty(), Optional.empty(), 1.0, Optional.empty(), Optional.empty(),
        requireNonNull(reason, "reason"));
  }

  /** Returns true for a {@link #notSpeech(String)} decision: no speaker and no content. */
  public boolean isNotSpeech() {
    return speaker.isEmpty() && content.isEmpty();
  }

  /** Returns a decision for {@code speaker}, without cue, join, content or evidence. */
  public static RuleDecision of(SpeakerCandidate speaker, double confidence) {
    return new RuleDecision(
        Optional.of(requireNonNull(speaker, "speaker")), Optional.empty(), confidence,
        Optional.empty(), Optional.empty(), "");
  }

  /**
   * Returns a decision for reported words that nobody in the text is said to have said: the
   * writer's reading ("the talks seem to have stalled") or a question put by someone unnamed.
   */
  public static RuleDecision sourceless(TokenRange content, double confidence) {
    return new RuleDecision(
        Optional.empty(), Optional.empty(), confidence, Optional.empty(),
        Optional.of(requireNonNull(content, "content")), "");
  }

  /** Returns this decision with the cue words {@code cue}. */
  public RuleDecision withCue(TokenRange cue) {
    return new RuleDecision(
        speaker, Optional.of(requireNonNull(cue, "cue")), confidence, joins, content, evidence);
  }

  /** Returns this decision with the confidence {@code newConfidence}. */
  public RuleDecision withConfidence(double newConfidence) {
    return new RuleDecision(speaker, cue, newConfidence, joins, content, evidence);
  }

  /** Returns this decision, continuing the previous quotation for {@code reason}. */
  public RuleDecision joining(JoinReason reason) {
    return new RuleDecision(
        speaker, cue, confidence, Optional.of(requireNonNull(reason, "reason")), content,
        evidence);
  }

  /** Returns this decision for the reported words {@code words} (reported-speech rules). */
  public RuleDecision withContent(TokenRange words) {
    return new RuleDecision(
        speaker, cue, confidence, joins, Optional.of(requireNonNull(words, "words")), evidence);
  }

  /** Returns this decision with a note on why the rule decided so. */
  public RuleDecision because(String why) {
    return new RuleDecision(speaker, cue, confidence, joins, content, requireNonNull(why, "why"));
  }
}
