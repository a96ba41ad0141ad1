package io.github.quotekit.internal.rules;

import io.github.quotekit.AttributionRule;
import io.github.quotekit.RuleContext;
import io.github.quotekit.RuleDecision;
import io.github.quotekit.SpeakerCandidate;
import io.github.quotekit.TaggedToken;
import io.github.quotekit.TokenRange;
import java.util.Optional;


/**
 * “…” was how Ortiz described it: a cue verb anywhere after the quotation in its sentence, with
 * the mention before it.
 */
final class SentenceCueRule implements AttributionRule {
  /**
   * The share of this rule's attributions that were right on the PolNeAR train split, so that
   * confidences are calibrated (README, "Confidence").
   */
  private static final double CONFIDENCE = 0.74;
  /** How far past the next quotation the cue is looked for: a sentence's length, not a text's. */
  private static final int MAX_TOKENS_PAST_NEXT_QUOTE = 60;

  @Override
  public String name() {
    return "sentence-cue";
  }

  @Override
  public int priority() {
    return 800;
  }

  @Override
  public Optional<RuleDecision> attribute(RuleContext context) {
    // "Guns are “…” and “…,” Dean proclaimed.": the cue may follow a later quotation of the
    // sentence; cue verbs are never read inside quotations.
    TokenRange after = context.after();
    if (after.end() < context.sentence().end()) {
      after = new TokenRange(
          after.begin(), Math.min(context.sentence().end(), after.end() + MAX_TOKENS_PAST_NEXT_QUOTE));
    }
    Optional<TaggedToken> cue = context.firstCueVerb(after);
    if (cue.isEmpty()) {
      return context.decline("no cue verb after the quotation in its sentence");
    }
    int verb = cue.get().index();
    Optional<SpeakerCandidate> subject =
        verb > after.begin() && context.tokens().get(verb - 1).text().equals(",")
            // "“…” that the plan will pass, said Ana Ruiz.": an inverted subject after the cue.
            ? context.candidateStartingAt(verb + 1, after.end())
            : Optional.empty();
    if (subject.isEmpty()) {
      subject = context.mentionBefore(cue.get(), after.begin());
    }
    if (subject.isEmpty()) {
      return context.decline("no mention before “" + cue.get().text() + "”");
    }
    return Optional.of(
        RuleDecision.of(subject.get(), CONFIDENCE).withCue(TokenRange.of(cue.get().index())));
  }
}
