package io.github.quotekit.benchmarks.eval;

import java.util.List;

/**
 * How score.py matched one article on one track: the gold units and predictions it counted and
 * the one-to-one matches it chose. Everything an error report needs is here.
 *
 * @param doc the article
 * @param golds the gold units counted on the track (long enough for it), in file order
 * @param preds the predictions counted, in file order
 * @param matches the matches, in the order score.py made them (largest overlap first)
 */
public record DocumentMatch(
    GoldDocument doc, List<GoldQuote> golds, List<Prediction> preds, List<Match> matches) {

  /** Copies the lists. */
  public DocumentMatch {
    golds = List.copyOf(golds);
    preds = List.copyOf(preds);
    matches = List.copyOf(matches);
  }

  /** Returns the match of gold unit {@code gold}, or null when it was missed. */
  public Match matchOfGold(int gold) {
    return matches.stream().filter(m -> m.gold() == gold).findFirst().orElse(null);
  }

  /** Returns the match of prediction {@code pred}, or null when it is spurious. */
  public Match matchOfPred(int pred) {
    return matches.stream().filter(m -> m.pred() == pred).findFirst().orElse(null);
  }

  /**
   * One gold unit matched to one prediction.
   *
   * @param gold index into {@link #golds()}
   * @param pred index into {@link #preds()}
   * @param overlap the shared length
   * @param speakerOk whether score.py counts the speaker right
   */
  public record Match(int gold, int pred, long overlap, boolean speakerOk) {}
}
