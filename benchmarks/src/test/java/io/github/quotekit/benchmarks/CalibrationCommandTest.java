package io.github.quotekit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The {@code --calibration} flag of {@link Score} and {@link Evaluate}. */
class CalibrationCommandTest extends CommandTestCase {

  private static final String SCORE_LINES =
      "all   gold=4 pred=5 quote P/R/F1 = 0.600/0.750/0.667  speaker acc = 0.667"
          + "  attributed P/R/F1 = 0.400/0.500/0.444\n"
          + "long  gold=1 pred=1 quote P/R/F1 = 1.000/1.000/1.000  speaker acc = 0.000"
          + "  attributed P/R/F1 = 0.000/0.000/0.000\n";

  @Test
  void scorePrintsTheTablesAfterTheScoreLines() throws Exception {
    Score.main(
        new String[] {
          fixture("calibration-gold.json"), fixture("calibration-pred.json"), "--calibration"
        });

    // score.py's lines unchanged (as printed by score.py on these files), then a blank line.
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith(SCORE_LINES + "\nCalibration on the `all` track: 5 predictions, 4 gold units;")
        .contains("| [0.9, 1.0] | 2 | 0.950 | 1.000 |\n")
        .contains("\nECE = 0.300\n")
        .endsWith("| 0.95 | 1 | 1.000 | 0.250 |\n");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void withoutTheFlagNothingChanges() throws Exception {
    Score.main(new String[] {fixture("calibration-gold.json"), fixture("calibration-pred.json")});

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(SCORE_LINES);
  }

  @Test
  void withJsonTheTablesGoToStandardError() throws Exception {
    Score.main(
        new String[] {
          fixture("calibration-gold.json"), fixture("calibration-pred.json"), "--json",
          "--calibration"
        });

    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("{\"all\": {").endsWith("}}\n");
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("\nCalibration on the `all` track:")
        .contains("ECE = 0.300");
  }

  @Test
  void evaluatePrintsTheTablesAfterTheTiming() throws Exception {
    Evaluate.main(new String[] {fixture("gold.jsonl"), "--calibration"});

    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("chars/s").contains("ECE = ").contains("| (all) | ");
    assertThat(printed.indexOf("extraction: ")).isLessThan(printed.indexOf("Calibration on"));
    assertThat(printed.indexOf("all   gold=")).isZero();
  }
}
