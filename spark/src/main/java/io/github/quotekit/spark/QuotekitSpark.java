package io.github.quotekit.spark;

import static java.util.Objects.requireNonNull;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * quotekit on Spark DataFrames.
 *
 * <pre>{@code
 * Dataset<Row> articles = spark.read().parquet("archive/");   // columns id, text
 * Dataset<Row> quotes = QuotekitSpark.quotes(articles);       // one row per quote
 * quotes.write().parquet("quotes/");
 *
 * QuotekitSpark.registerUdfs(spark);                          // SQL: quotekit_quotes(text)
 * spark.sql("SELECT id, q.text, q.speaker_name"
 *     + " FROM articles LATERAL VIEW explode(quotekit_quotes(text)) t AS q");
 * }</pre>
 *
 * <p>The models are loaded once per executor JVM, the first time a task there needs them, and
 * shared by all the executor's task threads (see {@link Extractors}).
 */
public final class QuotekitSpark {

  /** The default name of the documents' id column. */
  public static final String DEFAULT_ID_COLUMN = "id";

  /** The default name of the documents' text column. */
  public static final String DEFAULT_TEXT_COLUMN = "text";

  /** The SQL name under which {@link #registerUdfs} registers {@link QuotesUdf}. */
  public static final String QUOTES_FUNCTION = "quotekit_quotes";

  /** The SQL name under which {@link #registerUdfs} registers {@link ExtractionUdf}. */
  public static final String EXTRACT_FUNCTION = "quotekit_extract";

  private QuotekitSpark() {}

  /**
   * Returns the quotes of documents with columns {@code id} and {@code text}, with the default
   * extractor options; see {@link #quotes(Dataset, String, String, ExtractorConfig)}.
   */
  public static Dataset<Row> quotes(Dataset<Row> documents) {
    return quotes(documents, DEFAULT_ID_COLUMN, DEFAULT_TEXT_COLUMN, ExtractorConfig.defaults());
  }

  /**
   * Returns one row per quote of the documents, with the schema {@link QuoteSchema#rows}: {@code
   * doc_id} (the id column, of its type), the quote's fields ({@link QuoteSchema#QUOTE}) and
   * {@code error}. A document without quotes gives no row. A document whose text is null, or not a
   * string, or cannot be read gives one row with its {@code doc_id}, null quote fields and a
   * message in {@code error}, and the job goes on.
   *
   * <p>The result is lazy, like any Spark transformation, and keeps the documents' partitioning.
   * When a column does not exist, Spark throws its {@code org.apache.spark.sql.AnalysisException}
   * (a checked exception that Scala code throws undeclared).
   *
   * @param documents the documents
   * @param idColumn the name of the id column, of any type (written back as given)
   * @param textColumn the name of the text column, plain text with paragraphs split by blank lines
   * @param config the extractor's options
   */
  public static Dataset<Row> quotes(
      Dataset<Row> documents, String idColumn, String textColumn, ExtractorConfig config) {
    requireNonNull(documents, "documents");
    requireNonNull(idColumn, "idColumn");
    requireNonNull(textColumn, "textColumn");
    requireNonNull(config, "config");
    Dataset<Row> pairs = documents.select(documents.col(idColumn), documents.col(textColumn));
    StructType pairSchema = pairs.schema();
    DataType idType = pairSchema.fields()[0].dataType();
    DataType textType = pairSchema.fields()[1].dataType();
    String typeError =
        textType.equals(DataTypes.StringType)
            ? null
            : "text is not a string but " + textType.simpleString();
    StructType schema = QuoteSchema.rows(idType);
    return pairs.flatMap(new DocumentExtraction(config, typeError), Encoders.row(schema));
  }

  /**
   * Returns the quotes of the documents {@link JsonLinesInput#read} gives, with the schema {@link
   * QuoteSchema#rows} of their id type: the quotes of each article, and one error row for each line
   * that is not one.
   */
  static Dataset<Row> quotesOfJsonLines(Dataset<Row> documents, ExtractorConfig config) {
    DataType idType = documents.schema().fields()[0].dataType();
    return documents.flatMap(
        new DocumentExtraction(config, null), Encoders.row(QuoteSchema.rows(idType)));
  }

  /**
   * Registers {@link QuotesUdf} as {@value #QUOTES_FUNCTION} and {@link ExtractionUdf} as {@value
   * #EXTRACT_FUNCTION}, with the default extractor options, for SQL and every language's {@code
   * expr}/{@code call_function}.
   */
  public static void registerUdfs(SparkSession spark) {
    registerUdfs(spark, ExtractorConfig.defaults());
  }

  /** Registers the two functions as {@link #registerUdfs(SparkSession)}, with these options. */
  public static void registerUdfs(SparkSession spark, ExtractorConfig config) {
    requireNonNull(spark, "spark");
    requireNonNull(config, "config");
    spark.udf().register(QUOTES_FUNCTION, new QuotesUdf(config), QuoteSchema.QUOTES);
    spark.udf().register(EXTRACT_FUNCTION, new ExtractionUdf(config), QuoteSchema.EXTRACTION);
  }
}
