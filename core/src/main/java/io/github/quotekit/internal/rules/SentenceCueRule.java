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
  private static final double CONFIDENCE = 0.59;

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
    TokenRange after = context.after();
    Optional<TaggedToken> cue = context.firstCueVerb(after);
    if (cue.isEmpty()) {
      return context.decline("no cue verb after the quotation in its sentence");
    }
    Optional<SpeakerCandidate> subject = context.mentionBefore(cue.get(), after.begin());
    if (subject.isEmpty()) {
      return context.decline("no mention before “" + cue.get().text() + "”");
    }
    return Optional.of(
        RuleDecision.of(subject.get(), CONFIDENCE).withCue(TokenRange.of(cue.get().index())));
  }
}
