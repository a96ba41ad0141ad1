package io.github.quotekit.internal.attribution;

import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.candidate.Candidate;
import java.util.Optional;

/**
 * The last resort: a cue verb anywhere after the quotation in its sentence ("“…” was how Smith
 * described it") with the mention before it.
 */
public final class SentenceCueSieve implements AttributionSieve {
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
  public Optional<Attribution> attribute(QuoteContext context) {
    AnalyzedText doc = context.doc();
    int from = context.rightGapStart();
    Optional<Integer> cue = Clauses.firstCueVerb(context.finder(), from, context.rightGapEnd());
    if (cue.isEmpty()) {
      return Optional.empty();
    }
    int cueToken = cue.get();
    Optional<Candidate> subject = Clauses.subjectBefore(context.finder(), cueToken, from);
    return subject.map(
        mention ->
            Attribution.withCue(mention, doc.token(cueToken), name(), CONFIDENCE));
  }
}
