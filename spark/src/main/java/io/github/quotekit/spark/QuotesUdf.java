package io.github.quotekit.spark;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;

/**
 * A SQL function from an article's text to its quotes, {@code array<struct<...>>} of {@link
 * QuoteSchema#QUOTES}: {@code quotekit_quotes(text)} once registered with {@link
 * QuotekitSpark#registerUdfs}, or from PySpark:
 *
 * <pre>{@code
 * spark.udf.registerJavaFunction(
 *     "quotekit_quotes", "io.github.quotekit.spark.QuotesUdf", QUOTES_DDL)
 * }</pre>
 *
 * <p>A null text gives a null array. A text that cannot be read fails the query; {@link
 * ExtractionUdf} reports such a text in an error field instead. The extractor is this JVM's
 * shared one for the configuration (see {@link Extractors}).
 */
public final class QuotesUdf implements UDF1<String, List<Row>> {

  private static final long serialVersionUID = 1L;

  private final ExtractorConfig config;

  /**
   * Creates the function with the options of the active Spark session's configuration (see
   * {@link ExtractorConfig#fromSparkConf}), or the defaults when there is no session. This is
   * the constructor that Spark calls when the function is registered by class name.
   */
  public QuotesUdf() {
    this(sessionConfig());
  }

  /** Creates the function with the given extractor options. */
  public QuotesUdf(ExtractorConfig config) {
    this.config = requireNonNull(config, "config");
  }

  /** Returns the extractor options of this function. */
  public ExtractorConfig config() {
    return config;
  }

  @Override
  public List<Row> call(String text) {
    if (text == null) {
      return null;
    }
    return QuoteRows.quoteStructs(Extractors.get(config).extract(text));
  }

  /** Returns the options set in the active session's configuration, or the defaults. */
  static ExtractorConfig sessionConfig() {
    SparkSession session;
    try {
      session = SparkSession.active();
    } catch (IllegalStateException noSession) {
      return ExtractorConfig.defaults();
    }
    return ExtractorConfig.fromSparkConf(session.conf());
  }
}
