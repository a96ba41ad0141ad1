package io.github.quotekit.benchmarks.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How well each rule's confidences are calibrated on the {@code attributions} track: for every
 * rule and confidence value, how many of its quotes score.py counts and the share of them it
 * matches one to one with the right speaker. A reported-speech rule's confidence is meant to be
 * that share on PolNeAR train, so the two columns should agree there.
 *
 * <pre>{@code
 * RuleCalibration report = RuleCalibration.of(gold, predictions);
 * System.out.print(report.markdown());
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RuleCalibration {

  /**
   * The quotes of one rule with one confidence.
   *
   * @param rule the rule's name, empty when the prediction has none
   * @param confidence the confidence, or null when the prediction has none
   * @param quotes the quotes the track counts
   * @param matched those matched to a gold attribution
   * @param attributed those matched with the right speaker
   */
  public record Row(String rule, Double confidence, int quotes, int matched, int attributed) {
    /** Returns attributed over quotes. */
    public double attributedShare() {
      return (double) attributed / quotes;
    }
  }

  private final List<Row> rows;

  private RuleCalibration(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  /** Matches the predictions to the gold attributions and counts them by rule and confidence. */
  public static RuleCalibration of(List<GoldDocument> gold, Predictions pred) {
    return of(Scorer.matchAttributions(gold, pred));
  }

  /** Counts the predictions of matched documents by rule and confidence. */
  public static RuleCalibration of(List<AttributionMatch> docs) {
    Map<String, Map<Double, int[]>> counts = new TreeMap<>();
    for (AttributionMatch d : docs) {
      DocumentMatch.Match[] ofPred = d.matchesByPred();
      for (int pi = 0; pi < ofPred.length; pi++) {
        Prediction p = d.preds().get(pi);
        int[] c =
            counts
                .computeIfAbsent(
                    Objects.requireNonNullElse(p.rule(), ""),
                    k -> new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder())))
                .computeIfAbsent(p.confidence(), k -> new int[3]);
        c[0]++;
        c[1] += ofPred[pi] != null ? 1 : 0;
        c[2] += ofPred[pi] != null && ofPred[pi].speakerOk() ? 1 : 0;
      }
    }
    List<Row> rows = new ArrayList<>();
    counts.forEach(
        (rule, byConfidence) ->
            byConfidence.forEach(
                (confidence, c) -> rows.add(new Row(rule, confidence, c[0], c[1], c[2]))));
    return new RuleCalibration(rows);
  }

  /** Returns the rows, by rule name, then confidence. */
  public List<Row> rows() {
    return rows;
  }

  /**
   * Returns the rows of the rules whose names start with {@code prefix} at {@code threshold} or
   * above, summed: the quotes {@code minConfidence(threshold)} keeps of them.
   */
  public Row kept(String prefix, double threshold) {
    int quotes = 0;
    int matched = 0;
    int attributed = 0;
    for (Row r : rows) {
      if (r.rule().startsWith(prefix) && r.confidence() != null && r.confidence() >= threshold) {
        quotes += r.quotes();
        matched += r.matched();
        attributed += r.attributed();
      }
    }
    return new Row(prefix + "*", threshold, quotes, matched, attributed);
  }

  /** Returns the report as a Markdown table, then the reported-speech rules kept at 0.7. */
  public String markdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("Confidence by rule on the `attributions` track: the share of each rule's quotes")
        .append(" matched with the right speaker.\n\n");
    sb.append("| Rule | Confidence | Quotes | Matched | Matched, right speaker | Share |\n");
    sb.append("|:-----|-----------:|-------:|--------:|-----------------------:|------:|\n");
    for (Row r : rows) {
      sb.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %d | %d | %d | %.2f |%n",
              r.rule().isEmpty() ? "(none)" : r.rule(),
              r.confidence() == null ? "-" : String.format(Locale.ROOT, "%.2f", r.confidence()),
              r.quotes(),
              r.matched(),
              r.attributed(),
              r.attributedShare()));
    }
    Row kept = kept("reported-", 0.7);
    Row all = kept("reported-", 0.0);
    sb.append(
        String.format(
            Locale.ROOT,
            "%nReported-speech rules at confidence >= 0.7: %d of %d quotes, attributed precision"
                + " %.3f (content %.3f); all of them %.3f (%.3f)%n",
            kept.quotes(),
            all.quotes(),
            (double) kept.attributed() / kept.quotes(),
            (double) kept.matched() / kept.quotes(),
            (double) all.attributed() / all.quotes(),
            (double) all.matched() / all.quotes()));
    return sb.toString();
  }
}
