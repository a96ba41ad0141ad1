package io.github.quotekit.jsonl;

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
import java.io.Serializable;
import java.io.StringReader;
import java.util.Optional;

/**
 * Reads one article written as JSON, {@code {"id": ..., "text": ...}}: a line of JSON Lines input,
 * or a whole JSON body. This is the one reader of quotekit's JSON input; the CLI, the server and
 * the Spark job use it, so that the same line gives the same id and the same error everywhere.
 *
 * <p>The rules:
 *
 * <ul>
 *   <li>The JSON is strict (no comments, single quotes or trailing text); other fields are
 *       ignored.
 *   <li>The {@code id} is a string or a number and is kept exactly as written ({@code 1.50} stays
 *       {@code 1.50}); a missing or null {@code id} becomes the default: for a line, its 1-based
 *       line number as a string.
 *   <li>The {@code text} must be a string.
 *   <li>A blank line is no article and no error; it still counts as a line. A byte order mark
 *       before the first line is dropped.
 *   <li>Anything else is {@link Invalid}, with one of the problems {@code malformed JSON} (and
 *       where: {@code malformed JSON at column 9}), {@code not a JSON object}, {@code "id" is
 *       neither a string nor a number}, {@code "text" is missing} or {@code "text" is not a
 *       string}; the error of a line is {@code line N: PROBLEM} ({@link #lineError}).
 * </ul>
 *
 * <pre>{@code
 * String line = "{\"id\": 7, \"text\": \"“Not now,” Ruiz said.\"}";
 * ArticleJson.Result result = ArticleJson.standard().readLine(line, 1).orElseThrow(); // not blank
 * if (result instanceof ArticleJson.Article article) {
 *   System.out.println(article.id() + ": " + article.text()); // 7: “Not now,” Ruiz said.
 * } else if (result instanceof ArticleJson.Invalid invalid) {
 *   System.out.println(ArticleJson.lineError(1, invalid.problem()));
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; serializable, so that a Spark task can hold one.
 */
public final class ArticleJson implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The field of the id in the standard reader. */
  public static final String ID_FIELD = "id";

  /** The field of the text in the standard reader. */
  public static final String TEXT_FIELD = "text";

  private static final ArticleJson STANDARD = new ArticleJson(ID_FIELD, TEXT_FIELD);
  private static final TypeAdapter<JsonElement> ELEMENTS = new Gson().getAdapter(JsonElement.class);
  private static final String LENIENCY_ADVICE =
      "Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON ";
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final String idField;
  private final String textField;

  private ArticleJson(String idField, String textField) {
    this.idField = requireNonNull(idField, "idField");
    this.textField = requireNonNull(textField, "textField");
  }

  /**
   * Returns the reader of {@code {"id": ..., "text": ...}}, the CLI's and the server's input.
   *
   * @return the standard reader
   */
  public static ArticleJson standard() {
    return STANDARD;
  }

  /**
   * Returns a reader of other field names (the Spark job's {@code --id-column} and {@code
   * --text-column}); its problems name those fields ({@code "body" is missing}).
   *
   * @param idField the field of the id
   * @param textField the field of the text
   * @return the reader
   */
  public static ArticleJson of(String idField, String textField) {
    return new ArticleJson(idField, textField);
  }

  /** What a JSON text is: an {@link Article}, or {@link Invalid}. */
  public sealed interface Result permits Article, Invalid {}

  /**
   * An article to extract.
   *
   * @param id its id: a JSON string or number, as given, or the default
   * @param text its text
   */
  public record Article(JsonPrimitive id, String text) implements Result {
    /** Checks that no component is null. */
    public Article {
      requireNonNull(id, "id");
      requireNonNull(text, "text");
    }
  }

  /**
   * A JSON text that is not an article.
   *
   * @param id its id, when it could be read (the default when it gives none)
   * @param problem what is wrong, without the line number
   */
  public record Invalid(Optional<JsonPrimitive> id, String problem) implements Result {
    /** Checks that no component is null. */
    public Invalid {
      requireNonNull(id, "id");
      requireNonNull(problem, "problem");
    }
  }

  /**
   * Returns the error text of a line that is not an article: {@code line 4: "text" is missing}.
   *
   * @param lineNumber the 1-based line number
   * @param problem what is wrong with the line
   * @return the error, as the output's {@code error} field gives it
   */
  public static String lineError(int lineNumber, String problem) {
    return "line " + lineNumber + ": " + problem;
  }

  /**
   * Reads one line of JSON Lines input.
   *
   * @param line the line, without its terminator
   * @param lineNumber its 1-based number within its input: the id of an article without one
   * @return the article or why the line is none; empty for a blank line
   */
  public Optional<Result> readLine(String line, int lineNumber) {
    String json = line;
    if (lineNumber == 1 && !json.isEmpty() && json.charAt(0) == BYTE_ORDER_MARK) {
      json = json.substring(1);
    }
    if (json.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(read(json, new JsonPrimitive(Integer.toString(lineNumber))));
  }

  /**
   * Reads one article from a JSON text.
   *
   * @param json the JSON text
   * @param defaultId the id of an article that gives none
   * @return the article, or why the text is none
   */
  public Result read(String json, JsonPrimitive defaultId) {
    requireNonNull(json, "json");
    requireNonNull(defaultId, "defaultId");
    JsonElement element;
    try {
      JsonReader reader = new JsonReader(new StringReader(json));
      reader.setStrictness(Strictness.STRICT);
      element = ELEMENTS.read(reader);
      reader.peek(); // fails unless only whitespace follows the value
    } catch (IOException | JsonParseException | IllegalStateException e) {
      return new Invalid(Optional.empty(), "malformed JSON" + describe(e));
    }
    if (!element.isJsonObject()) {
      return new Invalid(Optional.empty(), "not a JSON object");
    }
    JsonObject object = element.getAsJsonObject();
    JsonElement idElement = object.get(idField);
    JsonPrimitive id;
    if (idElement == null || idElement.isJsonNull()) {
      id = defaultId;
    } else if (idElement.isJsonPrimitive()
        && (idElement.getAsJsonPrimitive().isString()
            || idElement.getAsJsonPrimitive().isNumber())) {
      id = idElement.getAsJsonPrimitive();
    } else {
      return new Invalid(Optional.empty(), quoted(idField) + " is neither a string nor a number");
    }
    JsonElement text = object.get(textField);
    if (text == null || text.isJsonNull()) {
      return new Invalid(Optional.of(id), quoted(textField) + " is missing");
    }
    if (!text.isJsonPrimitive() || !text.getAsJsonPrimitive().isString()) {
      return new Invalid(Optional.of(id), quoted(textField) + " is not a string");
    }
    return new Article(id, text.getAsString());
  }

  /** Returns the field name as a JSON string, as a problem names it. */
  private static String quoted(String field) {
    return new JsonPrimitive(field).toString();
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
