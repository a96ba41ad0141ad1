package io.github.quotekit.spark;

import static io.github.quotekit.spark.SparkTests.expected;
import static io.github.quotekit.spark.SparkTests.maps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.Gson;
import io.github.quotekit.ExtractorSpec;
import io.github.quotekit.QuoteExtractor;
import io.github.quotekit.spark.SparkTests.Document;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spark-submit main, run in the test's local session, against the plain extractor. */
class SparkMainTest {

  private static SparkSession spark;
  private static List<Document> documents;
  private static List<Object> ids;
  private static List<Map<String, Object>> expected;

  @TempDir Path dir;

  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

  @BeforeAll
  static void startSpark() {
    spark = SparkTests.session(SparkMainTest.class);
    documents = Articles.small();
    ids = documents.stream().map(Document::id).toList();
    expected = expected(documents, QuoteExtractor.english());
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  private int run(String... args) {
    return SparkMain.run(spark, args, err);
  }

  private String errors() {
    return errBytes.toString(StandardCharsets.UTF_8);
  }

  /** Writes the documents as JSON Lines, with the given extra lines at the end. */
  private Path jsonLines(String name, String... extraLines) throws IOException {
    Gson gson = new Gson();
    List<String> lines = new ArrayList<>();
    for (Document document : documents) {
      Map<String, Object> object = new LinkedHashMap<>();
      object.put("id", document.id());
      object.put("text", document.text());
      lines.add(gson.toJson(object));
    }
    lines.addAll(List.of(extraLines));
    Path file = dir.resolve(name);
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  private List<Row> readParquet(Path path) {
    return spark.read().parquet(path.toString()).collectAsList();
  }

  @Test
  void jsonLinesToParquetGivesThePlainExtractorsQuotes() throws IOException {
    Path input = jsonLines("articles.jsonl");
    Path output = dir.resolve("quotes");

    int code = run("--input", input.toString(), "--output", output.toString());

    assertThat(code).as(errors()).isZero();
    assertThat(spark.read().parquet(output.toString()).schema())
        .isEqualTo(QuoteSchema.rows(DataTypes.StringType));
    assertThat(maps(readParquet(output), ids)).isEqualTo(expected);
  }

  @Test
  void parquetToJsonWithOtherColumnNamesAndOptions() throws IOException {
    StructType schema =
        new StructType(
            new StructField[] {
              DataTypes.createStructField("url", DataTypes.StringType, true),
              DataTypes.createStructField("body", DataTypes.StringType, true),
              DataTypes.createStructField("section", DataTypes.StringType, true)
            });
    List<Row> rows = new ArrayList<>();
    for (Document document : documents) {
      rows.add(RowFactory.create(document.id(), document.text(), "metro"));
    }
    Path input = dir.resolve("articles.parquet");
    spark.createDataFrame(rows, schema).write().parquet(input.toString());
    Path output = dir.resolve("quotes-json");

    int code =
        run(
            "--input=" + input,
            "--output",
            output.toString(),
            "--output-format",
            "json",
            "--id-column",
            "url",
            "--text-column",
            "body",
            "--min-confidence",
            "0.9",
            "--min-unattributed-words",
            "3",
            "--partitions",
            "3");

    assertThat(code).as(errors()).isZero();
    List<String> lines = new ArrayList<>();
    try (var files = Files.list(output)) {
      for (Path part : files.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
        lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
      }
    }
    assertThat(lines).isNotEmpty().allMatch(line -> line.contains("\"error\":null"));
    List<Row> written =
        spark.read()
            .schema(QuoteSchema.rows(DataTypes.StringType))
            .json(output.toString())
            .collectAsList();
    QuoteExtractor extractor =
        QuoteExtractor.builder().minConfidence(0.9).minUnattributedWords(3).build();
    List<Map<String, Object>> strict = expected(documents, extractor);
    assertThat(strict).isNotEqualTo(expected);
    assertThat(maps(written, ids)).isEqualTo(strict);
  }

  @Test
  void badLinesBecomeErrorRowsAndTheJobSucceeds() throws IOException {
    int lines = documents.size();
    Path input =
        jsonLines(
            "with-bad-lines.json",
            "{\"id\": \"null-text\", \"text\": null}",
            "{\"id\": \"no-text\"}",
            "{\"id\": \"broken\", \"text\": \"unterminated",
            "");
    Path output = dir.resolve("quotes");

    int code = run("--input", input.toString(), "--output", output.toString());

    assertThat(code).as(errors()).isZero();
    List<Row> rows = readParquet(output);
    List<Row> errorRows = rows.stream().filter(r -> r.getAs("error") != null).toList();
    // The CLI's errors for these lines (JsonLinesInputTest compares the two).
    assertThat(errorRows)
        .extracting(r -> r.getAs("doc_id"), r -> r.getAs("error"))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "null-text", "line " + (lines + 1) + ": \"text\" is missing"),
            org.assertj.core.groups.Tuple.tuple(
                "no-text", "line " + (lines + 2) + ": \"text\" is missing"),
            org.assertj.core.groups.Tuple.tuple(
                null,
                "line " + (lines + 3) + ": malformed JSON: unterminated string at column 39"));
    List<Row> quoteRows = rows.stream().filter(r -> r.getAs("error") == null).toList();
    assertThat(maps(quoteRows, ids)).isEqualTo(expected);
  }

