package io.github.quotekit.spark;

import io.github.quotekit.Cue;
import io.github.quotekit.Extraction;
import io.github.quotekit.JoinReason;
import io.github.quotekit.Mention;
import io.github.quotekit.Quote;
import io.github.quotekit.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** Turns quotekit's results into Spark rows of {@link QuoteSchema}'s types. */
final class QuoteRows {

  /** The number of fields of {@link QuoteSchema#QUOTE}. */
  static final int QUOTE_WIDTH = QuoteSchema.QUOTE.fields().length;

  private QuoteRows() {}

  /** Returns the {@link QuoteSchema#QUOTES} value of an extraction. */
  static List<Row> quoteStructs(Extraction extraction) {
    List<Quote> quotes = extraction.quotes();
    List<Row> rows = new ArrayList<>(quotes.size());
    for (int i = 0; i < quotes.size(); i++) {
      Object[] values = new Object[QUOTE_WIDTH];
      fill(values, 0, i, quotes.get(i));
      rows.add(RowFactory.create(values));
    }
    return rows;
  }

  /** Returns the {@link QuoteSchema#rows} of a document that was read. */
  static List<Row> documentRows(Object docId, Extraction extraction) {
    List<Quote> quotes = extraction.quotes();
    List<Row> rows = new ArrayList<>(quotes.size());
    for (int i = 0; i < quotes.size(); i++) {
      Object[] values = new Object[QUOTE_WIDTH + 2];
      values[0] = docId;
      fill(values, 1, i, quotes.get(i));
      rows.add(RowFactory.create(values));
    }
    return rows;
  }

  /** Returns the one {@link QuoteSchema#rows} row of a document that could not be read. */
  static Row errorRow(Object docId, String error) {
    Object[] values = new Object[QUOTE_WIDTH + 2];
    values[0] = docId;
    values[values.length - 1] = error;
    return RowFactory.create(values);
  }

  /** Writes the {@link QuoteSchema#QUOTE} fields of a quote into {@code values} from {@code at}. */
  private static void fill(Object[] values, int at, int index, Quote quote) {
    int i = at;
    values[i++] = index;
    values[i++] = quote.text();
    values[i++] = quote.span().begin();
    values[i++] = quote.span().end();
    values[i++] = quote.type().name();
    Optional<Speaker> speaker = quote.speaker();
    values[i++] = speaker.map(Speaker::id).orElse(null);
    values[i++] = speaker.map(Speaker::name).orElse(null);
    values[i++] = speaker.map(s -> s.kind().name()).orElse(null);
    values[i++] = speaker.flatMap(Speaker::title).orElse(null);
    values[i++] = speaker.flatMap(Speaker::description).orElse(null);
    values[i++] = speaker.flatMap(Speaker::party).orElse(null);
    values[i++] = speaker.flatMap(Speaker::state).orElse(null);
    values[i++] = speaker.flatMap(Speaker::role).orElse(null);
    values[i++] = speaker.flatMap(Speaker::organization).orElse(null);
    Optional<Mention> mention = quote.speakerMention();
    values[i++] = mention.map(Mention::text).orElse(null);
    values[i++] = mention.map(m -> m.span().begin()).orElse(null);
    values[i++] = mention.map(m -> m.span().end()).orElse(null);
    Optional<Cue> cue = quote.cue();
    values[i++] = cue.map(Cue::text).orElse(null);
    values[i++] = cue.map(c -> c.span().begin()).orElse(null);
    values[i++] = cue.map(c -> c.span().end()).orElse(null);
    values[i++] = cue.map(Cue::lemma).orElse(null);
    values[i++] = roundConfidence(quote.confidence());
    values[i++] = quote.rule();
    values[i++] = quote.channel().name();
    values[i++] = quote.group();
    values[i++] = quote.joinedBy().map(JoinReason::name).orElse(null);
  }

  /** Rounds a confidence to 3 decimals, half up, as the JSON output does. */
  static double roundConfidence(double confidence) {
    return Math.round(confidence * 1000.0) / 1000.0;
  }

  /** Describes a failure in one line, for an error column. */
  static String describe(Throwable failure) {
    String message = failure.getMessage();
    return "extraction failed: "
        + failure.getClass().getName()
        + (message == null ? "" : ": " + message);
  }
}
