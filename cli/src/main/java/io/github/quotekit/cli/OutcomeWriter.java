package io.github.quotekit.cli;

import com.google.gson.JsonObject;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Writes the outcome of each document in the chosen output format. */
interface OutcomeWriter {

  /**
   * Writes, or holds back, the outcome of one document.
   *
   * @throws UncheckedIOException if the output cannot be written
   */
  void write(Outcome outcome);

  /**
   * Ends the output.
   *
   * @throws UncheckedIOException if the output cannot be written
   */
  void finish();

  /**
   * Returns a writer of {@code format} to {@code stream}, which is flushed but never closed.
   *
   * <p>With a {@code meta} record ({@link RunMetadata}), JSON Lines output starts with the line
   * {@code {"meta": {...}}}, which has no {@code "id"}, and in JSON output every document object
   * ends with a {@code "meta"} field; the HTML report has none.
   *
   * @param format the output format
   * @param stream where to write
   * @param meta the meta record, if one is written
   * @throws UncheckedIOException if the meta line cannot be written
   */
  static OutcomeWriter of(OutputFormat format, OutputStream stream, Optional<JsonObject> meta) {
    if (format == OutputFormat.HTML) {
      return new HtmlWriter(stream);
    }
    JsonWriter json = new JsonWriter(format, stream);
    if (format == OutputFormat.JSONL && meta.isPresent()) {
      JsonObject line = new JsonObject();
      line.add("meta", meta.get());
      json.write(line);
    }
    return new OutcomeWriter() {
      @Override
      public void write(Outcome outcome) {
        JsonObject object = outcome.toJson();
        if (format == OutputFormat.JSON) {
          meta.ifPresent(value -> object.add("meta", value));
        }
        json.write(object);
      }

      @Override
      public void finish() {
        json.finish();
      }
    };
  }
}
