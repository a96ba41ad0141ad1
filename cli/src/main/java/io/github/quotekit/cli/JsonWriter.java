package io.github.quotekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes result objects as UTF-8 JSON, flushing after each document.
 *
 * <p>In {@link OutputFormat#JSONL} each object is one compact line. In {@link OutputFormat#JSON}
 * the output is pretty-printed: a single object when exactly one document is written, otherwise
 * an array (empty when none is). Since that is only known at the second document, the first one
 * is held back until the second arrives or {@link #finish()} is called.
 *
 * <p>Null fields are written, so every object has the same keys. Output failures are thrown as
 * {@link UncheckedIOException}.
 */
final class JsonWriter {

  private static final Gson PRETTY =
      new GsonBuilder().serializeNulls().disableHtmlEscaping().setPrettyPrinting().create();

  private final OutputFormat format;
  private final OutputStream stream;
  private final Writer writer;
  private final com.google.gson.stream.JsonWriter array;
  private JsonObject held;
  private int count;

  /**
   * Creates a writer.
   *
   * @param format how to lay the objects out
   * @param stream where to write; it is flushed but never closed
   */
  JsonWriter(OutputFormat format, OutputStream stream) {
    this.format = requireNonNull(format, "format");
    this.stream = requireNonNull(stream, "stream");
    this.writer = new BufferedWriter(new OutputStreamWriter(stream, UTF_8));
    this.array = new com.google.gson.stream.JsonWriter(writer);
    array.setIndent("  ");
  }

  /**
   * Writes the object of one document.
   *
   * @param object the result or error object
   * @throws UncheckedIOException if the output cannot be written
   */
  void write(JsonObject object) {
    requireNonNull(object, "object");
    try {
      count++;
      if (format == OutputFormat.JSONL) {
        writer.write(ExtractionSerializer.toJsonLine(object));
        writer.write('\n');
      } else if (count == 1) {
        held = object;
        return;
      } else {
        if (count == 2) {
          array.beginArray();
          PRETTY.toJson(held, array);
          held = null;
        }
        PRETTY.toJson(object, array);
      }
      flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Ends the output: writes a held single object, or closes the array.
   *
   * @throws UncheckedIOException if the output cannot be written
   */
  void finish() {
    try {
      if (format == OutputFormat.JSON) {
        if (count == 1) {
          PRETTY.toJson(held, writer);
          held = null;
        } else {
          if (count == 0) {
            array.beginArray();
          }
          array.endArray();
        }
        writer.write('\n');
      }
      flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void flush() throws IOException {
    writer.flush();
    stream.flush();
    if (stream instanceof PrintStream print && print.checkError()) {
      throw new IOException("write error");
    }
  }
}
