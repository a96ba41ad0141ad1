package io.github.quotekit.internal.rules;

import io.github.quotekit.AttributionRule;
import io.github.quotekit.RuleContext;
import io.github.quotekit.RuleDecision;
import io.github.quotekit.SpeakerCandidate;
import io.github.quotekit.TaggedToken;
import io.github.quotekit.TokenRange;
import java.util.List;
import java.util.Optional;


/** “…,” according to Ortiz. / According to the report, “…” */
final class AccordingToRule implements AttributionRule {
  /**
   * The share of this rule's attributions that were right on the PolNeAR train split, so that
   * confidences are calibrated (README, "Confidence").
   */
  private static final double CONFIDENCE = 0.86;

  @Override
  public String name() {
    return "according-to";
  }

  @Override
  public int priority() {
    return 500;
  }

  @Override
  public Optional<RuleDecision> attribute(RuleContext context) {
    Optional<RuleDecision> after = find(context, context.after());
    return after.isPresent() ? after : find(context, context.before());
  }

  private static Optional<RuleDecision> find(RuleContext context, TokenRange range) {
    List<? extends TaggedToken> tokens = context.tokens();
    for (int i = range.begin(); i + 1 < range.end(); i++) {
      if (Words.lower(tokens.get(i)).equals("according")
          && Words.lower(tokens.get(i + 1)).equals("to")) {
        TokenRange cue = new TokenRange(i, i + 2);
        Optional<SpeakerCandidate> source = context.candidateStartingAt(i + 2, range.end());
        if (source.isEmpty()) {
          return context.decline("no source after “according to”");
        }
        SpeakerCandidate described =
            context.descriptionAfter(source.get(), range.end())
                .map(RuleContext.Description::described)
                .orElse(source.get());
        return Optional.of(RuleDecision.of(described, CONFIDENCE).withCue(cue));
      }
    }
    return context.decline("no “according to” around the quotation");
  }
}
