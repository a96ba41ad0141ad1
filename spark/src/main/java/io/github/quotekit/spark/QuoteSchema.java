package io.github.quotekit.spark;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark types of quotekit's output: one quote as a struct, the quotes of a document as an
 * array of those structs (what {@link QuotesUdf} returns), and one row per quote (what {@link
 * QuotekitSpark#quotes} returns).
 *
 * <p>Every field is nullable. The fields of a quote, in order:
 *
 * <table>
 *   <caption>Quote fields</caption>
 *   <tr><th>Field</th><th>Type</th><th>Meaning</th></tr>
 *   <tr><td>quote_index</td><td>int</td><td>0, 1, 2, ... in text order in the document</td></tr>
 *   <tr><td>text</td><td>string</td><td>the quoted words, without the quotation marks</td></tr>
 *   <tr><td>begin, end</td><td>int</td><td>the span of text in the article, as Java String
 *       offsets (UTF-16 code units), half-open</td></tr>
 *   <tr><td>type</td><td>string</td><td>how the quote is reported ({@code DIRECT}, ...)</td></tr>
 *   <tr><td>speaker_id, speaker_name, speaker_kind, speaker_title, speaker_description,
 *       speaker_party, speaker_state, speaker_role, speaker_organization</td>
 *       <td>int, string...</td><td>the resolved speaker; all null when unattributed</td></tr>
 *   <tr><td>mention_text, mention_begin, mention_end</td><td>string, int, int</td>
 *       <td>the words where the quote is attributed; null when none</td></tr>
 *   <tr><td>cue_text, cue_begin, cue_end, cue_lemma</td><td>string, int, int, string</td>
 *       <td>the words that introduce the quote; null when none</td></tr>
 *   <tr><td>confidence</td><td>double</td><td>rounded to 3 decimals, as in JSON output</td></tr>
 *   <tr><td>rule, channel</td><td>string</td><td>the deciding rule and the channel</td></tr>
 *   <tr><td>group</td><td>int</td><td>the quote's group within the document</td></tr>
 *   <tr><td>joined_by</td><td>string</td><td>why the quote continues the one before it</td></tr>
 * </table>
 *
 * <p>These are the fields of quotekit's JSON output (see the README), flattened and in snake case;
 * {@code OutputColumn} (package-private) maps each column to its JSON field, and the README's
 * "Output schema" table is checked against it.
 */
public final class QuoteSchema {

  /** The struct of one quote: the columns of {@code OutputColumn} but doc_id and error. */
  public static final StructType QUOTE =
      new StructType(
          OutputColumn.quoteColumns().stream()
              .map(column -> field(column.column(), column.type()))
              .toArray(StructField[]::new));

  /** The quotes of one document: {@code array<struct<...>>}, what {@link QuotesUdf} returns. */
  public static final ArrayType QUOTES = DataTypes.createArrayType(QUOTE, true);

  /**
   * {@link #QUOTES} as a DDL type string, the return type to give PySpark's {@code
   * spark.udf.registerJavaFunction("quotekit_quotes", "io.github.quotekit.spark.QuotesUdf",
   * QUOTES_DDL)}.
   */
  public static final String QUOTES_DDL = QUOTES.catalogString();

  /** What {@link ExtractionUdf} returns: {@code struct<quotes: QUOTES, error: string>}. */
  public static final StructType EXTRACTION =
      new StructType(
          new StructField[] {field("quotes", QUOTES), field("error", DataTypes.StringType)});

  /** {@link #EXTRACTION} as a DDL type string, for PySpark's {@code registerJavaFunction}. */
  public static final String EXTRACTION_DDL = EXTRACTION.catalogString();

  /** The name of the document id column of {@link #rows}. */
  public static final String DOC_ID = OutputColumn.DOC_ID.column();

  /** The name of the error column of {@link #rows}. */
  public static final String ERROR = OutputColumn.ERROR.column();

  private QuoteSchema() {}

  /**
   * Returns the schema of {@link QuotekitSpark#quotes}: {@code doc_id} (the documents' id column,
   * of its type), the fields of {@link #QUOTE}, then {@code error}, null on every quote row and set
   * on the one row of a document that could not be read.
   *
   * @param idType the type of the documents' id column
   */
  public static StructType rows(DataType idType) {
    requireNonNull(idType, "idType");
    List<StructField> fields = new ArrayList<>();
    fields.add(field(DOC_ID, idType));
    fields.addAll(List.of(QUOTE.fields()));
    fields.add(field(ERROR, OutputColumn.ERROR.type()));
    return new StructType(fields.toArray(new StructField[0]));
  }

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }
}
