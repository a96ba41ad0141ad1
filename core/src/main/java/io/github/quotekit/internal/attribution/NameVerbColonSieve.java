package io.github.quotekit.internal.attribution;

import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.analysis.Token;
import io.github.quotekit.internal.candidate.Candidate;
import java.util.Optional;

/**
 * Trump said: “…” / Trump told reporters: “…” / He said, “…” — a cue and its subject right before
 * the opening mark, closed by a colon or a comma.
 */
public final class NameVerbColonSieve implements AttributionSieve {
  /**
   * The share of this rule's attributions that were right on the PolNeAR train split, so that
   * confidences are calibrated (README, "Confidence").
   */
  private static final double CONFIDENCE = 0.87;
  /** "said in a statement on Tuesday:" — how far the cue may stand from the colon. */
  private static final int MAX_CUE_DISTANCE = 7;

  @Override
  public String name() {
    return "name-verb-colon";
  }

  @Override
  public Optional<Attribution> attribute(QuoteContext context) {
    AnalyzedText doc = context.doc();
    int colon = context.leftGapEnd() - 1;
    if (colon < context.leftGapStart()) {
      return Optional.empty();
    }
    Token mark = doc.token(colon);
    if (!mark.text().equals(":") && !mark.text().equals(",")) {
      return Optional.empty();
    }
    int from = Math.max(context.leftGapStart(), colon - MAX_CUE_DISTANCE);
    Optional<Integer> cue = Clauses.lastCueVerb(context.finder(), from, colon);
    if (cue.isEmpty()) {
      return Optional.empty();
    }
    int cueToken = cue.get();
    Optional<Candidate> subject =
        Clauses.subjectOf(context.finder(), cueToken, context.leftGapStart())
            .or(() -> context.finder().startingAt(cueToken + 1, colon));
    return subject.map(
        mention ->
            Attribution.withCue(mention, doc.token(cueToken), name(), CONFIDENCE));
  }
}
