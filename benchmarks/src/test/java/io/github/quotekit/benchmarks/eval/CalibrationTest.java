package io.github.quotekit.benchmarks.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.quotekit.benchmarks.eval.Calibration.Bin;
import io.github.quotekit.benchmarks.eval.Calibration.Outcome;
import io.github.quotekit.benchmarks.eval.Calibration.Threshold;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Calibration} on hand-computed outcomes, and through the Scorer on a tiny fixture. */
class CalibrationTest {

  private static final String GOLD = "calibration-gold.json";
  private static final String PRED = "calibration-pred.json";

  private static List<Outcome> outcomes(double confidence, int correct, int wrong) {
    List<Outcome> out = new ArrayList<>();
    for (int i = 0; i < correct; i++) {
      out.add(new Outcome(confidence, true));
    }
    for (int i = 0; i < wrong; i++) {
      out.add(new Outcome(confidence, false));
    }
    return out;
  }

  @Test
  void perfectlyCalibratedOutcomesHaveNoCalibrationError() {
    // Binary fractions, so that every mean and accuracy is exact.
    List<Outcome> outcomes = new ArrayList<>();
    outcomes.addAll(outcomes(0.0, 0, 2));
    outcomes.addAll(outcomes(0.25, 1, 3));
    outcomes.addAll(outcomes(0.75, 3, 1));
    outcomes.addAll(outcomes(1.0, 2, 0));

    Calibration c = Calibration.of(outcomes, 12);

    assertThat(c.ece()).isEqualTo(0.0);
    assertThat(c.bins().get(0)).isEqualTo(new Bin(0.0, 0.1, 2, 0, 0.0, 0.0));
    assertThat(c.bins().get(2)).isEqualTo(new Bin(0.2, 0.3, 4, 1, 0.25, 0.25));
    assertThat(c.bins().get(7)).isEqualTo(new Bin(0.7, 0.8, 4, 3, 0.75, 0.75));
    assertThat(c.bins().get(9)).isEqualTo(new Bin(0.9, 1.0, 2, 2, 1.0, 1.0));
    assertThat(c.bins().get(5).count()).isZero();
    assertThat(c.bins().get(5).meanConfidence()).isNaN();
    assertThat(c.bins().get(5).accuracy()).isNaN();
  }

  @Test
  void miscalibratedOutcomesHaveTheHandComputedError() {
    // [0.9, 1.0]: 0.92 right, 0.98 wrong    -> conf 0.95, acc 0.5, gap 0.45, weight 2/10
    // [0.6, 0.7): 0.62, 0.65, 0.68 all right -> conf 0.65, acc 1.0, gap 0.35, weight 3/10
    // [0.3, 0.4): five times 0.3, all wrong  -> conf 0.30, acc 0.0, gap 0.30, weight 5/10
    // ECE = 0.2 * 0.45 + 0.3 * 0.35 + 0.5 * 0.3 = 0.09 + 0.105 + 0.15 = 0.345
    List<Outcome> outcomes = new ArrayList<>();
    outcomes.add(new Outcome(0.92, true));
    outcomes.add(new Outcome(0.98, false));
    outcomes.add(new Outcome(0.62, true));
    outcomes.add(new Outcome(0.65, true));
    outcomes.add(new Outcome(0.68, true));
    outcomes.addAll(outcomes(0.3, 0, 5));

    Calibration c = Calibration.of(outcomes, 8);

    assertThat(c.ece()).isCloseTo(0.345, within(1e-12));
    assertThat(c.bins().get(9).count()).isEqualTo(2);
    assertThat(c.bins().get(9).meanConfidence()).isCloseTo(0.95, within(1e-12));
    assertThat(c.bins().get(9).accuracy()).isEqualTo(0.5);
    assertThat(c.bins().get(6).count()).isEqualTo(3);
    assertThat(c.bins().get(6).meanConfidence()).isCloseTo(0.65, within(1e-12));
    assertThat(c.bins().get(6).accuracy()).isEqualTo(1.0);
    assertThat(c.bins().get(3).count()).isEqualTo(5);
    assertThat(c.bins().get(3).accuracy()).isEqualTo(0.0);
    assertThat(c.bins().stream().mapToInt(Bin::count).sum()).isEqualTo(10);

    // Kept at >= t, correct among them; precision = correct / kept, recall = correct / 8.
    assertThat(c.all()).isEqualTo(new Threshold(null, 10, 4, 0.4, 0.5));
    assertThat(c.thresholds())
        .containsExactly(
            new Threshold(0.5, 5, 4, 0.8, 0.5),
            new Threshold(0.6, 5, 4, 0.8, 0.5),
            new Threshold(0.7, 2, 1, 0.5, 0.125),
            new Threshold(0.8, 2, 1, 0.5, 0.125),
            new Threshold(0.85, 2, 1, 0.5, 0.125),
            new Threshold(0.9, 2, 1, 0.5, 0.125),
            new Threshold(0.95, 1, 0, 0.0, 0.0));
  }

