package io.github.quotekit.internal.attribution;

import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.analysis.Sentence;
import io.github.quotekit.internal.analysis.Token;
import io.github.quotekit.internal.candidate.Candidate;
import java.util.Optional;

/**
 * …, Schiff said. “The other factor is …” — a quotation that opens a sentence right after a
 * sentence of the same paragraph that ends in an attribution.
 */
public final class PreviousSentenceCueSieve implements AttributionSieve {
  /** Too rare on the PolNeAR train split to measure; an estimate (README, "Confidence"). */
  private static final double CONFIDENCE = 0.75;
  /** How many tokens before the previous sentence's end the cue may stand ("Schiff said Friday."). */
  private static final int CUE_WINDOW = 5;

  @Override
  public String name() {
    return "previous-sentence-cue";
  }

  @Override
  public Optional<Attribution> attribute(QuoteContext context) {
    AnalyzedText doc = context.doc();
    int open = context.leftGapEnd();
    if (open >= doc.tokens().size() || context.leftGapStart() != open || open == 0) {
      return Optional.empty();
    }
    Token mark = doc.token(open);
    Sentence current = doc.sentences().get(mark.sentence());
    if (current.firstToken() != open || current.index() == 0) {
      return Optional.empty();
    }
    Sentence previous = doc.sentences().get(current.index() - 1);
    if (previous.paragraph() != current.paragraph() || doc.token(previous.endToken() - 1).quoted()) {
      return Optional.empty();
    }
    int from = Math.max(previous.firstToken(), previous.endToken() - CUE_WINDOW);
    Optional<Integer> cue = Clauses.lastCueVerb(context.finder(), from, previous.endToken());
    if (cue.isEmpty()) {
      return Optional.empty();
    }
    int cueToken = cue.get();
    Optional<Candidate> subject =
        Clauses.subjectBefore(context.finder(), cueToken, previous.firstToken());
    if (subject.isEmpty()) {
      subject = context.finder().startingAt(cueToken + 1, previous.endToken());
    }
    return subject.map(
        mention ->
            Attribution.withCue(mention, doc.token(cueToken), name(), CONFIDENCE));
  }
}
