package io.github.quotekit.benchmarks.eval;

import static io.github.quotekit.benchmarks.eval.CueFamily.ACCORDING_TO;
import static io.github.quotekit.benchmarks.eval.CueFamily.BELIEF;
import static io.github.quotekit.benchmarks.eval.CueFamily.FINDINGS;
import static io.github.quotekit.benchmarks.eval.CueFamily.NO_CUE;
import static io.github.quotekit.benchmarks.eval.CueFamily.OTHER;
import static io.github.quotekit.benchmarks.eval.CueFamily.PUNCTUATION;
import static io.github.quotekit.benchmarks.eval.CueFamily.SPEECH_VERBS;
import static io.github.quotekit.benchmarks.eval.CueFamily.STANCE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.benchmarks.eval.CueFamilyReport.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link CueFamilyReport} on a made-up article with one attribution of every family (figures
 * checked by hand and with the scratch script families.py).
 */
class CueFamilyReportTest {

  private static final String GOLD = "families-gold.jsonl";
  private static final String PRED = "families-pred.jsonl";

  private static CueFamilyReport report() {
    List<GoldDocument> gold = GoldDocument.load(Fixtures.path(GOLD));
    return CueFamilyReport.of(gold, Predictions.load(Fixtures.path(PRED), gold));
  }

  private static Row row(CueFamilyReport report, CueFamily family) {
    return report.rows().stream().filter(r -> r.family() == family).findFirst().orElseThrow();
  }

  @Test
  void countsEachSideByItsOwnCue() {
    CueFamilyReport report = report();

    // A gold "said" missed, two matched with the right speaker; the "said" quote of the
    // nominal cue's content counts here, and the quote that trims to nothing is not counted.
    assertThat(row(report, SPEECH_VERBS)).isEqualTo(new Row(SPEECH_VERBS, 3, 2, 2, 2, 2, 2));
    // Matched, but the mention is elsewhere / missing.
    assertThat(row(report, BELIEF)).isEqualTo(new Row(BELIEF, 1, 1, 0, 1, 1, 0));
    assertThat(row(report, FINDINGS)).isEqualTo(new Row(FINDINGS, 1, 1, 0, 1, 1, 0));
    // The gold denial is missed, the "warned" quote is spurious.
    assertThat(row(report, STANCE)).isEqualTo(new Row(STANCE, 1, 0, 0, 1, 0, 0));
    assertThat(row(report, ACCORDING_TO)).isEqualTo(new Row(ACCORDING_TO, 1, 1, 1, 1, 1, 1));
    // Matched by the "said" quote: no source in gold, no speaker predicted.
    assertThat(row(report, OTHER)).isEqualTo(new Row(OTHER, 1, 1, 1, 0, 0, 0));
    assertThat(row(report, PUNCTUATION)).isEqualTo(new Row(PUNCTUATION, 1, 0, 0, 0, 0, 0));
    assertThat(row(report, NO_CUE)).isEqualTo(new Row(NO_CUE, 0, 0, 0, 1, 1, 1));
    assertThat(report.rows()).extracting(Row::family).containsExactly(CueFamily.values());
  }

  @Test
  void theFamiliesAddUpToTheAttributionsTrack() {
    List<GoldDocument> gold = GoldDocument.load(Fixtures.path(GOLD));
    Predictions pred = Predictions.load(Fixtures.path(PRED), gold);
    CueFamilyReport report = CueFamilyReport.of(gold, pred);
    TrackScore track = Scorer.attributionTrack(gold, pred);

    assertThat(report.gold()).isEqualTo(track.gold()).isEqualTo(9);
    assertThat(report.predictions()).isEqualTo(track.pred()).isEqualTo(7);
    assertThat(report.rows().stream().mapToInt(Row::goldMatched).sum()).isEqualTo(track.matched());
    assertThat(report.rows().stream().mapToInt(Row::predictionsAttributed).sum())
        .isEqualTo(report.rows().stream().mapToInt(Row::goldAttributed).sum())
        .isEqualTo(4);
  }

  @Test
  void ratiosOverNothingAreUndefined() {
    Row other = row(report(), OTHER);

    assertThat(other.contentRecall()).isEqualTo(1.0);
    assertThat(other.contentPrecision()).isNaN();
    assertThat(other.attributedPrecision()).isNaN();
    Row speech = row(report(), SPEECH_VERBS);
    assertThat(speech.contentRecall()).isEqualTo(2.0 / 3);
    assertThat(speech.attributedPrecision()).isEqualTo(1.0);
  }

  @Test
  void printsAMarkdownTable() {
    assertThat(report().markdown())
        .isEqualTo(
            "Cue families on the `attributions` track: 9 gold attributions, 7 predictions;"
                + " recall by the gold's cue, precision by the predicted quote's cue.\n"
                + "\n"
                + "| Cue family | Gold | Quotes | Content P / R | Attributed P / R |\n"
                + "|---|---:|---:|---|---|\n"
                + "| speech verbs (say, tell, add, write, ask, ...) | 3 | 2"
                + " | 1.00 / 0.67 | 1.00 / 0.67 |\n"
                + "| belief, expectation (believe, think, expect, hope, seem, ...) | 1 | 1"
                + " | 1.00 / 1.00 | 0.00 / 0.00 |\n"
                + "| findings, reports (show, find, report, suggest, ...) | 1 | 1"
                + " | 1.00 / 1.00 | 0.00 / 0.00 |\n"
                + "| stance (deny, accuse, warn, urge, criticize, ...) | 1 | 1"
                + " | 0.00 / 0.00 | 0.00 / 0.00 |\n"
                + "| according to | 1 | 1 | 1.00 / 1.00 | 1.00 / 1.00 |\n"
                + "| other verbs, nominal cues (\"the announcement that\") | 1 | 0"
                + " | — / 1.00 | — / 1.00 |\n"
                + "| punctuation (\":\", \"—\") | 1 | 0 | — / 0.00 | — / 0.00 |\n"
                + "| no cue | 0 | 1 | 1.00 / — | 1.00 / — |\n");
  }

  @Test
  void goldWithoutAttributionsSaysSo() {
    List<GoldDocument> gold = GoldDocument.load(Fixtures.path("calibration-gold.json"));
    Predictions pred = Predictions.load(Fixtures.path("calibration-pred.json"), gold);

    assertThat(CueFamilyReport.of(gold, pred).markdown())
        .isEqualTo("Cue families: the gold has no attributions.\n");
  }
}