  @Test
  void binEdgesBelongToTheUpperBinAndOneToTheLast() {
    assertThat(Calibration.bin(0.0)).isZero();
    assertThat(Calibration.bin(0.0999)).isZero();
    assertThat(Calibration.bin(0.1)).isEqualTo(1);
    assertThat(Calibration.bin(0.8999)).isEqualTo(8);
    assertThat(Calibration.bin(0.9)).isEqualTo(9);
    assertThat(Calibration.bin(1.0)).isEqualTo(9);
    // Every decimal edge, as JSON decodes it, opens its own bin (0.3 * 10 and 0.7 * 10 are not
    // whole numbers in binary, so a floor of confidence * 10 would be fragile).
    for (int b = 1; b < 10; b++) {
      assertThat(Calibration.bin(Double.parseDouble("0." + b))).as("0.%d", b).isEqualTo(b);
      assertThat(Calibration.bin(Math.nextDown(Double.parseDouble("0." + b)))).isEqualTo(b - 1);
    }

    Calibration c =
        Calibration.of(
            List.of(new Outcome(1.0, true), new Outcome(0.1, false), new Outcome(0.0, false)), 3);
    assertThat(c.bins().get(9).count()).isEqualTo(1);
    assertThat(c.bins().get(1).count()).isEqualTo(1);
    assertThat(c.bins().get(0).count()).isEqualTo(1);
  }

  @Test
  void thresholdsKeepConfidencesEqualToThemAndLeaveOutMissingOnes() {
    List<Outcome> outcomes =
        List.of(
            new Outcome(0.85, true),
            new Outcome(0.84, false),
            new Outcome(0.5, true),
            new Outcome(0.49, true),
            new Outcome(null, false));

    Calibration c = Calibration.of(outcomes, 5);

    assertThat(c.predictions()).isEqualTo(5);
    assertThat(c.withoutConfidence()).isEqualTo(1);
    assertThat(c.bins().stream().mapToInt(Bin::count).sum()).isEqualTo(4);
    assertThat(c.all()).isEqualTo(new Threshold(null, 5, 3, 0.6, 0.6));
    assertThat(c.thresholds().get(0)).isEqualTo(new Threshold(0.5, 3, 2, 2.0 / 3, 0.4));
    assertThat(c.thresholds().get(3)).isEqualTo(new Threshold(0.8, 2, 1, 0.5, 0.2));
    assertThat(c.thresholds().get(4)).isEqualTo(new Threshold(0.85, 1, 1, 1.0, 0.2));
    // Nothing kept: precision 0.0, as score.py reports an empty denominator.
    assertThat(c.thresholds().get(5)).isEqualTo(new Threshold(0.9, 0, 0, 0.0, 0.0));
  }

  @Test
  void noPredictionsGiveZeros() {
    Calibration c = Calibration.of(List.of(), 3);

    assertThat(c.ece()).isEqualTo(0.0);
    assertThat(c.all()).isEqualTo(new Threshold(null, 0, 0, 0.0, 0.0));
    assertThat(c.markdown()).contains("| [0.9, 1.0] | 0 | - | - |").contains("ECE = 0.000");
  }

