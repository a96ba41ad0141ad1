package io.github.quotekit.internal.attribution;

import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.analysis.Token;
import io.github.quotekit.internal.candidate.Candidate;
import io.github.quotekit.internal.candidate.MentionFinder;
import java.util.Set;

/** Small readings of the text between quotations shared by several sieves. */
final class Gaps {
  private static final Set<String> FILLER = Set.of("ADV", "AUX", "PART");
  private static final Set<String> MODIFIER = Set.of("ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM");
  private static final int MAX_MODIFIER_TOKENS = 6;

  private Gaps() {}

  /** Returns the first index at or after {@code from} that is no comma or dash. */
  static int skipCommas(AnalyzedText doc, int from, int to) {
    int i = from;
    while (i < to && (doc.token(i).text().equals(",") || doc.token(i).text().equals("—"))) {
      i++;
    }
    return i;
  }

  /**
   * Returns true when {@code [from, to)} may stand between a speaker mention and its verb:
   * adverbs and auxiliaries ("also has"), or a short modifier of the mention ("a voice-over in
   * the ad", "a spokesman for the campaign").
   */
  static boolean mayStandBeforeCue(AnalyzedText doc, int from, int to) {
    if (to - from > MAX_MODIFIER_TOKENS) {
      return false;
    }
    for (int i = from; i < to; i++) {
      Token token = doc.token(i);
      boolean hyphen = token.text().equals("-");
      if (!FILLER.contains(token.pos()) && !MODIFIER.contains(token.pos()) && !hyphen
          || token.quoted()) {
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
