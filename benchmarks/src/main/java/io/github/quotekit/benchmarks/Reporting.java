package io.github.quotekit.benchmarks;

import io.github.quotekit.benchmarks.eval.Calibration;
import io.github.quotekit.benchmarks.eval.CueFamilyReport;
import io.github.quotekit.benchmarks.eval.ErrorReport;
import io.github.quotekit.benchmarks.eval.GgtScore;
import io.github.quotekit.benchmarks.eval.GoldDocument;
import io.github.quotekit.benchmarks.eval.Predictions;
import io.github.quotekit.benchmarks.eval.RuleCalibration;
import io.github.quotekit.benchmarks.eval.Scorer;
import io.github.quotekit.benchmarks.eval.Scores;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What {@link Evaluate} and {@link Score} print once predictions are at hand. */
final class Reporting {

  /** Examples per error group when {@code --report} is given without {@code --errors}. */
  static final int DEFAULT_EXAMPLES = 5;

  private Reporting() {}

  /**
   * Scores and prints: score.py's lines (or JSON) to {@code out}; the error report to {@code err}
   * with {@code --errors N} and to a file with {@code --report FILE}; score.py's own error lines to
   * {@code err} with {@code --py-errors N}.
   */
  static Scores report(
      List<GoldDocument> gold, Predictions pred, Options options, PrintStream out, PrintStream err)
      throws IOException {
    Scores scores = Scorer.score(gold, pred);
    if (options.has("--json")) {
      out.println(scores.json());
    } else {
      out.print(scores.text());
    }
    int examples = options.getInt("--errors", 0);
    int pyErrors = options.getInt("--py-errors", 0);
    if (examples > 0 || options.has("--report") || pyErrors > 0) {
      // Errors are those of the "all" track, as in score.py.
      var docs = Scorer.match(gold, pred, 0);
      if (pyErrors > 0) {
        ErrorReport.scorePyLines(docs).stream().limit(pyErrors).forEach(err::println);
      }
      ErrorReport report = ErrorReport.of("all", docs);
      if (examples > 0) {
        err.print(report.format(examples));
      }
      if (options.has("--report")) {
        String text = report.format(examples > 0 ? examples : DEFAULT_EXAMPLES);
        Files.writeString(Path.of(options.get("--report")), text, StandardCharsets.UTF_8);
      }
    }
    return scores;
  }

  /**
   * Prints the reports that come after everything else, as Markdown, each after a blank line: the
   * calibration report of the {@code all} track with {@code --calibration}, then the confidence
   * of each rule on the {@code attributions} track with {@code --rule-calibration} ({@link
   * RuleCalibration}), then the cue-family
   * report of the {@code attributions} track with {@code --cue-families}, then with {@code --ggt}
   * the Gender Gap Tracker's quote metric ({@link GgtScore}), then with {@code --direct-view} the
   * direct tracks of the direct quotations alone ({@link Predictions#directView()}), which with
   * reported speech on shows that its direct quotations are those of a run without it, then with
   * {@code --joined-groups} the attributions track with the parts of each split direct quotation
   * joined ({@link Predictions#joinedGroups()}), which measures what PolNeAR's joined contents
   * cost a library that reports every part. They go to {@code out}, or to {@code err} with {@code
   * --json} so that standard output stays one JSON object.
   */
  static void appendices(
      List<GoldDocument> gold,
      Predictions pred,
      Options options,
      PrintStream out,
      PrintStream err) {
    PrintStream to = options.has("--json") ? err : out;
    if (options.has("--calibration")) {
      to.println();
      to.print(Calibration.of(gold, pred).markdown());
    }
    if (options.has("--rule-calibration")) {
      to.println();
      to.print(RuleCalibration.of(gold, pred).markdown());
    }
    if (options.has("--cue-families")) {
      to.println();
      to.print(CueFamilyReport.of(gold, pred).markdown());
    }
    if (options.has("--ggt")) {
      to.println();
      to.println(GgtScore.of(gold, pred).textLine());
    }
    if (options.has("--direct-view")) {
      to.println();
      to.println("Direct quotations alone (DIRECT quotes and the fragments of MIXED ones):");
      Predictions direct = pred.directView();
      to.println(Scorer.quoteTrack(Scorer.match(gold, direct, 0)).textLine("all"));
      to.println(
          Scorer.quoteTrack(Scorer.match(gold, direct, Scorer.LONG_MIN_WORDS)).textLine("long"));
    }
    if (options.has("--joined-groups")) {
      to.println();
      to.println("Split direct quotations joined (each group's DIRECT parts as one span):");
      to.println(Scorer.attributionTrack(gold, pred.joinedGroups()).textLine("attri"));
    }
  }
}
