package io.github.quotekit.benchmarks.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The quote metric of the Gender Gap Tracker (GGT), for comparison with its published figures:
 * every gold quote, direct, indirect or mixed, and every part of a quote split by its attribution,
 * is one unit; a predicted quote matches a gold one when it covers more than {@value
 * #MIN_COVERAGE} of the gold quote's characters. Matching is one to one, the gold quotes taken in
 * text order, each with the unused prediction that covers most of it (the earlier on a tie). The
 * speaker of a match is right as on score.py's tracks ({@link Scorer#speakerOk}): a predicted
 * mention that overlaps the gold source, no speaker for a gold quote without source.
 *
 * <p>The gold units are the content spans of the gold {@code attributions}, each on its own, with
 * the quotation marks and spaces at their edges left out as {@link Scorer#trim} leaves them out of
 * predictions; the predictions are those score.py counts. Instances are immutable.
 *
 * @param gold the gold quotes
 * @param predicted the predicted quotes
 * @param matched the matches
 * @param speakerRight the matches whose speaker is right
 */
public record GgtScore(int gold, int predicted, int matched, int speakerRight) {

  /** The share of a gold quote's characters that a prediction must exceed to match it. */
  public static final double MIN_COVERAGE = 0.3;

  /** Scores the predictions against the attributions of the gold articles. */
  public static GgtScore of(List<GoldDocument> gold, Predictions pred) {
    int golds = 0;
    int predicted = 0;
    int matched = 0;
    int speakerRight = 0;
    for (GoldDocument doc : gold) {
      List<Unit> units = units(doc);
      List<Prediction> preds = Scorer.countedPredictions(doc, pred);
      boolean[] used = new boolean[preds.size()];
      for (Unit unit : units) {
        int best = -1;
        long bestOverlap = 0;
        for (int p = 0; p < preds.size(); p++) {
          long overlap = Interval.overlap(unit.span(), preds.get(p).span());
          if (!used[p] && overlap > bestOverlap && overlap > MIN_COVERAGE * unit.span().length()) {
            best = p;
            bestOverlap = overlap;
          }
        }
        if (best >= 0) {
          used[best] = true;
          matched++;
          GoldAttribution source = unit.attribution();
          speakerRight +=
              Scorer.speakerOk(source.source(), source.sourceText(), preds.get(best)) ? 1 : 0;
        }
      }
      golds += units.size();
      predicted += preds.size();
    }
    return new GgtScore(golds, predicted, matched, speakerRight);
  }

  /** The gold quotes of an article in text order: each content span of each attribution. */
  private static List<Unit> units(GoldDocument doc) {
    PyText text = PyText.of(doc.text());
    List<Unit> units = new ArrayList<>();
    for (GoldAttribution attribution : doc.attributions()) {
      for (Interval span : attribution.content()) {
        Interval trimmed = Scorer.trim(text, span);
        if (trimmed.end() > trimmed.begin()) {
          units.add(new Unit(trimmed, attribution));
        }
      }
    }
    units.sort(Comparator.comparingLong((Unit u) -> u.span().begin()));
    return units;
  }

  private record Unit(Interval span, GoldAttribution attribution) {}

  /** Returns matched / predicted, or 0 without predictions. */
  public double precision() {
    return predicted == 0 ? 0 : (double) matched / predicted;
  }

  /** Returns matched / gold, or 0 without gold quotes. */
  public double recall() {
    return gold == 0 ? 0 : (double) matched / gold;
  }

  /** Returns the harmonic mean of precision and recall, or 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Returns speakerRight / matched, or 0 without matches. */
  public double speakerAccuracy() {
    return matched == 0 ? 0 : (double) speakerRight / matched;
  }

  /** Returns the figures as one line, in percent as the GGT publishes them. */
  public String textLine() {
    return String.format(
        Locale.ROOT,
        "GGT-style gold=%d pred=%d matched=%d quote P/R/F1 = %.1f/%.1f/%.1f  speaker acc = %.1f",
        gold, predicted, matched, 100 * precision(), 100 * recall(), 100 * f1(),
        100 * speakerAccuracy());
  }
}
