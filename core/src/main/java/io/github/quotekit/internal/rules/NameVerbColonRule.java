package io.github.quotekit.internal.rules;

import io.github.quotekit.AttributionRule;
import io.github.quotekit.RuleContext;
import io.github.quotekit.RuleDecision;
import io.github.quotekit.SpeakerCandidate;
import io.github.quotekit.TaggedToken;
import io.github.quotekit.TokenRange;
import java.util.Optional;


/**
 * Ortiz said: “…” / Ortiz told reporters: “…” / She said, “…”: a cue and its subject right before
 * the opening mark, closed by a colon or a comma.
 */
final class NameVerbColonRule implements AttributionRule {
  /**
   * The share of this rule's attributions that were right on the PolNeAR train split, so that
   * confidences are calibrated (README, "Confidence").
   */
  private static final double CONFIDENCE = 0.91;
  /** "said in a statement on Tuesday:" — how far the cue may stand from the colon. */
  private static final int MAX_CUE_DISTANCE = 7;

  @Override
  public String name() {
    return "name-verb-colon";
  }

  @Override
  public int priority() {
    return 400;
  }

  @Override
  public Optional<RuleDecision> attribute(RuleContext context) {
    TokenRange before = context.before();
    int colon = before.end() - 1;
    if (colon < before.begin()) {
      return context.decline("nothing before the quotation in its sentence");
    }
    String mark = context.tokens().get(colon).text();
    if (!mark.equals(":") && !mark.equals(",")) {
      return context.decline("no colon or comma before the opening mark");
    }
    int from = Math.max(before.begin(), colon - MAX_CUE_DISTANCE);
    Optional<TaggedToken> cue = context.lastCueVerb(new TokenRange(from, colon));
    if (cue.isEmpty()) {
      return context.decline("no cue verb before the colon");
    }
    TaggedToken verb = cue.get();
    Optional<SpeakerCandidate> subject =
        context.subjectOf(verb, before.begin())
            .or(() -> context.candidateStartingAt(verb.index() + 1, colon));
    if (subject.isEmpty()) {
      return context.decline("no subject of “" + verb.text() + "”");
    }
    return Optional.of(
        RuleDecision.of(subject.get(), CONFIDENCE).withCue(TokenRange.of(verb.index())));
  }
}
