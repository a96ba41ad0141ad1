package io.github.quotekit.spark;

import io.github.quotekit.Extraction;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

/**
 * The task-side function of {@link QuotekitSpark#quotes}: from a {@code (doc_id, text)} row to the
 * document's quote rows, or to one error row; a third column, when there is one, is the error of a
 * document that could not be read ({@link JsonLinesInput}).
 */
final class DocumentExtraction implements FlatMapFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  private final ExtractorConfig config;
  /** Null when the text column holds strings; else what to say of every non-null text. */
  private final String typeError;

  DocumentExtraction(ExtractorConfig config, String typeError) {
    this.config = config;
    this.typeError = typeError;
  }

  @Override
  public Iterator<Row> call(Row document) {
    Object id = document.get(0);
    if (document.size() > 2 && !document.isNullAt(2)) {
      return List.of(QuoteRows.errorRow(id, document.getString(2))).iterator();
    }
    if (document.isNullAt(1)) {
      return List.of(QuoteRows.errorRow(id, ExtractionUdf.NULL_TEXT)).iterator();
    }
    if (typeError != null) {
      return List.of(QuoteRows.errorRow(id, typeError)).iterator();
    }
    Extraction extraction;
    try {
      extraction = Extractors.get(config).extract(document.getString(1));
    } catch (RuntimeException | StackOverflowError e) {
      return List.of(QuoteRows.errorRow(id, QuoteRows.describe(e))).iterator();
    }
    return QuoteRows.documentRows(id, extraction).iterator();
  }
}
