package io.github.quotekit.internal.attribution;

import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.analysis.Token;
import io.github.quotekit.internal.candidate.Candidate;
import io.github.quotekit.MentionKind;
import java.util.Optional;
import java.util.Set;

/** “…” — Sonya Herridge: a quotation signed off with a dash and a name. */
public final class DashSignOffSieve implements AttributionSieve {
  /** Too rare on the PolNeAR train split to measure; an estimate (README, "Confidence"). */
  private static final double CONFIDENCE = 0.85;
  private static final Set<String> DASHES = Set.of("—", "–", "-", "--", "―");

  @Override
  public String name() {
    return "dash-sign-off";
  }

  @Override
  public Optional<Attribution> attribute(QuoteContext context) {
    AnalyzedText doc = context.doc();
    int dash = context.rightGapStart();
    int end = context.rightGapEnd();
    if (dash >= end || !DASHES.contains(doc.token(dash).text())) {
      return Optional.empty();
    }
    Optional<Candidate> name = context.finder().startingAt(dash + 1, end);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    if (name.get().kind() != MentionKind.NAME) {
      context.reject(name.get(), "a sign-off gives a name, not a pronoun or a noun phrase");
      return Optional.empty();
    }
    if (!endsGap(doc, name.get(), end)) {
      context.reject(name.get(), "more words follow the name after the dash");
      return Optional.empty();
    }
    return Optional.of(new Attribution(name.get(), Optional.empty(), name(), CONFIDENCE));
  }

  /** The name must close the gap: nothing but punctuation may follow it. */
  private static boolean endsGap(AnalyzedText doc, Candidate name, int end) {
    for (int i = name.endToken(); i < end; i++) {
      Token token = doc.token(i);
      if (!token.isPunctuation()) {
        return false;
      }
    }
    return true;
  }
}
