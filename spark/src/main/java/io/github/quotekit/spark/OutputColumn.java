package io.github.quotekit.spark;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * The columns of {@link QuoteSchema#rows}, in order, each with the field of quotekit's JSON output
 * it holds: the one mapping between the camelCase JSON and the snake-case Spark columns. {@link
 * QuoteSchema} builds its types from it; the README's table ("Output schema") is checked against
 * it by {@code OutputColumnTest}, which also checks each column's value against the CLI's JSON
 * for the same quote.
 */
enum OutputColumn {
  DOC_ID("doc_id", "id", null),
  QUOTE_INDEX("quote_index", null, DataTypes.IntegerType),
  TEXT("text", "text", DataTypes.StringType),
  BEGIN("begin", "begin", DataTypes.IntegerType),
  END("end", "end", DataTypes.IntegerType),
  TYPE("type", "type", DataTypes.StringType),
  SPEAKER_ID("speaker_id", "speaker.id", DataTypes.IntegerType),
  SPEAKER_NAME("speaker_name", "speaker.name", DataTypes.StringType),
  SPEAKER_KIND("speaker_kind", "speaker.kind", DataTypes.StringType),
  SPEAKER_TITLE("speaker_title", "speaker.title", DataTypes.StringType),
  SPEAKER_DESCRIPTION("speaker_description", "speaker.description", DataTypes.StringType),
  SPEAKER_PARTY("speaker_party", "speaker.party", DataTypes.StringType),
  SPEAKER_STATE("speaker_state", "speaker.state", DataTypes.StringType),
  SPEAKER_ROLE("speaker_role", "speaker.role", DataTypes.StringType),
  SPEAKER_ORGANIZATION("speaker_organization", "speaker.organization", DataTypes.StringType),
  MENTION_TEXT("mention_text", "speakerMention.text", DataTypes.StringType),
  MENTION_BEGIN("mention_begin", "speakerMention.begin", DataTypes.IntegerType),
  MENTION_END("mention_end", "speakerMention.end", DataTypes.IntegerType),
  CUE_TEXT("cue_text", "cue.text", DataTypes.StringType),
  CUE_BEGIN("cue_begin", "cue.begin", DataTypes.IntegerType),
  CUE_END("cue_end", "cue.end", DataTypes.IntegerType),
  CUE_LEMMA("cue_lemma", "cue.lemma", DataTypes.StringType),
  CONFIDENCE("confidence", "confidence", DataTypes.DoubleType),
  RULE("rule", "rule", DataTypes.StringType),
  CHANNEL("channel", "channel", DataTypes.StringType),
  GROUP("group", "group", DataTypes.IntegerType),
  JOINED_BY("joined_by", "joinedBy", DataTypes.StringType),
  ERROR("error", "error", DataTypes.StringType);

  /** The JSON fields that no column holds, as the README lists them. */
  static final List<String> NOT_IN_SPARK =
      List.of("fragments", "explanation", "speakers[].mentions", "speaker.age", "meta");

  private final String column;
  private final String jsonField;
  private final DataType type;

  OutputColumn(String column, String jsonField, DataType type) {
    this.column = column;
    this.jsonField = jsonField;
    this.type = type;
  }

  /** Returns the Spark column's name. */
  String column() {
    return column;
  }

  /**
   * Returns the JSON field the column holds: of the article ({@code id}, {@code error}) or of the
   * quote, {@code .} between an object and its field ({@code speaker.name}); empty for {@code
   * quote_index}, the quote's position in {@code quotes}.
   */
  Optional<String> jsonField() {
    return Optional.ofNullable(jsonField);
  }

  /** Returns the column's type; {@link #DOC_ID} has the documents' id type, and none here. */
  DataType type() {
    return type;
  }

  /** Returns the columns of one quote, {@link QuoteSchema#QUOTE}: all but doc_id and error. */
  static List<OutputColumn> quoteColumns() {
    return Arrays.asList(values()).subList(QUOTE_INDEX.ordinal(), ERROR.ordinal());
  }
}
