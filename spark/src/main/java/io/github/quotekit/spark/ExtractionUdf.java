package io.github.quotekit.spark;

import static java.util.Objects.requireNonNull;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;

/**
 * A SQL function from an article's text to {@code struct<quotes: array<struct<...>>, error:
 * string>} ({@link QuoteSchema#EXTRACTION}): {@code quotekit_extract(text)} once registered with
 * {@link QuotekitSpark#registerUdfs}. Unlike {@link QuotesUdf} it never fails the query: a null
 * text, or one that cannot be read, gives null quotes and a message in {@code error}.
 */
public final class ExtractionUdf implements UDF1<String, Row> {

  private static final long serialVersionUID = 1L;

  /** The {@code error} of a null text. */
  public static final String NULL_TEXT = "text is null";

  private final ExtractorConfig config;

  /**
   * Creates the function with the options of the active Spark session's configuration (see
   * {@link ExtractorConfig#fromSparkConf}), or the defaults when there is no session.
   */
  public ExtractionUdf() {
    this(QuotesUdf.sessionConfig());
  }

  /** Creates the function with the given extractor options. */
  public ExtractionUdf(ExtractorConfig config) {
    this.config = requireNonNull(config, "config");
  }

  @Override
  public Row call(String text) {
    if (text == null) {
      return RowFactory.create(null, NULL_TEXT);
    }
    try {
      return RowFactory.create(QuoteRows.quoteStructs(Extractors.get(config).extract(text)), null);
    } catch (RuntimeException | StackOverflowError e) {
      return RowFactory.create(null, QuoteRows.describe(e));
    }
  }
}
