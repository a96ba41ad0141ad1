package io.github.quotekit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.quotekit.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job reads JSON Lines as the CLI does: the same lines, given to {@code java -jar
 * quotekit.jar --input-format jsonl} ({@link Main#run}) and to {@link SparkMain}, give the same
 * ids and the same error texts, whatever splits Spark cuts the files into.
 */
class JsonLinesInputTest {

  /** Every kind of line: good ones (each with a quote), blank ones and every problem. */
  private static final List<String> FIRST_FILE =
      List.of(
          "\uFEFF{\"id\": \"ruiz\", \"text\": \"“Not now,” Ruiz said.\"}",
          "{\"id\": 7, \"text\": \"“We will win,” said Mayor Ana Ruiz.\"}",
          "{\"text\": \"“Later,” Ruiz said.\", \"section\": \"metro\"}",
          "",
          "{\"id\": \"broken\", \"text\": \"unterminated",
          "{\"id\": \"typed\", \"text\": 42}",
          "{\"id\": \"no-text\"}",
          "{\"id\": [1], \"text\": \"“Yes,” Kim Bo said.\"}",
          "[1, 2]",
          "{\"id\": null, \"text\": \"“Go,” said Bo Carr.\"}\r",
          "   \t",
          "{'id': 'single', 'text': 'lenient JSON'}",
          "{\"id\": 2.50, \"text\": \"“Fine,” said Ann Lee.\"}",
          "{\"id\": \"array\", \"text\": [\"“No,” Lee said.\"]}",
          "{\"text\": \"“Again,” said Ann Lee.\"}");

  /** A second file: its line numbers start again at 1. */
  private static final List<String> SECOND_FILE =
      List.of(
          "{\"text\": \"“Soon,” said Ann Lee.\"}",
          "{\"id\": \"trailing\", \"text\": \"x\"} and more",
          "{\"id\": 1e3, \"text\": \"“Big,” said Ann Lee.\"}");

  private static SparkSession spark;

  @TempDir Path dir;

  @BeforeAll
  static void startSpark() {
    spark = SparkTests.session(JsonLinesInputTest.class);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  /** One output record reduced to what both front ends share: id, error, number of quotes. */
  record Outcome(String id, String error, long quotes) {}

  private Path write(String name, List<String> lines) throws IOException {
    Path file = dir.resolve("in").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private static List<Outcome> cli(Path... files) {
    List<String> args =
        new ArrayList<>(List.of("--input-format", "jsonl", "--output-format", "jsonl", "--no-meta"));
    for (Path file : files) {
      args.add(file.toString());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Main.run(
        args.toArray(new String[0]),
        new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    List<Outcome> outcomes = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      JsonObject object = JsonParser.parseString(line).getAsJsonObject();
      JsonElement id = object.get("id");
      String idText = id.isJsonNull() ? null : id.getAsString();
      outcomes.add(
          object.has("error")
              ? new Outcome(idText, object.get("error").getAsString(), 0)
              : new Outcome(idText, null, object.getAsJsonArray("quotes").size()));
    }
    return outcomes;
  }

  private List<Row> sparkRows(Path input) {
    Path output = dir.resolve("out");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        SparkMain.run(
            spark,
            new String[] {"--input", input.toString(), "--input-format", "jsonl",
              "--output", output.toString()},
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    return spark.read().parquet(output.toString()).collectAsList();
  }

  /** Folds the quote rows of each document into one outcome, as the CLI's output has them. */
  private static List<Outcome> outcomes(List<Row> rows) {
    List<Outcome> outcomes = new ArrayList<>();
    Map<String, Long> quotes = new HashMap<>();
    for (Row row : rows) {
      String id = row.isNullAt(0) ? null : row.get(0).toString();
      String error = row.getAs("error");
      if (error != null) {
        outcomes.add(new Outcome(id, error, 0));
      } else {
        quotes.merge(id, 1L, Long::sum);
      }
    }
    quotes.forEach((id, count) -> outcomes.add(new Outcome(id, null, count)));
    return outcomes;
  }

  @Test
  void theJobGivesTheClisIdsAndErrorsLineForLine() throws IOException {
    Path first = write("first.jsonl", FIRST_FILE);
    Path second = write("second.jsonl", SECOND_FILE);

    List<Outcome> cli = cli(first, second);
    List<Row> rows = sparkRows(first.getParent());

    // Not vacuous: every article has a quote (the job writes no row for one without), and the
    // splits Spark read cut the files between lines (4 per core of a small input).
    assertThat(cli).filteredOn(o -> o.error() == null).hasSize(8).allMatch(o -> o.quotes() > 0);
    assertThat(rows.get(0).schema().fields()[0].dataType()).isEqualTo(DataTypes.StringType);
    assertThat(outcomes(rows)).containsExactlyInAnyOrderElementsOf(cli);
    assertThat(cli)
        .extracting(Outcome::id, Outcome::error)
        .containsExactlyInAnyOrder(
            Tuple.tuple("ruiz", null),
            Tuple.tuple("7", null),
            Tuple.tuple("3", null),
            Tuple.tuple(null, "line 5: malformed JSON: unterminated string at column 39"),
            Tuple.tuple("typed", "line 6: \"text\" is not a string"),
            Tuple.tuple("no-text", "line 7: \"text\" is missing"),
            Tuple.tuple(null, "line 8: \"id\" is neither a string nor a number"),
            Tuple.tuple(null, "line 9: not a JSON object"),
            Tuple.tuple("10", null),
            Tuple.tuple(null, "line 12: malformed JSON at column 3"),
            Tuple.tuple("2.50", null),
            Tuple.tuple("array", "line 14: \"text\" is not a string"),
            Tuple.tuple("15", null),
            Tuple.tuple("1", null),
            Tuple.tuple(null, "line 2: malformed JSON at column 34"),
            Tuple.tuple("1e3", null));
  }

  @Test
  void wholeNumberIdsStayBigintsAndAMissingOneIsItsLineNumber() throws IOException {
    Path input =
        write(
            "numbers.jsonl",
            List.of(
                "{\"id\": 17, \"text\": \"“Not now,” Ruiz said.\"}",
                "{\"text\": \"“Later,” Ruiz said.\"}",
                "{\"id\": 18, \"text\": 42}"));

    List<Row> rows = sparkRows(input);

    assertThat(rows.get(0).schema().fields()[0].dataType()).isEqualTo(DataTypes.LongType);
    assertThat(outcomes(rows)).containsExactlyInAnyOrderElementsOf(cli(input));
    assertThat(rows)
        .extracting(r -> r.get(0), r -> r.getAs("error"))
        .containsExactlyInAnyOrder(
            Tuple.tuple(17L, null),
            Tuple.tuple(2L, null),
            Tuple.tuple(18L, "line 3: \"text\" is not a string"));
  }

  @Test
  void linesBeforeASplitCountOnlyTheSplitsOfItsFile() {
    JsonLinesInput.Split a0 = new JsonLinesInput.Split("a", 0);
    JsonLinesInput.Split a100 = new JsonLinesInput.Split("a", 100);
    JsonLinesInput.Split a50 = new JsonLinesInput.Split("a", 50);
    JsonLinesInput.Split b0 = new JsonLinesInput.Split("b", 0);

    Map<JsonLinesInput.Split, Long> before =
        JsonLinesInput.linesBefore(
            List.of(
                new JsonLinesInput.SplitLines(a100, 4, true),
                new JsonLinesInput.SplitLines(b0, 7, true),
                new JsonLinesInput.SplitLines(a0, 2, true),
                new JsonLinesInput.SplitLines(a50, 3, false)));

    assertThat(before).containsExactlyInAnyOrderEntriesOf(Map.of(a0, 0L, a50, 2L, a100, 5L, b0, 0L));
  }
}