  @Test
  void numericIdsStayNumbers() throws IOException {
    Path input = dir.resolve("numbers.jsonl");
    Files.writeString(
        input,
        "{\"id\": 17, \"text\": \"“Not now,” Ruiz said.\"}\n"
            + "{\"id\": 18, \"text\": 42}\n",
        StandardCharsets.UTF_8);
    Path output = dir.resolve("quotes");

    int code = run("--input", input.toString(), "--output", output.toString());

    assertThat(code).as(errors()).isZero();
    assertThat(spark.read().parquet(output.toString()).schema().fields()[0].dataType())
        .isEqualTo(DataTypes.LongType);
    List<Row> rows = spark.read().parquet(output.toString()).orderBy("doc_id").collectAsList();
    // As the CLI reads it, a number is no text.
    assertThat(rows).extracting(r -> r.get(0), r -> r.getAs("speaker_name"), r -> r.getAs("error"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(17L, "Ruiz", null),
            org.assertj.core.groups.Tuple.tuple(18L, null, "line 2: \"text\" is not a string"));
  }

  @Test
  void existingOutputFailsUnlessOverwritten() throws IOException {
    Path input = jsonLines("articles.ndjson");
    Path output = dir.resolve("quotes");
    Files.createDirectories(output);
    Files.writeString(output.resolve("keep.txt"), "x");

    int first = run("--input", input.toString(), "--output", output.toString());
    String firstErrors = errors();
    int second =
        run("--input", input.toString(), "--output", output.toString(), "--mode", "overwrite");

    assertThat(first).isEqualTo(1);
    assertThat(firstErrors).contains("already exists");
    assertThat(second).as(errors()).isZero();
    assertThat(maps(readParquet(output), ids)).isEqualTo(expected);
  }

  /** Returns how many documents each partition of {@code documents} holds, in partition order. */
  private static List<Long> partitionSizes(Dataset<Row> documents) {
    int partitions = documents.rdd().getNumPartitions();
    Map<Integer, Long> counts = new HashMap<>();
    for (Row row :
        documents.groupBy(functions.spark_partition_id().as("p")).count().collectAsList()) {
      counts.put(row.getInt(0), row.getLong(1));
    }
    List<Long> sizes = new ArrayList<>();
    for (int p = 0; p < partitions; p++) {
      sizes.add(counts.getOrDefault(p, 0L));
    }
    return sizes;
  }

  /** Writes {@code count} JSON lines of the same length, ids {@code 0 .. count - 1}. */
  private Path equalLines(String name, int count) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lines.add(String.format("{\"id\": \"%05d\", \"text\": \"%s\"}", i, "x".repeat(200)));
    }
    Path file = dir.resolve(name);
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aJsonLinesFileIsCutIntoEvenSplitsForEveryCore() throws Exception {
    Path input = equalLines("even.jsonl", 400);
    SparkMain.Options options =
        SparkMain.Options.parse(new String[] {"--input", input.toString(), "--output", "o"});

    List<Long> sizes;
    try {
      sizes = partitionSizes(SparkMain.documents(spark, options, true));
    } finally {
      spark.conf().unset(SparkMain.MAX_PARTITION_BYTES);
    }

    assertThat(sizes).hasSize(SparkMain.SPLITS_PER_CORE * 2);
    assertThat(sizes.stream().mapToLong(Long::longValue).sum()).isEqualTo(400);
    assertThat(sizes).allSatisfy(size -> assertThat(size).isBetween(49L, 51L));
  }

  @Test
  void givenPartitionsAreKeptAndTheSplitSizeIsNotLeftInTheSession() throws Exception {
    Path input = equalLines("three.jsonl", 90);
    Path output = dir.resolve("quotes");
    SparkMain.Options options =
        SparkMain.Options.parse(
            new String[] {"--input", input.toString(), "--output", "o", "--partitions", "3"});

    List<Long> sizes;
    try {
      sizes = partitionSizes(SparkMain.documents(spark, options, true));
    } finally {
      spark.conf().unset(SparkMain.MAX_PARTITION_BYTES);
    }
    int code = run("--input", input.toString(), "--output", output.toString());

    // A line that starts on a split's end belongs to that split: sizes may be off by one.
    assertThat(sizes).hasSize(3).allSatisfy(size -> assertThat(size).isBetween(29L, 31L));
    assertThat(sizes.stream().mapToLong(Long::longValue).sum()).isEqualTo(90);
    assertThat(code).as(errors()).isZero();
    assertThat(spark.conf().contains(SparkMain.MAX_PARTITION_BYTES)).isFalse();
  }

