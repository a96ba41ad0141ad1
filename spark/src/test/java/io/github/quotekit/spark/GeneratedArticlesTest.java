package io.github.quotekit.spark;

import static io.github.quotekit.spark.SparkTests.expected;
import static io.github.quotekit.spark.SparkTests.maps;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.QuoteExtractor;
import io.github.quotekit.spark.SparkTests.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One thousand generated articles through the DataFrame function and the plain extractor. */
class GeneratedArticlesTest {

  private static final int ARTICLES = 1_000;

  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = SparkTests.session(GeneratedArticlesTest.class);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void sparkGivesThePlainExtractorsQuotesOnAThousandArticles() {
    List<String> articles = NewsGenerator.articles(1, ARTICLES);
    List<Document> documents = new ArrayList<>();
    List<Row> input = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      documents.add(new Document((long) i, articles.get(i)));
      input.add(RowFactory.create((long) i, articles.get(i)));
    }
    StructType schema =
        new StructType(
            new StructField[] {
              DataTypes.createStructField("id", DataTypes.LongType, false),
              DataTypes.createStructField("text", DataTypes.StringType, false)
            });
    List<Object> ids = documents.stream().map(Document::id).toList();

    long start = System.nanoTime();
    List<Map<String, Object>> expected = expected(documents, QuoteExtractor.english());
    long plain = System.nanoTime() - start;
    start = System.nanoTime();
    List<Row> rows =
        QuotekitSpark.quotes(spark.createDataFrame(input, schema).repartition(4)).collectAsList();
    long onSpark = System.nanoTime() - start;
    System.out.printf(
        "%d articles, %d quotes: plain extractor (1 thread) %.1f s, Spark local[2] %.1f s"
            + " (a cold JVM: see Throughput for steady-state figures)%n",
        ARTICLES, expected.size(), plain / 1e9, onSpark / 1e9);

    assertThat(expected).hasSizeGreaterThan(ARTICLES);
    assertThat(rows).noneMatch(row -> row.getAs("error") != null);
    assertThat(maps(rows, ids)).isEqualTo(expected);
  }
}
