package io.github.quotekit.internal.attribution;

import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.candidate.Candidate;
import java.util.Optional;

/** “…,” said Myron Brilliant, executive vice president of the U.S. Chamber of Commerce. */
public final class QuoteCommaVerbNameSieve implements AttributionSieve {

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
            new Attribution(
                Gaps.withAppositive(context.finder(), mention, end),
                Optional.of(CueWords.of(doc.token(i))),
                name(),
                0.95));
  }
}
