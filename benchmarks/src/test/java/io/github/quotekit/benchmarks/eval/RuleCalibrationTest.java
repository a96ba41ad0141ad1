package io.github.quotekit.benchmarks.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.benchmarks.eval.RuleCalibration.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link RuleCalibration} on a made-up article of three attributions and four quotes: one matched
 * with its speaker, one matched with another's, one of another confidence matched with its
 * speaker, one spurious (figures checked by hand).
 */
class RuleCalibrationTest {

  private static RuleCalibration report() {
    List<GoldDocument> gold = GoldDocument.load(Fixtures.path("rules-gold.jsonl"));
    return RuleCalibration.of(gold, Predictions.load(Fixtures.path("rules-pred.jsonl"), gold));
  }

  @Test
  void countsEachRuleAndConfidenceApart() {
    assertThat(report().rows())
        .containsExactly(
            new Row("reported-cue-first", 0.5, 1, 1, 1),
            new Row("reported-cue-first", 0.8, 2, 2, 1),
            new Row("reported-cue-last", 0.6, 1, 0, 0));
  }

  @Test
  void keptSumsTheRowsAtTheThresholdOrAbove() {
    RuleCalibration report = report();

    assertThat(report.kept("reported-", 0.6)).isEqualTo(new Row("reported-*", 0.6, 3, 2, 1));
    assertThat(report.kept("reported-cue-first", 0.0))
        .isEqualTo(new Row("reported-cue-first*", 0.0, 3, 3, 2));
    assertThat(report.markdown())
        .contains("| reported-cue-first | 0.80 | 2 | 2 | 1 | 0.50 |")
        .contains("at confidence >= 0.7: 2 of 4 quotes, attributed precision 0.500 (content 1.000)");
  }

  @Test
  void theRowsAddUpToTheAttributionsTrack() {
    List<GoldDocument> gold = GoldDocument.load(Fixtures.path("rules-gold.jsonl"));
    Predictions pred = Predictions.load(Fixtures.path("rules-pred.jsonl"), gold);
    TrackScore track = Scorer.attributionTrack(gold, pred);

    List<Row> rows = RuleCalibration.of(gold, pred).rows();
    assertThat(rows.stream().mapToInt(Row::quotes).sum()).isEqualTo(track.pred()).isEqualTo(4);
    assertThat(rows.stream().mapToInt(Row::matched).sum()).isEqualTo(track.matched()).isEqualTo(3);
  }
}
