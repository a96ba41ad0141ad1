package io.github.quotekit.internal.attribution;

import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.candidate.Candidate;
import java.util.Optional;

/** “…,” according to Kennedy. / According to the report, “…” */
public final class AccordingToSieve implements AttributionSieve {
  /**
   * The share of this rule's attributions that were right on the PolNeAR train split, so that
   * confidences are calibrated (README, "Confidence").
   */
  private static final double CONFIDENCE = 0.82;

  @Override
  public String name() {
    return "according-to";
  }

  @Override
  public Optional<Attribution> attribute(QuoteContext context) {
    Optional<Attribution> after =
        find(context, context.rightGapStart(), context.rightGapEnd());
    return after.isPresent()
        ? after
        : find(context, context.leftGapStart(), context.leftGapEnd());
  }

  private Optional<Attribution> find(QuoteContext context, int from, int to) {
    AnalyzedText doc = context.doc();
    for (int i = from; i + 2 < to + 1 && i + 1 < to; i++) {
      if (doc.token(i).lower().equals("according") && doc.token(i + 1).lower().equals("to")) {
        int at = i;
        Optional<Candidate> source = context.finder().startingAt(i + 2, to);
        return source.map(
            mention ->
                new Attribution(
                    Gaps.withAppositive(context.finder(), mention, to),
                    Optional.of(new CueWords(at, at + 2, "according to")),
                    name(),
                    CONFIDENCE));
      }
    }
    return Optional.empty();
  }
}
