package io.github.quotekit.benchmarks.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Precision and recall on the {@code attributions} track by {@link CueFamily}: which kinds of
 * attribution ("said", "believes", "according to", ...) are found, and how well.
 *
 * <p>The matching is score.py's for the track ({@link Scorer#matchAttributions}), so the families'
 * counts add up to the track's. Recall is counted by the family of the gold attribution's {@code
 * cueText}, precision by the family of the predicted quote's {@code cue.text} (a quote without cue
 * is {@link CueFamily#NO_CUE}): a match between a gold "said" and a predicted "according to"
 * counts toward the recall of speech verbs and the precision of "according to". Content figures
 * count matches; attributed figures count matches whose speaker score.py counts right.
 *
 * <p>Instances are immutable.
 */
public final class CueFamilyReport {

  /**
   * The figures of one family.
   *
   * @param family the family
   * @param gold the gold attributions whose cue is of the family
   * @param goldMatched how many of them a prediction matched
   * @param goldAttributed how many of them a prediction matched with the right speaker
   * @param predictions the predicted quotes whose cue is of the family
   * @param predictionsMatched how many of them matched a gold attribution
   * @param predictionsAttributed how many of them matched one with the right speaker
   */
  public record Row(
      CueFamily family,
      int gold,
      int goldMatched,
      int goldAttributed,
      int predictions,
      int predictionsMatched,
      int predictionsAttributed) {

    /** Returns the share of the family's predictions that matched; NaN when it has none. */
    public double contentPrecision() {
      return ratio(predictionsMatched, predictions);
    }

    /** Returns the share of the family's gold attributions that were matched; NaN for none. */
    public double contentRecall() {
      return ratio(goldMatched, gold);
    }

    /** Returns the share of the family's predictions matched with the right speaker. */
    public double attributedPrecision() {
      return ratio(predictionsAttributed, predictions);
    }

    /** Returns the share of the family's gold attributions matched with the right speaker. */
    public double attributedRecall() {
      return ratio(goldAttributed, gold);
    }

    // NaN, not score.py's 0.0: an empty family has no precision, and the table says so.
    private static double ratio(int part, int whole) {
      return whole > 0 ? (double) part / whole : Double.NaN;
    }
  }

  // One side (gold or predictions) of one family: counted, matched, matched with right speaker.
  private static final class Tally {
    int total;
    int matched;
    int attributed;

    void add(DocumentMatch.Match match) {
      total++;
      matched += match != null ? 1 : 0;
      attributed += match != null && match.speakerOk() ? 1 : 0;
    }
  }

  private final int gold;
  private final int predictions;
  private final List<Row> rows;

  private CueFamilyReport(int gold, int predictions, List<Row> rows) {
    this.gold = gold;
    this.predictions = predictions;
    this.rows = List.copyOf(rows);
  }

  /** Matches the predictions to the gold attributions and counts them by cue family. */
  public static CueFamilyReport of(List<GoldDocument> gold, Predictions pred) {
    return of(Scorer.matchAttributions(gold, pred));
  }

  /** Counts the gold attributions and predictions of matched documents by cue family. */
  public static CueFamilyReport of(List<AttributionMatch> docs) {
    Map<CueFamily, Tally> goldTallies = tallies();
    Map<CueFamily, Tally> predTallies = tallies();
    int gold = 0;
    int predictions = 0;
    for (AttributionMatch d : docs) {
      DocumentMatch.Match[] ofGold = d.matchesByGold();
      DocumentMatch.Match[] ofPred = d.matchesByPred();
      for (int gi = 0; gi < ofGold.length; gi++) {
        goldTallies.get(CueFamily.of(d.golds().get(gi).cueText())).add(ofGold[gi]);
      }
      for (int pi = 0; pi < ofPred.length; pi++) {
        predTallies.get(CueFamily.of(d.preds().get(pi).cue())).add(ofPred[pi]);
      }
      gold += ofGold.length;
      predictions += ofPred.length;
    }
    List<Row> rows = new ArrayList<>();
    for (CueFamily family : CueFamily.values()) {
      Tally g = goldTallies.get(family);
      Tally p = predTallies.get(family);
      if (g.total > 0 || p.total > 0) {
        rows.add(
            new Row(family, g.total, g.matched, g.attributed, p.total, p.matched, p.attributed));
      }
    }
    return new CueFamilyReport(gold, predictions, rows);
  }

  private static Map<CueFamily, Tally> tallies() {
    Map<CueFamily, Tally> tallies = new EnumMap<>(CueFamily.class);
    for (CueFamily family : CueFamily.values()) {
      tallies.put(family, new Tally());
    }
    return tallies;
  }

  /** Returns the number of gold attributions. */
  public int gold() {
    return gold;
  }

  /** Returns the number of predictions counted on the track. */
  public int predictions() {
    return predictions;
  }

  /** Returns a row per family with gold attributions or predictions, in {@link CueFamily} order. */
  public List<Row> rows() {
    return rows;
  }

  /**
   * Returns the report as Markdown, ready to paste: a sentence on what was counted and the table.
   * Ratios have two decimals, rounded as Python rounds them; a ratio over nothing shows {@code —}.
   */
  public String markdown() {
    if (gold == 0) {
      return "Cue families: the gold has no attributions.\n";
    }
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "Cue families on the `attributions` track: %,d gold attributions, %,d predictions;"
                + " recall by the gold's cue, precision by the predicted quote's cue.\n\n",
            gold,
            predictions));
    sb.append("| Cue family | Gold | Quotes | Content P / R | Attributed P / R |\n");
    sb.append("|---|---:|---:|---|---|\n");
    for (Row r : rows) {
      sb.append(
          String.format(
              Locale.ROOT,
              "| %s | %,d | %,d | %s / %s | %s / %s |\n",
              r.family().label(),
              r.gold(),
              r.predictions(),
              figure(r.contentPrecision()),
              figure(r.contentRecall()),
              figure(r.attributedPrecision()),
              figure(r.attributedRecall())));
    }
    return sb.toString();
  }

  private static String figure(double d) {
    return Double.isNaN(d) ? "—" : PyJson.format(d, 2);
  }
}
