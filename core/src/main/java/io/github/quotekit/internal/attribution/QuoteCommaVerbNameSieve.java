package io.github.quotekit.internal.attribution;

import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.candidate.Candidate;
import java.util.Optional;

/** “…,” said Myron Brilliant, executive vice president of the U.S. Chamber of Commerce. */
public final class QuoteCommaVerbNameSieve implements AttributionSieve {
  /**
   * The share of this rule's attributions that were right on the PolNeAR train split, so that
   * confidences are calibrated (README, "Confidence").
   */
  private static final double CONFIDENCE = 0.94;

  @Override
  public String name() {
    return "quote-comma-verb-name";
  }

  @Override
  public Optional<Attribution> attribute(QuoteContext context) {
    AnalyzedText doc = context.doc();
    int i = Gaps.skipCommas(doc, context.rightGapStart(), context.rightGapEnd());
    int end = context.rightGapEnd();
    if (i >= end || !Clauses.isCueVerb(context.finder(), doc.token(i))) {
      return Optional.empty();
    }
    Optional<Candidate> speaker = context.finder().startingAt(i + 1, end);
    return speaker.map(
        mention ->
            Attribution.withCue(
                Gaps.withAppositive(context.finder(), mention, end), doc.token(i), name(),
                CONFIDENCE));
  }
}
