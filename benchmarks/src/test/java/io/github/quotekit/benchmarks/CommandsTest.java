package io.github.quotekit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.AttributionRule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line wiring of {@link Evaluate} and {@link Score}, on the made-up fixtures. */
class CommandsTest extends CommandTestCase {

  private String takeOut() {
    String s = out.toString(StandardCharsets.UTF_8);
    out.reset();
    return s;
  }

  @Test
  void scorePrintsWhatScorePyPrints() throws Exception {
    Score.main(new String[] {fixture("gold.jsonl"), fixture("predictions.jsonl")});
    String expected = Files.readString(Path.of(fixture("score-py.txt")), StandardCharsets.UTF_8);

    assertThat(takeOut()).isEqualTo(expected);
  }

  @Test
  void scoreWritesTheErrorReport(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("report.txt");
    Score.main(
        new String[] {
          fixture("gold.jsonl"), fixture("predictions.jsonl"), "--errors", "2", "--report", report.toString()
        });

    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Error groups:").contains("## missed");
    assertThat(Files.readString(report)).isEqualTo(err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void evaluateWritesPredictionsThatScoreToTheSameFigures(@TempDir Path dir) throws Exception {
    Path predictions = dir.resolve("pred.jsonl");
    Evaluate.main(new String[] {fixture("gold.jsonl"), "--predictions-out", predictions.toString()});
    String evaluated = takeOut();

    Score.main(new String[] {fixture("gold.jsonl"), predictions.toString()});
    String scored = takeOut();

    assertThat(Files.readAllLines(predictions)).hasSize(4);
    assertThat(evaluated).startsWith(scored).contains("extraction: 4 articles,").contains("chars/s");
  }

  @Test
  void evaluateKeepsStandardOutputJsonWithJson() throws Exception {
    Evaluate.main(new String[] {fixture("gold.jsonl"), "--json"});

    assertThat(takeOut()).startsWith("{\"all\": {").endsWith("}}\n");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("extraction: 4 articles,");
  }

  @Test
  void evaluateWithoutRulesAttributesNothingAndReAddedRulesGiveTheDefault(@TempDir Path dir)
      throws Exception {
    Path byDefault = dir.resolve("default.jsonl");
    Path none = dir.resolve("none.jsonl");
    Path reAdded = dir.resolve("re-added.jsonl");
    Evaluate.main(new String[] {fixture("gold.jsonl"), "--predictions-out", byDefault.toString()});
    Evaluate.main(
        new String[] {
          fixture("gold.jsonl"), "--rules", "none", "--min-unattributed-words", "0",
          "--predictions-out", none.toString()
        });
    List<String> names = new ArrayList<>();
    AttributionRule.builtIns().forEach(rule -> names.add(0, rule.name()));
    String reversed = String.join(",", names);
    Evaluate.main(
        new String[] {
          fixture("gold.jsonl"), "--rules", reversed, "--predictions-out", reAdded.toString()
        });

    assertThat(Files.readString(none))
        .contains("\"rule\":\"unattributed\"")
        .doesNotContain("\"speaker\":{");
    assertThat(Files.readString(reAdded)).isEqualTo(Files.readString(byDefault));
  }
}
