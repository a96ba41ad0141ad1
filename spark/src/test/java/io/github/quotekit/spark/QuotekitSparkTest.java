package io.github.quotekit.spark;

import static io.github.quotekit.spark.SparkTests.expected;
import static io.github.quotekit.spark.SparkTests.maps;
import static io.github.quotekit.spark.SparkTests.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quotekit.QuoteExtractor;
import io.github.quotekit.spark.SparkTests.Document;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The DataFrame function and the SQL functions in local mode, against the plain extractor. */
class QuotekitSparkTest {

  private static final StructType DOCUMENTS =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("id", DataTypes.StringType, true),
            DataTypes.createStructField("text", DataTypes.StringType, true)
          });

  private static SparkSession spark;
  private static List<Document> documents;
  private static List<Object> ids;
  private static List<Map<String, Object>> expected;

  @BeforeAll
  static void startSpark() {
    spark = SparkTests.session(QuotekitSparkTest.class);
    documents = Articles.small();
    ids = documents.stream().map(Document::id).toList();
    expected = expected(documents, QuoteExtractor.english());
    spark.createDataFrame(rows(documents), DOCUMENTS).createOrReplaceTempView("docs");
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  private static List<Row> rows(List<Document> documents) {
    List<Row> rows = new ArrayList<>();
    for (Document document : documents) {
      rows.add(RowFactory.create(document.id(), document.text()));
    }
    return rows;
  }

  private static Dataset<Row> documentFrame() {
    // Three partitions for twenty documents: several tasks on the two task threads.
    return spark.createDataFrame(rows(documents), DOCUMENTS).repartition(3);
  }

  @Test
  void runsOnTheSparkVersionTheBuildChose() {
    String version = System.getProperty("quotekit.test.spark.version");

    assertThat(version).isNotNull();
    assertThat(spark.version()).isEqualTo(version);
  }

  @Test
  void theArticlesHaveQuotesOfEveryShape() {
    assertThat(expected).hasSizeGreaterThan(30);
    assertThat(expected).extracting(m -> m.get("speaker_kind")).contains("PERSON", "ORGANIZATION");
    assertThat(expected).extracting(m -> m.get("joined_by")).contains("SPLIT_QUOTE");
    assertThat(expected).extracting(m -> m.get("channel")).contains("STATEMENT", "SOCIAL_MEDIA");
  }

  @Test
  void dataFrameFunctionGivesThePlainExtractorsQuotes() {
    List<Row> rows = QuotekitSpark.quotes(documentFrame()).collectAsList();

    assertThat(maps(rows, ids)).isEqualTo(expected);
  }

  @Test
  void dataFrameFunctionHasTheDocumentedSchema() {
    StructType schema = QuotekitSpark.quotes(documentFrame()).schema();

    assertThat(schema).isEqualTo(QuoteSchema.rows(DataTypes.StringType));
    assertThat(schema.fieldNames())
        .containsExactly(
            "doc_id", "quote_index", "text", "begin", "end", "type", "speaker_id", "speaker_name",
            "speaker_kind", "speaker_title", "speaker_description", "speaker_party",
            "speaker_state", "speaker_role", "speaker_organization", "mention_text",
            "mention_begin", "mention_end", "cue_text", "cue_begin", "cue_end", "cue_lemma",
            "confidence", "rule", "channel", "group", "joined_by", "error");
  }

  @Test
  void quotesUdfFromSqlGivesThePlainExtractorsQuotes() {
    QuotekitSpark.registerUdfs(spark);

    List<Row> rows =
        spark.sql(
                "SELECT id AS doc_id, q.* FROM docs"
                    + " LATERAL VIEW explode(quotekit_quotes(text)) t AS q")
            .collectAsList();

    assertThat(maps(rows, ids)).isEqualTo(without(expected, "error"));
  }

  @Test
  void quotesUdfRegisteredByClassNameAsPySparkDoes() {
    // PySpark's registerJavaFunction parses the DDL string and calls registerJava with it.
    DataType returnType = DataType.fromJson(DataType.fromDDL(QuoteSchema.QUOTES_DDL).json());
    spark.udf().registerJava("by_class_name", QuotesUdf.class.getName(), returnType);

    List<Row> rows =
        spark.sql("SELECT id AS doc_id, inline(by_class_name(text)) FROM docs").collectAsList();

    assertThat(returnType).isEqualTo(QuoteSchema.QUOTES);
    assertThat(maps(rows, ids)).isEqualTo(without(expected, "error"));
  }

  @Test
  void readmesPySparkExpressionsGiveThePlainExtractorsQuotes() {
    spark.udf().registerJava("quotekit_quotes", QuotesUdf.class.getName(),
        DataType.fromDDL(QuoteSchema.QUOTES_DDL));

    List<Row> rows =
        documentFrame().selectExpr("id AS doc_id", "inline(quotekit_quotes(text))")
            .collectAsList();

    assertThat(maps(rows, ids)).isEqualTo(without(expected, "error"));
  }

  @Test
  void functionsRegisteredByClassNameReadTheirOptionsFromTheSessionConfiguration() {
    QuoteExtractor strict = QuoteExtractor.builder().minConfidence(0.9).build();
    List<Map<String, Object>> strictExpected = expected(documents, strict);
    spark.conf().set(ExtractorConfig.MIN_CONFIDENCE_KEY, "0.9");
    try {
      spark.udf().registerJava("strict_quotes", QuotesUdf.class.getName(), QuoteSchema.QUOTES);
    } finally {
      spark.conf().unset(ExtractorConfig.MIN_CONFIDENCE_KEY);
    }

    List<Row> rows =
        spark.sql("SELECT id AS doc_id, inline(strict_quotes(text)) FROM docs").collectAsList();

    assertThat(strictExpected).hasSizeLessThan(expected.size()).isNotEmpty();
    assertThat(maps(rows, ids)).isEqualTo(without(strictExpected, "error"));
  }

  @Test
  void extractionUdfReportsANullTextInsteadOfFailing() {
    DataType returnType = DataType.fromDDL(QuoteSchema.EXTRACTION_DDL);
    spark.udf().registerJava("by_class_name_extract", ExtractionUdf.class.getName(), returnType);
    List<Row> input = new ArrayList<>(rows(documents));
    input.add(RowFactory.create("null-text", null));
    spark.createDataFrame(input, DOCUMENTS).createOrReplaceTempView("docs_with_null");

    List<Row> results =
        spark.sql("SELECT id, by_class_name_extract(text) AS r FROM docs_with_null")
            .collectAsList();
    List<Row> quotes =
        spark.sql(
                "SELECT id AS doc_id, inline(r.quotes) FROM"
                    + " (SELECT id, by_class_name_extract(text) AS r FROM docs_with_null)")
            .collectAsList();

    assertThat(returnType).isEqualTo(QuoteSchema.EXTRACTION);
    assertThat(results).hasSize(documents.size() + 1);
    for (Row result : results) {
      Row r = result.getStruct(1);
      if (result.getString(0).equals("null-text")) {
        assertThat(r.isNullAt(0)).isTrue();
        assertThat(r.getString(1)).isEqualTo("text is null");
      } else {
        assertThat(r.isNullAt(0)).isFalse();
        assertThat(r.isNullAt(1)).isTrue();
      }
    }
    assertThat(maps(quotes, ids)).isEqualTo(without(expected, "error"));
  }

  @Test
  void quotesUdfGivesNullForANullText() {
    QuotekitSpark.registerUdfs(spark);

    Row row = spark.sql("SELECT quotekit_quotes(CAST(NULL AS STRING)) AS q").first();

    assertThat(row.isNullAt(0)).isTrue();
  }

  @Test
  void nullTextGivesAnErrorRowAndTheOtherDocumentsTheirQuotes() {
    List<Row> input = new ArrayList<>(rows(documents));
    input.add(2, RowFactory.create("null-text", null));
    input.add(RowFactory.create(null, null));

    List<Row> rows =
        QuotekitSpark.quotes(spark.createDataFrame(input, DOCUMENTS).repartition(2))
            .collectAsList();

    List<Row> errors = rows.stream().filter(r -> !r.isNullAt(r.fieldIndex("error"))).toList();
    assertThat(errors).hasSize(2);
    for (Row error : errors) {
      assertThat(error.<String>getAs("error")).isEqualTo("text is null");
      for (int i = 1; i < error.length() - 1; i++) {
        assertThat(error.isNullAt(i)).as(error.schema().fields()[i].name()).isTrue();
      }
    }
    assertThat(errors).extracting(r -> r.get(0)).containsExactlyInAnyOrder("null-text", null);
    List<Row> quotes = rows.stream().filter(r -> r.isNullAt(r.fieldIndex("error"))).toList();
    assertThat(maps(quotes, ids)).isEqualTo(expected);
  }

  @Test
  void nonStringTextGivesErrorRows() {
    StructType numbers =
        new StructType(
            new StructField[] {
              DataTypes.createStructField("id", DataTypes.LongType, true),
              DataTypes.createStructField("text", DataTypes.IntegerType, true)
            });
    Dataset<Row> frame =
        spark.createDataFrame(
            List.of(RowFactory.create(1L, 42), RowFactory.create(2L, null)), numbers);

    List<Row> rows = QuotekitSpark.quotes(frame).orderBy("doc_id").collectAsList();

    assertThat(rows).extracting(r -> r.get(0), r -> r.getAs("error"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, "text is not a string but int"),
            org.assertj.core.groups.Tuple.tuple(2L, "text is null"));
  }

  @Test
  void arrayTextGivesErrorRows() {
    Dataset<Row> frame =
        spark.sql("SELECT 'a' AS id, array('“Not now,” Ruiz said.') AS text");

    Row row = QuotekitSpark.quotes(frame).first();

    assertThat(row.<String>getAs("error")).isEqualTo("text is not a string but array<string>");
  }

  @Test
  void idColumnKeepsItsTypeAndColumnNamesAreConfigurable() {
    Dataset<Row> frame =
        spark.sql(
            "SELECT CAST(id AS BIGINT) AS article_id, concat('x', text) AS body, text AS other"
                + " FROM VALUES (7, '“We are ready,” said Mayor Ana Ruiz.'),"
                + " (8, '“Not yet,” Omar Vance said. “Soon.”') AS t(id, text)");

    List<Row> rows =
        QuotekitSpark.quotes(frame, "article_id", "other", ExtractorConfig.defaults())
            .collectAsList();

    assertThat(QuotekitSpark.quotes(frame, "article_id", "body", ExtractorConfig.defaults())
            .schema().fields()[0])
        .isEqualTo(DataTypes.createStructField("doc_id", DataTypes.LongType, true));
    List<Map<String, Object>> expectedRows = new ArrayList<>();
    expectedRows.addAll(
        expected(7L, "“We are ready,” said Mayor Ana Ruiz.", QuoteExtractor.english()));
    expectedRows.addAll(
        expected(8L, "“Not yet,” Omar Vance said. “Soon.”", QuoteExtractor.english()));
    assertThat(expectedRows).hasSize(3);
    assertThat(maps(rows, List.of(7L, 8L))).isEqualTo(expectedRows);
  }

  @Test
  void missingColumnFailsWhenThePlanIsBuilt() {
    assertThatThrownBy(
            () ->
                QuotekitSpark.quotes(
                    documentFrame(), "id", "body", ExtractorConfig.defaults()))
        .hasMessageContaining("body");
  }

  @Test
  void extractorOptionsReachTheTasks() {
    ExtractorConfig config = ExtractorConfig.defaults().withMinUnattributedWords(0);
    QuoteExtractor all = QuoteExtractor.builder().minUnattributedWords(0).build();

    List<Row> rows =
        QuotekitSpark.quotes(documentFrame(), "id", "text", config).collectAsList();

    List<Map<String, Object>> allExpected = expected(documents, all);
    assertThat(allExpected).hasSizeGreaterThan(expected.size());
    assertThat(allExpected).extracting(m -> m.get("speaker_id")).contains((Object) null);
    assertThat(maps(rows, ids)).isEqualTo(allExpected);
  }

  @Test
  void eachConfigurationIsBuiltOncePerJvm() {
    ExtractorConfig config = ExtractorConfig.defaults().withMinConfidence(0.123);
    int before = Extractors.builds();

    QuotekitSpark.quotes(documentFrame(), "id", "text", config).count();
    QuotekitSpark.quotes(documentFrame(), "id", "text", config).collectAsList();
    QuotekitSpark.registerUdfs(spark, config);
    spark.sql("SELECT count(quotekit_quotes(text)) FROM docs").collectAsList();

    assertThat(Extractors.builds() - before).isEqualTo(1);
    assertThat(Extractors.get(config)).isSameAs(Extractors.get(config));
    QuotekitSpark.registerUdfs(spark);
  }

  @Test
  void documentedDdlStringsAreTheTypes() {
    assertThat(DataType.fromDDL(QuoteSchema.QUOTES_DDL)).isEqualTo(QuoteSchema.QUOTES);
    assertThat(DataType.fromDDL(QuoteSchema.EXTRACTION_DDL)).isEqualTo(QuoteSchema.EXTRACTION);
    assertThat(QuoteSchema.QUOTES_DDL).startsWith("array<struct<quote_index:int,text:string,");
    assertThat(Arrays.asList(QuoteSchema.QUOTE.fieldNames()))
        .isEqualTo(
            Arrays.asList(QuoteSchema.rows(DataTypes.StringType).fieldNames())
                .subList(1, QuoteSchema.QUOTE.fields().length + 1));
  }
}
