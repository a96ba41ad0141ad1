package io.github.quotekit.benchmarks.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How well the {@code confidence} of the predictions tells right from wrong, on the {@code all}
 * track with score.py's matching.
 *
 * <p>A prediction is <em>correct</em> when it matches a gold unit and score.py counts its speaker
 * right, which is exactly what counts toward score.py's attributed precision; an unmatched
 * prediction is incorrect. The predictions are those score.py counts (a readable span, not empty
 * after trimming). From the (confidence, correct) pairs come:
 *
 * <ul>
 *   <li>a reliability table over {@value #BINS} equal-width bins {@code [0, 0.1)}, {@code [0.1,
 *       0.2)}, ..., {@code [0.9, 1.0]} (the last one closed): the number of predictions, their mean
 *       confidence and their accuracy (the share that is correct);
 *   <li>the expected calibration error, {@code ECE = Σ n_b / N · |acc_b − conf_b|} over the bins;
 *   <li>for each threshold {@code t} of {@link #THRESHOLDS}, the predictions with {@code
 *       confidence ≥ t}: how many, their attributed precision (correct / kept) and attributed
 *       recall (correct / gold units of the track).
 * </ul>
 *
 * <p>A bin's lower edge is the {@code double} nearest {@code b / 10}, the same value a JSON
 * {@code 0.1}, {@code 0.2}, ... decodes to, so a confidence written as {@code 0.1} falls in the
 * second bin. Predictions without a numeric confidence are left out of the bins and the ECE and
 * never pass a threshold, but they still count as predictions in the {@link #all()} row, whose
 * precision and recall are therefore score.py's attributed precision and recall. A confidence
 * outside {@code [0, 1]} is rejected.
 *
 * <p>Instances are immutable.
 */
public final class Calibration {

  /** The number of equal-width confidence bins. */
  public static final int BINS = 10;

  /** The confidence thresholds of {@link #thresholds()}. */
  public static final List<Double> THRESHOLDS = List.of(0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95);

  /**
   * What became of one prediction.
   *
   * @param confidence its confidence, or null when it has none
   * @param correct whether it matched a gold unit with the right speaker
   */
  public record Outcome(Double confidence, boolean correct) {}

  /**
   * One bin of the reliability table.
   *
   * @param lower the lowest confidence in the bin (included)
   * @param upper the upper edge (excluded, except 1.0 in the last bin)
   * @param count the predictions whose confidence falls in the bin
   * @param correct how many of them are correct
   * @param meanConfidence their mean confidence; NaN for an empty bin
   * @param accuracy {@code correct / count}; NaN for an empty bin
   */
  public record Bin(
      double lower, double upper, int count, int correct, double meanConfidence, double accuracy) {}

  /**
   * The predictions kept at a confidence threshold.
   *
   * @param threshold the threshold (predictions with {@code confidence ≥ threshold} are kept), or
   *     null for the row of every prediction
   * @param kept the predictions kept
   * @param correct how many of them are correct
   * @param precision {@code correct / kept}, 0.0 when none is kept (score.py's convention)
   * @param recall {@code correct / gold}, 0.0 when there is no gold unit
   */
  public record Threshold(
      Double threshold, int kept, int correct, double precision, double recall) {

    static Threshold of(Double threshold, int kept, int correct, int gold) {
      return new Threshold(
          threshold,
          kept,
          correct,
          kept > 0 ? (double) correct / kept : 0.0,
          gold > 0 ? (double) correct / gold : 0.0);
    }
  }

  private final int gold;
  private final int predictions;
  private final int withoutConfidence;
  private final List<Bin> bins;
  private final double ece;
  private final Threshold all;
  private final List<Threshold> thresholds;

  private Calibration(
      int gold,
      int predictions,
      int withoutConfidence,
      List<Bin> bins,
      double ece,
      Threshold all,
      List<Threshold> thresholds) {
    this.gold = gold;
    this.predictions = predictions;
    this.withoutConfidence = withoutConfidence;
    this.bins = List.copyOf(bins);
    this.ece = ece;
    this.all = all;
    this.thresholds = List.copyOf(thresholds);
  }

  /** Matches the predictions to the gold on the {@code all} track and calibrates them. */
  public static Calibration of(List<GoldDocument> gold, Predictions pred) {
    return of(Scorer.match(gold, pred, 0));
  }

  /**
   * Calibrates the predictions of matched documents, usually {@code Scorer.match(gold, pred, 0)}.
   */
  public static Calibration of(List<DocumentMatch> docs) {
    int gold = docs.stream().mapToInt(d -> d.golds().size()).sum();
    return of(outcomes(docs), gold);
  }

  /**
   * Returns the outcome of every prediction of the documents, in document and file order: correct
   * when it is matched and score.py counts its speaker right.
   */
  public static List<Outcome> outcomes(List<DocumentMatch> docs) {
    List<Outcome> out = new ArrayList<>();
    for (DocumentMatch d : docs) {
      for (int pi = 0; pi < d.preds().size(); pi++) {
        DocumentMatch.Match m = d.matchOfPred(pi);
        out.add(new Outcome(d.preds().get(pi).confidence(), m != null && m.speakerOk()));
      }
    }
    return out;
  }

  /**
   * Calibrates outcomes against {@code gold} gold units.
   *
   * @throws IllegalArgumentException when a confidence is outside {@code [0, 1]} or NaN, or {@code
   *     gold} is negative
   */
  public static Calibration of(List<Outcome> outcomes, int gold) {
    if (gold < 0) {
      throw new IllegalArgumentException("negative number of gold units: " + gold);
    }
    int[] count = new int[BINS];
    int[] correct = new int[BINS];
    double[] confidenceSum = new double[BINS];
    int withoutConfidence = 0;
    int allCorrect = 0;
    int[] kept = new int[THRESHOLDS.size()];
    int[] keptCorrect = new int[THRESHOLDS.size()];
    for (Outcome o : outcomes) {
      allCorrect += o.correct() ? 1 : 0;
      Double c = o.confidence();
      if (c == null) {
        withoutConfidence++;
        continue;
      }
      if (!(c >= 0.0 && c <= 1.0)) {
        throw new IllegalArgumentException("confidence outside [0, 1]: " + c);
      }
      int b = bin(c);
      count[b]++;
      correct[b] += o.correct() ? 1 : 0;
      confidenceSum[b] += c;
      for (int t = 0; t < THRESHOLDS.size(); t++) {
        if (c >= THRESHOLDS.get(t)) {
          kept[t]++;
          keptCorrect[t] += o.correct() ? 1 : 0;
        }
      }
    }
    int n = outcomes.size() - withoutConfidence;
    List<Bin> bins = new ArrayList<>(BINS);
    double ece = 0.0;
    for (int b = 0; b < BINS; b++) {
      double mean = count[b] > 0 ? confidenceSum[b] / count[b] : Double.NaN;
      double accuracy = count[b] > 0 ? (double) correct[b] / count[b] : Double.NaN;
      bins.add(new Bin(b / 10.0, (b + 1) / 10.0, count[b], correct[b], mean, accuracy));
      if (count[b] > 0) {
        ece += (double) count[b] / n * Math.abs(accuracy - mean);
      }
    }
    List<Threshold> thresholds = new ArrayList<>(THRESHOLDS.size());
    for (int t = 0; t < THRESHOLDS.size(); t++) {
      thresholds.add(Threshold.of(THRESHOLDS.get(t), kept[t], keptCorrect[t], gold));
    }
    return new Calibration(
        gold,
        outcomes.size(),
        withoutConfidence,
        bins,
        ece,
        Threshold.of(null, outcomes.size(), allCorrect, gold),
        thresholds);
  }

  /**
   * Returns the bin of a confidence in {@code [0, 1]}: the last bin whose lower edge, the double
   * nearest {@code b / 10}, is at most {@code confidence}; 1.0 falls in the last bin.
   */
  static int bin(double confidence) {
    int b = 0;
    while (b + 1 < BINS && confidence >= (b + 1) / 10.0) {
      b++;
    }
    return b;
  }

  /** Returns the gold units of the track. */
  public int gold() {
    return gold;
  }

  /** Returns the predictions counted, with or without confidence. */
  public int predictions() {
    return predictions;
  }

  /** Returns the predictions without a numeric confidence (left out of bins and thresholds). */
  public int withoutConfidence() {
    return withoutConfidence;
  }

  /** Returns the {@value #BINS} bins of the reliability table, lowest first. */
  public List<Bin> bins() {
    return bins;
  }

  /**
   * Returns the expected calibration error over the predictions with a confidence; 0.0 when there
   * are none.
   */
  public double ece() {
    return ece;
  }

  /**
   * Returns the row of every prediction (threshold null): its precision and recall are score.py's
   * attributed precision and recall on the track.
   */
  public Threshold all() {
    return all;
  }

  /** Returns one row per threshold of {@link #THRESHOLDS}, in that order. */
  public List<Threshold> thresholds() {
    return thresholds;
  }

  /**
   * Returns the report as Markdown, ready to paste: a sentence on what was counted, the
   * reliability table, the ECE, and the threshold table. Figures have three decimals, rounded as
   * score.py rounds them; an empty bin shows {@code -}.
   */
  public String markdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("Calibration on the `all` track: ")
        .append(predictions)
        .append(" predictions, ")
        .append(gold)
        .append(" gold units; a prediction is correct when it matches a gold unit with the right")
        .append(" speaker.\n");
    if (withoutConfidence > 0) {
      sb.append(withoutConfidence)
          .append(
              withoutConfidence == 1
                  ? " prediction without a confidence is"
                  : " predictions without a confidence are")
          .append(" left out of the bins, the ECE and the thresholds.\n");
    }
    sb.append('\n');
    sb.append("| Confidence | Predictions | Mean confidence | Accuracy |\n");
    sb.append("|:-----------|------------:|----------------:|---------:|\n");
    for (int b = 0; b < BINS; b++) {
      Bin bin = bins.get(b);
      sb.append(
              String.format(
                  Locale.ROOT,
                  "| [%.1f, %.1f%s | ",
                  bin.lower(),
                  bin.upper(),
                  b == BINS - 1 ? "]" : ")"))
          .append(bin.count())
          .append(" | ")
          .append(figure(bin.meanConfidence()))
          .append(" | ")
          .append(figure(bin.accuracy()))
          .append(" |\n");
    }
    sb.append('\n');
    sb.append("ECE = ").append(figure(ece)).append('\n');
    sb.append('\n');
    sb.append("| Confidence ≥ | Predictions | Attributed P | Attributed R |\n");
    sb.append("|:-------------|------------:|-------------:|-------------:|\n");
    row(sb, "(all)", all);
    for (Threshold t : thresholds) {
      row(sb, String.format(Locale.ROOT, "%.2f", t.threshold()), t);
    }
    return sb.toString();
  }

  private static void row(StringBuilder sb, String label, Threshold t) {
    sb.append("| ")
        .append(label)
        .append(" | ")
        .append(t.kept())
        .append(" | ")
        .append(figure(t.precision()))
        .append(" | ")
        .append(figure(t.recall()))
        .append(" |\n");
  }

  private static String figure(double d) {
    return Double.isNaN(d) ? "-" : PyJson.format3(d);
  }
}
