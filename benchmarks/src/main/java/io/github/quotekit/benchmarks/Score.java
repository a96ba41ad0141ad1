package io.github.quotekit.benchmarks;

import io.github.quotekit.benchmarks.eval.GoldDocument;
import io.github.quotekit.benchmarks.eval.Predictions;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Scores an existing predictions file against gold, exactly as score.py does.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.quotekit.benchmarks.Score \
 *     GOLD PRED [--json] [--errors N] [--report FILE] [--py-errors N] [--calibration]
 *     [--rule-calibration] [--cue-families] [--ggt] [--direct-view] [--joined-groups]
 * </pre>
 *
 * <p>Standard output is byte for byte what {@code score.py GOLD PRED [--json]} prints. {@code
 * --errors N} prints the grouped error report with up to N examples per group to standard error,
 * {@code --report FILE} writes it to a file, and {@code --py-errors N} prints the first N of
 * score.py's own tab-separated error lines to standard error. {@code --calibration} then prints
 * how well the predictions' {@code confidence} is calibrated, as Markdown tables (see {@link
 * io.github.quotekit.benchmarks.eval.Calibration}), {@code --rule-calibration} the share of each
 * rule's quotes matched with the right speaker on the "attributions" track, by confidence (see
 * {@link io.github.quotekit.benchmarks.eval.RuleCalibration}), and {@code --cue-families} precision and
 * recall on the "attributions" track by cue family (see {@link
 * io.github.quotekit.benchmarks.eval.CueFamilyReport}), {@code --ggt} the Gender Gap Tracker's
 * quote metric (see {@link io.github.quotekit.benchmarks.eval.GgtScore}), {@code --direct-view}
 * the "all" and "long" tracks of the direct quotations alone (see {@link
 * io.github.quotekit.benchmarks.eval.Predictions#directView()}), and {@code --joined-groups} the
 * "attributions" track with the parts of each split direct quotation joined (see {@link
 * io.github.quotekit.benchmarks.eval.Predictions#joinedGroups()}): to standard output, or to
 * standard error with {@code --json}.
 */
public final class Score {

  private Score() {}

  /** Runs the command; exits with status 2 on a usage error. */
  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    Options options =
        Options.parseOrExit(
            args,
            Set.of(
                "--json",
                "--calibration",
                "--rule-calibration",
                "--cue-families",
                "--ggt",
                "--direct-view",
                "--joined-groups"),
            Set.of("--errors", "--report", "--py-errors"),
            2,
            "Score GOLD PRED [--json] [--errors N] [--report FILE] [--py-errors N]"
                + " [--calibration] [--rule-calibration] [--cue-families] [--ggt] [--direct-view] [--joined-groups]",
            err);
    List<GoldDocument> gold = GoldDocument.load(Path.of(options.positional().get(0)));
    Predictions pred = Predictions.load(Path.of(options.positional().get(1)), gold);
    Reporting.report(gold, pred, options, out, err);
    Reporting.appendices(gold, pred, options, out, err);
  }
}
