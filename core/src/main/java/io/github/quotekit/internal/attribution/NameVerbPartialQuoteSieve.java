package io.github.quotekit.internal.attribution;

import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.candidate.Candidate;
import java.util.Optional;

/**
 * Trump said China had agreed to purchases starting “almost immediately.” — a cue verb earlier in
 * the quotation's sentence, its subject before it; a participle ("saying it would not “…”") takes
 * the subject of the main clause.
 */
public final class NameVerbPartialQuoteSieve implements AttributionSieve {

  @Override
  public String name() {
    return "name-verb-partial-quote";
  }

  @Override
  public Optional<Attribution> attribute(QuoteContext context) {
    AnalyzedText doc = context.doc();
    int from = context.leftGapStart();
    Optional<Integer> cue = Clauses.lastCueVerb(context.finder(), from, context.leftGapEnd());
    if (cue.isEmpty()) {
      return Optional.empty();
    }
    int cueToken = cue.get();
    Optional<Candidate> subject =
        Clauses.isParticiple(doc.token(cueToken))
            ? Optional.empty()
            : Clauses.subjectBefore(context.finder(), cueToken, from);
    double confidence = 0.8;
    if (subject.isEmpty()) {
      subject = Clauses.clauseSubject(context.finder(), from, cueToken);
      confidence = 0.7;
    }
    double decided = confidence;
    return subject.map(
        mention ->
            new Attribution(
                mention,
                Optional.of(CueWords.single(cueToken, doc.token(cueToken).lemma())),
                name(),
                decided));
  }
}
