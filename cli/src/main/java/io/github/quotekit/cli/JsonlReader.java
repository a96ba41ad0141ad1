package io.github.quotekit.cli;

import static java.util.Objects.requireNonNull;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;

/**
 * Reads JSON Lines input: one {@code {"id": ..., "text": ...}} object per line.
 *
 * <p>Blank lines are skipped. Other fields of an object are ignored. The {@code id} may be a string
 * or a number and is kept exactly as written; a missing or null {@code id} becomes the line number,
 * as a string. A line that is not strict JSON, not an object, has no string {@code text}, or has an
 * {@code id} of another type becomes a {@link BadRecord}; reading goes on with the next line.
 */
final class JsonlReader {

  private static final TypeAdapter<JsonElement> ELEMENTS = new Gson().getAdapter(JsonElement.class);
  private static final String LENIENCY_ADVICE =
      "Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON ";
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final BoundedLines lines;
  private final String source;
  private int lineNumber;

  /**
   * Creates a reader.
   *
   * @param lines the lines to read
   * @param source the name of the input, for {@link InputRecord#location()}
   */
  JsonlReader(BoundedLines lines, String source) {
    this.lines = requireNonNull(lines, "lines");
    this.source = requireNonNull(source, "source");
  }

  /**
   * Reads the next non-blank line.
   *
   * @return the line as a {@link Document} or a {@link BadRecord} (also when the line is too
   *     long, looks binary or is not valid in the charset), or null at the end of input
   * @throws IOException if the input cannot be read
   */
  InputRecord next() throws IOException {
    BoundedLines.Line next;
    while ((next = lines.next()) != null) {
      lineNumber++;
      if (next.problem() != null) {
        return bad(null, source, lineNumber, next.problem());
      }
      String line = next.text();
      if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
        line = line.substring(1);
      }
      if (!line.isBlank()) {
        return parse(line, source, lineNumber);
      }
    }
    return null;
  }

  /**
   * Reads one non-blank line.
   *
   * @param line the line, without its terminator
   * @param source the name of the input
   * @param lineNumber the 1-based number of the line within the input
   * @return the line as a {@link Document} or a {@link BadRecord}
   */
  static InputRecord parse(String line, String source, int lineNumber) {
    JsonElement element;
    try {
      JsonReader json = new JsonReader(new StringReader(line));
      json.setStrictness(Strictness.STRICT);
      element = ELEMENTS.read(json);
      json.peek(); // fails unless only whitespace follows the value
    } catch (IOException | JsonParseException | IllegalStateException e) {
      return bad(null, source, lineNumber, "malformed JSON" + describe(e));
    }
    if (!element.isJsonObject()) {
      return bad(null, source, lineNumber, "not a JSON object");
    }
    JsonObject object = element.getAsJsonObject();

    JsonPrimitive id;
    JsonElement idElement = object.get("id");
    if (idElement == null || idElement.isJsonNull()) {
      id = new JsonPrimitive(Integer.toString(lineNumber));
    } else if (idElement.isJsonPrimitive()
        && (idElement.getAsJsonPrimitive().isString()
            || idElement.getAsJsonPrimitive().isNumber())) {
      id = idElement.getAsJsonPrimitive();
    } else {
      return bad(null, source, lineNumber, "\"id\" is neither a string nor a number");
    }

    JsonElement text = object.get("text");
    if (text == null || text.isJsonNull()) {
      return bad(id, source, lineNumber, "\"text\" is missing");
    }
    if (!text.isJsonPrimitive() || !text.getAsJsonPrimitive().isString()) {
      return bad(id, source, lineNumber, "\"text\" is not a string");
    }
    return new Document(id, text.getAsString(), source + ":" + lineNumber);
  }

  private static BadRecord bad(JsonPrimitive id, String source, int lineNumber, String message) {
    return new BadRecord(Optional.ofNullable(id), source, lineNumber, message);
  }

  /**
   * Turns Gson's message ("Use JsonReader.setStrictness(...) ... at line 1 column 9 path $.id\nSee
   * https://...") into a short suffix for "malformed JSON": " at column 9", or ": expected name at
   * column 9".
   */
  private static String describe(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int newline = message.indexOf('\n');
    if (newline >= 0) {
      message = message.substring(0, newline);
    }
    message =
        message
            .replace(LENIENCY_ADVICE, "")
            .replaceFirst(" path \\S*$", "")
            .replace("line 1 column", "column")
            .strip();
    if (message.startsWith("at ")) {
      return " " + message;
    }
    return message.isEmpty()
        ? ""
        : ": " + Character.toLowerCase(message.charAt(0)) + message.substring(1);
  }
}
