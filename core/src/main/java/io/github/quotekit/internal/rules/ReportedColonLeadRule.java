package io.github.quotekit.internal.rules;

import io.github.quotekit.RuleContext;
import io.github.quotekit.RuleDecision;
import io.github.quotekit.SpeakerCandidate;
import io.github.quotekit.TaggedToken;
import io.github.quotekit.TokenRange;
import java.util.List;
import java.util.Optional;

/**
 * "Lynch: No outside influence on the inquiry." — a headline or interview line that opens with
 * the speaker and a colon, the punctuation standing for the cue; the whole rest is the content.
 */
final class ReportedColonLeadRule implements SentenceFramingRule {
  /** The share of this rule's contents that matched a PolNeAR train attribution with its source. */
  private static final double CONFIDENCE = 0.48;

  @Override
  public String name() {
    return "reported-colon-lead";
  }

  @Override
  public int priority() {
    return 2200;
  }

  @Override
  public Optional<RuleDecision> frame(RuleContext context) {
    List<? extends TaggedToken> tokens = context.tokens();
    int end = ReportedClauses.contentEnd(context);
    int first = ReportedClauses.skipMarks(tokens, context.region().begin(), end);
    Optional<SpeakerCandidate> source = context.candidateStartingAt(first, end);
    if (source.isEmpty()) {
      return context.decline("no speaker opens the sentence");
    }
    int colon = source.get().tokens().end();
    if (colon + 2 >= end || !tokens.get(colon).text().equals(":") || tokens.get(colon).quoted()) {
      return context.decline("no colon and content after the speaker");
    }
    return Optional.of(
        RuleDecision.of(source.get(), CONFIDENCE)
            .withCue(TokenRange.of(colon))
            .withContent(new TokenRange(colon + 1, end)));
  }
}