  @Test
  void rejectsConfidencesOutsideTheUnitInterval() {
    for (double bad : new double[] {-0.01, 1.0001, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> Calibration.of(List.of(new Outcome(bad, true)), 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("confidence outside [0, 1]");
    }
  }

  @Test
  void throughTheScorerCorrectMeansMatchedWithTheRightSpeaker() {
    // Gold: four units. Predictions, in file order:
    //   0.9  unit 1, mention on its source            -> correct
    //   0.8  unit 2, mention on another speaker       -> matched, wrong speaker
    //   0.3  "Bob Ray said", no gold unit              -> spurious
    //   1.0  unit 3, no mention, name shares "Critics" -> correct
    //   two quotes score.py drops (no span; empty after trimming), not counted
    //   none unit 1 again, shorter: loses the match   -> spurious, without confidence
    // Unit 4 is missed.
    var gold = GoldDocument.load(Fixtures.path(GOLD));
    var pred = Predictions.load(Fixtures.path(PRED), gold);
    TrackScore all = Scorer.score(gold, pred).track("all");

    List<Outcome> outcomes = Calibration.outcomes(Scorer.match(gold, pred, 0));
    Calibration c = Calibration.of(gold, pred);

    assertThat(outcomes)
        .containsExactly(
            new Outcome(0.9, true),
            new Outcome(0.8, false),
            new Outcome(0.3, false),
            new Outcome(1.0, true),
            new Outcome(null, false));
    assertThat(c.gold()).isEqualTo(all.gold()).isEqualTo(4);
    assertThat(c.predictions()).isEqualTo(all.pred()).isEqualTo(5);
    assertThat(c.all().precision()).isEqualTo(all.attrP()).isEqualTo(0.4);
    assertThat(c.all().recall()).isEqualTo(all.attrR()).isEqualTo(0.5);
    // N = 4 with a confidence: 2/4 * |1 - 0.95| + 1/4 * |0 - 0.8| + 1/4 * |0 - 0.3| = 0.3
    assertThat(c.ece()).isCloseTo(0.3, within(1e-12));
    assertThat(c.markdown())
        .isEqualTo(
            "Calibration on the `all` track: 5 predictions, 4 gold units; a prediction is correct"
                + " when it matches a gold unit with the right speaker.\n"
                + "1 prediction without a confidence is left out of the bins, the ECE and the"
                + " thresholds.\n"
                + "\n"
                + "| Confidence | Predictions | Mean confidence | Accuracy |\n"
                + "|:-----------|------------:|----------------:|---------:|\n"
                + "| [0.0, 0.1) | 0 | - | - |\n"
                + "| [0.1, 0.2) | 0 | - | - |\n"
                + "| [0.2, 0.3) | 0 | - | - |\n"
                + "| [0.3, 0.4) | 1 | 0.300 | 0.000 |\n"
                + "| [0.4, 0.5) | 0 | - | - |\n"
                + "| [0.5, 0.6) | 0 | - | - |\n"
                + "| [0.6, 0.7) | 0 | - | - |\n"
                + "| [0.7, 0.8) | 0 | - | - |\n"
                + "| [0.8, 0.9) | 1 | 0.800 | 0.000 |\n"
                + "| [0.9, 1.0] | 2 | 0.950 | 1.000 |\n"
                + "\n"
                + "ECE = 0.300\n"
                + "\n"
                + "| Confidence ≥ | Predictions | Attributed P | Attributed R |\n"
                + "|:-------------|------------:|-------------:|-------------:|\n"
                + "| (all) | 5 | 0.400 | 0.500 |\n"
                + "| 0.50 | 3 | 0.667 | 0.500 |\n"
                + "| 0.60 | 3 | 0.667 | 0.500 |\n"
                + "| 0.70 | 3 | 0.667 | 0.500 |\n"
                + "| 0.80 | 3 | 0.667 | 0.500 |\n"
                + "| 0.85 | 2 | 1.000 | 0.500 |\n"
                + "| 0.90 | 2 | 1.000 | 0.500 |\n"
                + "| 0.95 | 1 | 1.000 | 0.250 |\n");
  }

  @Test
  void readingConfidencesLeavesEveryScoreUnchanged() {
    // The fixture predictions carry no confidence; the scores are still score.py's.
    assertThat(Fixtures.score(Fixtures.GOLD, Fixtures.PRED).text())
        .isEqualTo(Fixtures.read("score-py.txt"));
    var gold = GoldDocument.load(Fixtures.path(Fixtures.GOLD));
    Calibration c = Calibration.of(gold, Predictions.load(Fixtures.path(Fixtures.PRED), gold));
    assertThat(c.withoutConfidence()).isEqualTo(c.predictions());
    assertThat(c.thresholds()).allSatisfy(t -> assertThat(t.kept()).isZero());
  }
}
