package io.github.quotekit.benchmarks.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs the reference score.py itself and compares. Enabled only where python3 and score.py are
 * available: {@code -Dquotekit.scorePy=/path/to/score.py}, else {@code ../../shared/tools/score.py}
 * relative to the module directory.
 */
@EnabledIf("scorePyAvailable")
class ScorePyLiveTest {

  static Path scorePy() {
    String configured = System.getProperty("quotekit.scorePy", "");
    return Path.of(configured.isBlank() ? "../../shared/tools/score.py" : configured);
  }

  static boolean scorePyAvailable() {
    if (!Files.isRegularFile(scorePy())) {
      return false;
    }
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String[] run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("python3", scorePy().toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).start();
    // Both streams are small; read stdout then stderr.
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(err).isZero();
    return new String[] {out, err};
  }

  @ParameterizedTest
  @CsvSource({"gold.jsonl, predictions.jsonl", "single-gold.json, single-pred.json"})
  void textAndJsonEqualScorePy(String goldName, String predName) throws Exception {
    String gold = Fixtures.path(goldName).toString();
    String pred = Fixtures.path(predName).toString();
    Scores scores = Fixtures.score(goldName, predName);

    assertThat(scores.text()).isEqualTo(run(gold, pred)[0]);
    assertThat(scores.json() + "\n").isEqualTo(run(gold, pred, "--json")[0]);
  }

  @Test
  void errorLinesEqualScorePy() throws Exception {
    var gold = GoldDocument.load(Fixtures.path(Fixtures.GOLD));
    var pred = Predictions.load(Fixtures.path(Fixtures.PRED), gold);
    List<String> lines = ErrorReport.scorePyLines(Scorer.match(gold, pred, 0));

    String err =
        run(Fixtures.path(Fixtures.GOLD).toString(), Fixtures.path(Fixtures.PRED).toString(),
            "--errors", "1000")[1];

    assertThat(String.join("\n", lines) + "\n").isEqualTo(err);
  }

  @Test
  void randomPredictionsScoreAsInScorePy(@TempDir Path dir) throws Exception {
    // Seeded random predictions around the fixture gold: spans near gold boundaries (to hit the
    // half-overlap threshold and equal-overlap ties), every span spelling, random mentions and
    // names. Each file is scored by both implementations.
    var gold = GoldDocument.load(Fixtures.path(Fixtures.GOLD));
    Random random = new Random(20260101);
    for (int round = 0; round < 25; round++) {
      Path file = dir.resolve("pred-" + round + ".jsonl");
      Files.writeString(file, RandomPredictions.jsonl(gold, random), StandardCharsets.UTF_8);
      Scores scores = Scorer.score(gold, Predictions.load(file, gold));

      String out = run(Fixtures.path(Fixtures.GOLD).toString(), file.toString(), "--json")[0];

      assertThat(scores.json() + "\n").as("round %d", round).isEqualTo(out);
    }
  }
}
