package io.github.quotekit.benchmarks.eval;

import java.util.List;

/**
 * How score.py matched one article on the {@code attributions} track: every gold attribution of
 * the article against the predictions it counts, and the one-to-one matches it chose.
 *
 * @param doc the article; its {@link GoldDocument#attributions()} are the gold units
 * @param preds the predictions counted, in file order
 * @param matches the matches, in the order score.py made them (largest overlap first); {@link
 *     DocumentMatch.Match#gold()} indexes the article's attributions
 */
public record AttributionMatch(
    GoldDocument doc, List<Prediction> preds, List<DocumentMatch.Match> matches) {

  /** Copies the lists. */
  public AttributionMatch {
    preds = List.copyOf(preds);
    matches = List.copyOf(matches);
  }

  /** Returns the match of each gold attribution, by index, null where it has none. */
  public DocumentMatch.Match[] matchesByGold() {
    DocumentMatch.Match[] byGold = new DocumentMatch.Match[golds().size()];
    for (DocumentMatch.Match m : matches) {
      byGold[m.gold()] = m;
    }
    return byGold;
  }

  /** Returns the match of each prediction, by index, null where it has none. */
  public DocumentMatch.Match[] matchesByPred() {
    DocumentMatch.Match[] byPred = new DocumentMatch.Match[preds.size()];
    for (DocumentMatch.Match m : matches) {
      byPred[m.pred()] = m;
    }
    return byPred;
  }

  /** Returns the gold attributions, every one of which the track counts. */
  public List<GoldAttribution> golds() {
    return doc.attributions();
  }
}
