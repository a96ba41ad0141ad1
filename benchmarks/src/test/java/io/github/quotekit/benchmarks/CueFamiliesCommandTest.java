package io.github.quotekit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The {@code --cue-families} flag of {@link Score} and {@link Evaluate}. */
class CueFamiliesCommandTest extends CommandTestCase {

  private static final String ATTRI_LINE =
      "attri gold=9 pred=7 quote P/R/F1 = 0.857/0.667/0.750  speaker acc = 0.667"
          + "  attributed P/R/F1 = 0.571/0.444/0.500\n";
  private static final String HEADING = "Cue families on the `attributions` track:";

  private String[] score(String... flags) throws URISyntaxException {
    String[] args = new String[flags.length + 2];
    args[0] = fixture("families-gold.jsonl");
    args[1] = fixture("families-pred.jsonl");
    System.arraycopy(flags, 0, args, 2, flags.length);
    return args;
  }

  @Test
  void scorePrintsTheTableAfterTheScoreLines() throws Exception {
    Score.main(score("--cue-families"));

    // score.py's lines unchanged (as printed by score.py on these files), then a blank line.
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains(ATTRI_LINE + "\n" + HEADING + " 9 gold attributions, 7 predictions;")
        .contains("| speech verbs (say, tell, add, write, ask, ...) | 3 | 2 | 1.00 / 0.67 |")
        .endsWith("| no cue | 0 | 1 | 1.00 / — | 1.00 / — |\n");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void withoutTheFlagNothingChanges() throws Exception {
    Score.main(score());

    assertThat(out.toString(StandardCharsets.UTF_8)).endsWith(ATTRI_LINE);
  }

  @Test
  void theTableComesAfterTheCalibrationReport() throws Exception {
    Score.main(score("--cue-families", "--calibration"));

    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed.indexOf("ECE = ")).isPositive().isLessThan(printed.indexOf(HEADING));
  }

  @Test
  void withJsonTheTableGoesToStandardError() throws Exception {
    Score.main(score("--json", "--cue-families"));

    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("{\"all\": {").endsWith("}}\n");
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("\n" + HEADING);
  }

  @Test
  void evaluatePrintsTheTableAfterTheTiming() throws Exception {
    Evaluate.main(new String[] {fixture("families-gold.jsonl"), "--cue-families"});

    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("| Cue family | Gold | Quotes |");
    assertThat(printed.indexOf("extraction: ")).isLessThan(printed.indexOf(HEADING));
  }
}
