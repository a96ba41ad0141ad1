package io.github.quotekit.internal.attribution;

import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.analysis.Sentence;
import io.github.quotekit.internal.analysis.Token;
import io.github.quotekit.internal.candidate.Candidate;
import io.github.quotekit.internal.candidate.MentionFinder;
import java.util.Optional;

/**
 * The New York Times reports: ⏎⏎ “…” — a paragraph that opens with a quotation after a paragraph
 * that ends in a cue and a colon.
 */
public final class ColonLeadInParagraphSieve implements AttributionSieve {
  /**
   * The share of this rule's attributions that were right on the PolNeAR train split, so that
   * confidences are calibrated (README, "Confidence").
   */
  private static final double CONFIDENCE = 0.83;

  @Override
  public String name() {
    return "colon-lead-in-paragraph";
  }

  @Override
  public Optional<Attribution> attribute(QuoteContext context) {
    AnalyzedText doc = context.doc();
    int open = context.leftGapEnd();
    if (!context.opensParagraph() || open == 0 || open > doc.tokens().size()) {
      return Optional.empty();
    }
    int colon = open - 1;
    while (colon >= 0 && MentionFinder.isQuoteMark(doc.token(colon))) {
      colon--;
    }
    if (colon < 0 || !doc.token(colon).text().equals(":")) {
      return Optional.empty();
    }
    Sentence sentence = doc.sentences().get(doc.token(colon).sentence());
    Optional<Integer> cue = Clauses.lastCueVerb(context.finder(), sentence.firstToken(), colon);
    if (cue.isEmpty()) {
      return Optional.empty();
    }
    int cueToken = cue.get();
    Token cueWord = doc.token(cueToken);
    Optional<Candidate> subject =
        Clauses.subjectOf(context.finder(), cueToken, sentence.firstToken());
    return subject.map(mention -> Attribution.withCue(mention, cueWord, name(), CONFIDENCE));
  }
}
