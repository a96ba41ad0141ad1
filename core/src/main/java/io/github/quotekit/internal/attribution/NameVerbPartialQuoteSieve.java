package io.github.quotekit.internal.attribution;

import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.candidate.Candidate;
import java.util.Optional;

/**
 * Trump said China had agreed to purchases starting “almost immediately.” — the outermost cue verb
 * of the quotation's sentence, its subject before it; a participle ("saying it would not “…”") takes
 * the subject of the main clause.
 */
public final class NameVerbPartialQuoteSieve implements AttributionSieve {
  /**
   * The share of this rule's attributions that were right on the PolNeAR train split, so that
   * confidences are calibrated (README, "Confidence").
   */
  private static final double CONFIDENCE = 0.83;

  @Override
  public String name() {
    return "name-verb-partial-quote";
  }

  @Override
  public Optional<Attribution> attribute(QuoteContext context) {
    AnalyzedText doc = context.doc();
    int from = context.leftGapStart();
    // The outermost cue of the sentence wins: in "Trump said China had agreed to …" the words
    // are Trump's.
    Optional<Integer> cue =
        Clauses.firstCueVerb(
            context.finder(), Clauses.mainClauseStart(context.finder(), from, context.leftGapEnd()),
            context.leftGapEnd());
    if (cue.isEmpty()) {
      return Optional.empty();
    }
    int cueToken = cue.get();
    Optional<Candidate> subject = Clauses.subjectOf(context.finder(), cueToken, from);
    return subject.map(
        mention ->
            Attribution.withCue(mention, doc.token(cueToken), name(), CONFIDENCE));
  }
}
