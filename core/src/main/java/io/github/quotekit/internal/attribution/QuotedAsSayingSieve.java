package io.github.quotekit.internal.attribution;

import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.candidate.Candidate;
import java.util.Optional;

/**
 * China's Foreign Ministry quoted Xi as telling Trump that “…” — the words belong to the person
 * quoted, not to the one who quotes.
 */
public final class QuotedAsSayingSieve implements AttributionSieve {
  /** Too rare on the PolNeAR train split to measure; an estimate (README, "Confidence"). */
  private static final double CONFIDENCE = 0.85;

  @Override
  public String name() {
    return "quoted-as-saying";
  }

  @Override
  public Optional<Attribution> attribute(QuoteContext context) {
    AnalyzedText doc = context.doc();
    int end = context.leftGapEnd();
    for (int i = context.leftGapStart(); i < end; i++) {
      String lemma = doc.token(i).lemma();
      if (!(lemma.equals("quote") || lemma.equals("cite")) || doc.token(i).quoted()) {
        continue;
      }
      Optional<Candidate> quoted = context.finder().startingAt(i + 1, end);
      if (quoted.isEmpty()) {
        continue;
      }
      int as = quoted.get().endToken();
      if (as + 1 < end
          && doc.token(as).lower().equals("as")
          && Clauses.isCueVerb(context.finder(), doc.token(as + 1))) {
        return Optional.of(
            Attribution.withCue(quoted.get(), doc.token(as + 1), name(), CONFIDENCE));
      }
      context.reject(quoted.get(), "quoted, but not “as” and a cue verb after it");
    }
    return Optional.empty();
  }
}
