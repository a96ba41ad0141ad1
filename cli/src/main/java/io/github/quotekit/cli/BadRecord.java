package io.github.quotekit.cli;

import static java.util.Objects.requireNonNull;

import com.google.gson.JsonPrimitive;
import io.github.quotekit.jsonl.ArticleJson;
import java.util.Optional;

/**
 * A JSON Lines input line that does not describe an article, or a text input that cannot be read
 * as one (too large, binary, not valid in its charset).
 *
 * @param id the line's or article's identifier, when it could be read
 * @param source the input the line belongs to ({@code "stdin"} or a file name)
 * @param line the 1-based line number within {@code source}, or 0 for a whole text input
 * @param message what is wrong with the line
 */
record BadRecord(Optional<JsonPrimitive> id, String source, int line, String message)
    implements InputRecord {

  /** Checks that no component is null. */
  BadRecord {
    requireNonNull(id, "id");
    requireNonNull(source, "source");
    requireNonNull(message, "message");
  }

  @Override
  public String location() {
    return line == 0 ? source : source + ":" + line;
  }

  /** Returns the message written in the output's {@code "error"} field. */
  String error() {
    return line == 0 ? message : ArticleJson.lineError(line, message);
  }
}
