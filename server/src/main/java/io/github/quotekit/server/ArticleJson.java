package io.github.quotekit.server;

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
 * Reads one article written as the CLI's JSON Lines input writes it: {@code {"id": ..., "text":
 * ...}}, strict JSON, other fields ignored. The {@code id} is a string or a number and is given
 * back exactly as written; a missing or null one becomes the default the caller gives.
 */
final class ArticleJson {

  private static final TypeAdapter<JsonElement> ELEMENTS = new Gson().getAdapter(JsonElement.class);

  /** One article to extract. */
  record Article(JsonPrimitive id, String text) {}

  /** Why a JSON text is not an article, and the article's id when it could be read. */
  static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Optional<JsonPrimitive> id;

    Invalid(Optional<JsonPrimitive> id, String message) {
      super(message, null, false, false);
      this.id = id;
    }

    Optional<JsonPrimitive> id() {
      return id;
    }
  }

  private ArticleJson() {}

  /**
   * Reads an article.
   *
   * @param json the JSON text
   * @param defaultId the id of an article that gives none
   * @return the article
   * @throws Invalid if the text is not strict JSON, not an object, has no string {@code "text"} or
   *     an {@code "id"} of another kind
   */
  static Article parse(String json, JsonPrimitive defaultId) throws Invalid {
    requireNonNull(defaultId, "defaultId");
    JsonElement element;
    try {
      JsonReader reader = new JsonReader(new StringReader(json));
      reader.setStrictness(Strictness.STRICT);
      element = ELEMENTS.read(reader);
      reader.peek(); // fails unless only whitespace follows the value
    } catch (IOException | JsonParseException | IllegalStateException e) {
      throw new Invalid(Optional.empty(), "malformed JSON");
    }
    if (!element.isJsonObject()) {
      throw new Invalid(Optional.empty(), "not a JSON object");
    }
    JsonObject object = element.getAsJsonObject();
    JsonElement idElement = object.get("id");
    JsonPrimitive id;
    if (idElement == null || idElement.isJsonNull()) {
      id = defaultId;
    } else if (idElement.isJsonPrimitive()
        && (idElement.getAsJsonPrimitive().isString()
            || idElement.getAsJsonPrimitive().isNumber())) {
      id = idElement.getAsJsonPrimitive();
    } else {
      throw new Invalid(Optional.empty(), "\"id\" is neither a string nor a number");
    }
    JsonElement text = object.get("text");
    if (text == null || text.isJsonNull()) {
      throw new Invalid(Optional.of(id), "\"text\" is missing");
    }
    if (!text.isJsonPrimitive() || !text.getAsJsonPrimitive().isString()) {
      throw new Invalid(Optional.of(id), "\"text\" is not a string");
    }
    return new Article(id, text.getAsString());
  }
}
