package io.github.quotekit.internal.attribution;

import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.candidate.Candidate;
import io.github.quotekit.internal.candidate.MentionFinder;
import java.util.Set;

/** Small readings of the text between quotations shared by several sieves. */
final class Gaps {
  private static final Set<String> FILLER = Set.of("ADV", "AUX", "PART");

  private Gaps() {}

  /** Returns the first index at or after {@code from} that is no comma or dash. */
  static int skipCommas(AnalyzedText doc, int from, int to) {
    int i = from;
    while (i < to && (doc.token(i).text().equals(",") || doc.token(i).text().equals("—"))) {
      i++;
    }
    return i;
  }

  /** Returns true when {@code [from, to)} holds only adverbs, auxiliaries and particles. */
  static boolean onlyAdverbsAndAuxiliaries(AnalyzedText doc, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!FILLER.contains(doc.token(i).pos())) {
        return false;
      }
    }
    return true;
  }

  /** Returns the mention with the appositive that follows it, if any, as its description. */
  static Candidate withAppositive(MentionFinder finder, Candidate mention, int limit) {
    return finder
        .descriptionAfter(mention, limit)
        .map(appositive -> mention.withDescription(appositive.text()))
        .orElse(mention);
  }
}
