package io.github.quotekit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.quotekit.Extraction;
import io.github.quotekit.QuoteExtractor;
import io.github.quotekit.cli.ExtractionSerializer;
import io.github.quotekit.spark.SparkTests.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * The one mapping between the JSON output and the Spark columns, {@link OutputColumn}, against
 * what the CLI writes ({@link ExtractionSerializer}), what the Spark rows hold ({@link QuoteRows})
 * and what the README says: a renamed JSON field, a renamed or moved column, or a stale README
 * table fails here.
 */
class OutputColumnTest {

  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

  /** Every field of a quote, the explanation and reported speech's fragments too. */
  private static final QuoteExtractor EVERYTHING =
      QuoteExtractor.builder().explain(true).reportedSpeech(true).minUnattributedWords(1).build();

  private static List<String> readme() throws IOException {
    Path dir = Path.of("").toAbsolutePath();
    while (!Files.exists(dir.resolve("README.md")) || !Files.exists(dir.resolve("spark"))) {
      dir = dir.getParent();
    }
    return Files.readAllLines(dir.resolve("README.md"), StandardCharsets.UTF_8);
  }

  /** Returns the body rows of the README table under {@code header}, as their cells. */
  private static List<String[]> table(List<String> readme, String header) {
    int at = readme.indexOf(header);
    assertThat(at).as("README table %s", header).isNotNegative();
    List<String[]> rows = new ArrayList<>();
    for (int i = at + 2; i < readme.size() && readme.get(i).startsWith("|"); i++) {
      String[] cells = readme.get(i).split("\\|");
      rows.add(Arrays.stream(cells).skip(1).map(String::strip).toArray(String[]::new));
    }
    return rows;
  }

  private static List<String> code(String cell) {
    List<String> names = new ArrayList<>();
    Matcher matcher = CODE.matcher(cell);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  @Test
  void theReadmesMappingIsTheCodes() throws IOException {
    List<String> mapped = new ArrayList<>();
    List<String> notInSpark = new ArrayList<>();
    for (String[] row :
        table(readme(), "| JSON field (of an article, and of its quote) | Spark column |")) {
      if (row[1].equals("not in the Spark output")) {
        notInSpark.addAll(code(row[0]));
        continue;
      }
      List<String> columns = code(row[1]);
      // "the quote's index in `quotes`" names no field of its own.
      List<String> fields = row[0].startsWith("`") ? code(row[0]) : List.of("(index)");
      assertThat(fields).as(row[0]).hasSameSizeAs(columns);
      for (int i = 0; i < columns.size(); i++) {
        mapped.add(fields.get(i) + " -> " + columns.get(i));
      }
    }

    assertThat(mapped)
        .containsExactlyElementsOf(
            Arrays.stream(OutputColumn.values())
                .map(c -> c.jsonField().orElse("(index)") + " -> " + c.column())
                .toList());
    assertThat(notInSpark).isEqualTo(OutputColumn.NOT_IN_SPARK);
  }

  @Test
  void theReadmesSparkColumnsAreTheSchemasInOrder() throws IOException {
    List<String> columns = new ArrayList<>();
    for (String[] row : table(readme(), "| Column | Type | Meaning |")) {
      columns.addAll(code(row[0]));
    }

    assertThat(columns)
        .containsExactly(QuoteSchema.rows(org.apache.spark.sql.types.DataTypes.StringType)
            .fieldNames());
  }

  @Test
  void everyColumnHoldsTheValueOfItsJsonFieldInTheClisOutput() {
    int compared = 0;
    for (Document document : Articles.small()) {
      JsonPrimitive id = new JsonPrimitive(document.id().toString());
      Extraction extraction = EVERYTHING.extract(document.text());
      JsonObject article = ExtractionSerializer.toJson(id, extraction);
      List<Row> rows = QuoteRows.documentRows(document.id().toString(), extraction);
      JsonArray quotes = article.getAsJsonArray("quotes");
      assertThat(rows).hasSize(quotes.size());
      for (int index = 0; index < rows.size(); index++) {
        JsonObject quote = quotes.get(index).getAsJsonObject();
        Row row = rows.get(index);
        for (OutputColumn column : OutputColumn.values()) {
          Object expected =
              switch (column) {
                case DOC_ID -> article.get("id").getAsString();
                case QUOTE_INDEX -> index;
                case ERROR -> article.has("error") ? article.get("error").getAsString() : null;
                default -> value(quote, column.jsonField().orElseThrow(), row.get(column.ordinal()));
              };
          assertThat(row.get(column.ordinal())).as("%s of %s", column, quote).isEqualTo(expected);
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(30 * OutputColumn.values().length);
  }

  @Test
  void theErrorRowHoldsTheClisIdAndError() {
    JsonObject error =
        ExtractionSerializer.error(Optional.of(new JsonPrimitive("a")), "line 2: not a JSON object");
    Row row = QuoteRows.errorRow("a", "line 2: not a JSON object");

    assertThat(row.get(OutputColumn.DOC_ID.ordinal())).isEqualTo(error.get("id").getAsString());
    assertThat(row.get(OutputColumn.ERROR.ordinal())).isEqualTo(error.get("error").getAsString());
  }

  @Test
  void everyJsonFieldOfAQuoteIsAColumnOrListedAsNotInSpark() {
    Set<String> fields = new LinkedHashSet<>();
    for (Document document : Articles.small()) {
      JsonObject article =
          ExtractionSerializer.toJson(new JsonPrimitive("x"), EVERYTHING.extract(document.text()));
      for (JsonElement quote : article.getAsJsonArray("quotes")) {
        leaves("", quote.getAsJsonObject(), fields);
      }
    }
    Set<String> quoteColumns = new LinkedHashSet<>();
    OutputColumn.quoteColumns().forEach(c -> c.jsonField().ifPresent(quoteColumns::add));

    assertThat(fields).containsAll(quoteColumns);
    assertThat(fields)
        .allSatisfy(
            field ->
                assertThat(
                        quoteColumns.contains(field)
                            // a null object: "cue": null
                            || quoteColumns.stream().anyMatch(c -> c.startsWith(field + "."))
                            || OutputColumn.NOT_IN_SPARK.contains(field)
                            || OutputColumn.NOT_IN_SPARK.contains(field.split("\\.")[0]))
                    .as(field)
                    .isTrue());
    assertThat(fields).anyMatch(f -> f.startsWith("fragments")).anyMatch(f -> f.startsWith("explanation"));
  }

  /** Adds the paths of the fields of {@code object} that hold no object (null ones too). */
  private static void leaves(String prefix, JsonObject object, Set<String> into) {
    for (Map.Entry<String, JsonElement> field : object.entrySet()) {
      String path = prefix + field.getKey();
      if (field.getValue().isJsonObject()) {
        leaves(path + ".", field.getValue().getAsJsonObject(), into);
      } else {
        into.add(path);
      }
    }
  }

  /** Returns the JSON value at {@code path} as the type of the row's value, or null. */
  private static Object value(JsonObject quote, String path, Object rowValue) {
    JsonElement element = quote;
    for (String name : path.split("\\.")) {
      element = element.isJsonObject() ? element.getAsJsonObject().get(name) : null;
      if (element == null || element.isJsonNull()) {
        return null;
      }
    }
    if (rowValue instanceof Integer) {
      return element.getAsInt();
    }
    if (rowValue instanceof Double) {
      return element.getAsDouble();
    }
    return element.getAsString();
  }
}
