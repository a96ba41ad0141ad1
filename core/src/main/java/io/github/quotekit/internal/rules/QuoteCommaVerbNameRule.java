package io.github.quotekit.internal.rules;

import io.github.quotekit.AttributionRule;
import io.github.quotekit.RuleContext;
import io.github.quotekit.RuleDecision;
import io.github.quotekit.SpeakerCandidate;
import io.github.quotekit.TaggedToken;
import io.github.quotekit.TokenRange;
import java.util.Optional;

/** “…,” said Dana Ortiz, director of the harbor authority: a cue verb, then the speaker. */
final class QuoteCommaVerbNameRule implements AttributionRule {
  /**
   * The share of this rule's attributions that were right on the PolNeAR train split, so that
   * confidences are calibrated (README, "Confidence").
   */
  private static final double CONFIDENCE = 0.95;

  @Override
  public String name() {
    return "quote-comma-verb-name";
  }

  @Override
  public int priority() {
    return 100;
  }

  @Override
  public Optional<RuleDecision> attribute(RuleContext context) {
    TokenRange after = context.after();
    int i = Words.skipCommas(context.tokens(), after.begin(), after.end());
    if (i >= after.end()) {
      return context.decline("nothing after the quotation");
    }
    TaggedToken verb = context.tokens().get(i);
    if (!context.isCueVerb(verb)) {
      return context.decline("no cue verb right after the quotation");
    }
    Optional<SpeakerCandidate> speaker = Words.speakerStartingAt(context, i + 1, after.end());
    if (speaker.isEmpty()) {
      return context.decline("no speaker right after “" + verb.text() + "”");
    }
    SpeakerCandidate described =
        context.descriptionAfter(speaker.get(), after.end())
            .map(RuleContext.Description::described)
            .orElse(speaker.get());
    return Optional.of(RuleDecision.of(described, CONFIDENCE).withCue(TokenRange.of(i)));
  }
}