  @Test
  void aSmallParquetFileIsSpreadOverEveryCore() throws Exception {
    Path input = dir.resolve("one.parquet");
    spark.read().json(equalLines("one.jsonl", 400).toString()).coalesce(1).write()
        .parquet(input.toString());
    SparkMain.Options options =
        SparkMain.Options.parse(new String[] {"--input", input.toString(), "--output", "o"});

    List<Long> sizes = partitionSizes(SparkMain.documents(spark, options, true));

    assertThat(sizes).hasSize(SparkMain.SPLITS_PER_CORE * 2);
    assertThat(sizes).allSatisfy(size -> assertThat(size).isBetween(49L, 51L));
  }

  @Test
  void missingInputOrParquetColumnFailsWithExitCodeOne() throws IOException {
    Path input = dir.resolve("articles.parquet");
    spark.read().json(jsonLines("articles.jsonl").toString()).write().parquet(input.toString());

    String missing = dir.resolve("nothing.jsonl").toString();
    int noFile = run("--input", missing, "--output", dir.resolve("a").toString());
    int noColumn =
        run("--input", input.toString(), "--output", dir.resolve("b").toString(),
            "--text-column", "body");

    assertThat(noFile).isEqualTo(1);
    assertThat(noColumn).isEqualTo(1);
    assertThat(errors()).contains("nothing.jsonl").contains("body");
  }

  @Test
  void aJsonLineWithoutTheTextFieldIsAnErrorRowNamingIt() throws IOException {
    Path input = jsonLines("articles.jsonl");
    Path output = dir.resolve("quotes");

    int code =
        run("--input", input.toString(), "--output", output.toString(), "--text-column", "body");

    assertThat(code).as(errors()).isZero();
    assertThat(readParquet(output))
        .hasSize(documents.size())
        .allSatisfy(row -> assertThat(row.<String>getAs("error")).endsWith(": \"body\" is missing"));
  }

  @Test
  void invalidCommandLinesExitWithTwo() {
    assertThat(run("--output", "x")).isEqualTo(2);
    assertThat(run("--input", "x")).isEqualTo(2);
    assertThat(run("--input", "x", "--output", "y", "--min-confidence", "1.5")).isEqualTo(2);
    assertThat(run("--input", "x", "--output", "y", "--min-confidence", "high")).isEqualTo(2);
    assertThat(run("--input", "x", "--output", "y", "--min-unattributed-words", "-1"))
        .isEqualTo(2);
    assertThat(run("--input", "x", "--output", "y", "--input-format", "csv")).isEqualTo(2);
    assertThat(run("--input", "x", "--output", "y", "--output-format", "csv")).isEqualTo(2);
    assertThat(run("--input", "x", "--output", "y", "--mode", "replace")).isEqualTo(2);
    assertThat(run("--input", "x", "--output", "y", "--partitions", "0")).isEqualTo(2);
    assertThat(run("--input", "x", "--output", "y", "--frobnicate")).isEqualTo(2);
    assertThat(run("--input")).isEqualTo(2);
    assertThat(errors()).contains("Usage: spark-submit");
  }

  @Test
  void helpExitsWithZero() {
    assertThat(run("--help")).isZero();
    assertThat(errors()).contains("--input PATH", "--min-confidence X");
  }

  @Test
  void inputFormatFollowsTheFileNameUnlessGiven() throws SparkMain.UsageException {
    assertThat(SparkMain.Options.parse(new String[] {"--input", "a.jsonl", "--output", "o"})
            .jsonInput).isTrue();
    assertThat(SparkMain.Options.parse(new String[] {"--input", "a.JSON.gz", "--output", "o"})
            .jsonInput).isTrue();
    assertThat(SparkMain.Options.parse(new String[] {"--input", "archive/", "--output", "o"})
            .jsonInput).isFalse();
    assertThat(SparkMain.Options.parse(
                new String[] {"--input", "archive/", "--input-format", "jsonl", "--output", "o"})
            .jsonInput).isTrue();
    assertThat(SparkMain.Options.parse(
                new String[] {"--input", "a.jsonl", "--input-format", "parquet", "--output", "o"})
            .jsonInput).isFalse();
  }

  @Test
  void extractorOptionsSetTheSpecAsTheCliDoes() throws SparkMain.UsageException {
    SparkMain.Options options =
        SparkMain.Options.parse(
            new String[] {
              "--input", "a.jsonl", "--output", "o", "--min-confidence=0.5", "--reported-speech",
              "--quotation-marks", "british,guillemets"
            });

    assertThat(options.config.spec())
        .isEqualTo(
            ExtractorSpec.parse(
                "minConfidence=0.5,reportedSpeech=true,quotationMarks=british+guillemets"));
    assertThatThrownBy(
            () ->
                SparkMain.Options.parse(
                    new String[] {"--input", "a", "--output", "o", "--min-confidence", "high"}))
        .isInstanceOf(SparkMain.UsageException.class)
        .hasMessage(
            "invalid value 'high' for option '--min-confidence'"
                + " (expected a decimal number from 0 to 1)");
  }
}
