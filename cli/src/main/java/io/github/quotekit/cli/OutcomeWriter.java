package io.github.quotekit.cli;

import java.io.OutputStream;
import java.io.UncheckedIOException;

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
   * @param format the output format
   * @param stream where to write
   */
  static OutcomeWriter of(OutputFormat format, OutputStream stream) {
    if (format == OutputFormat.HTML) {
      return new HtmlWriter(stream);
    }
    JsonWriter json = new JsonWriter(format, stream);
    return new OutcomeWriter() {
      @Override
      public void write(Outcome outcome) {
        json.write(outcome.toJson());
      }

      @Override
      public void finish() {
        json.finish();
      }
    };
  }
}
