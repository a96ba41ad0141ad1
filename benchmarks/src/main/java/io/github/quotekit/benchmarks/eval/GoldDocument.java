package io.github.quotekit.benchmarks.eval;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One gold article: a line of the output of polnear_to_jsonl.py, or any object of that shape.
 *
 * @param id the article's {@code id} as decoded from JSON (usually a string)
 * @param text the article text, the string quotekit extracts from
 * @param quotes the gold direct-quotation units
 * @param attributions the gold attributions; empty when the file has none
 */
public record GoldDocument(
    JsonElement id, String text, List<GoldQuote> quotes, List<GoldAttribution> attributions) {

  /** Copies the lists. */
  public GoldDocument {
    quotes = List.copyOf(quotes);
    attributions = List.copyOf(attributions);
  }

  /** Returns {@code str(doc["id"])}, as score.py prints it. */
  public String idString() {
    return PyJson.pyStr(id);
  }

  /**
   * Loads a gold file as score.py does: JSON lines, a single JSON object, or a JSON array.
   *
   * @throws IllegalArgumentException if the file does not have the gold shape
   */
  public static List<GoldDocument> load(Path file) {
    return parse(PyJson.readItems(file));
  }

  /** Converts decoded gold items, in order. */
  public static List<GoldDocument> parse(List<JsonElement> items) {
    List<GoldDocument> docs = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      try {
        docs.add(fromJson(items.get(i)));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("gold item " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return docs;
  }

  /** Converts one decoded gold item. */
  public static GoldDocument fromJson(JsonElement item) {
    JsonObject doc = object(item, "gold document");
    JsonElement id = required(doc, "id");
    String text = string(required(doc, "text"), "text");
    List<GoldQuote> quotes = new ArrayList<>();
    for (JsonElement q : array(required(doc, "quotes"), "quotes")) {
      JsonObject quote = object(q, "gold quote");
      Interval span =
          new Interval(integer(required(quote, "begin")), integer(required(quote, "end")));
      JsonElement entity = quote.get("entity");
      quotes.add(
          new GoldQuote(
              span,
              optionalString(quote.get("text")),
              spans(quote.get("source")),
              optionalString(quote.get("sourceText")),
              PyJson.truthy(entity) ? string(entity, "entity") : null));
    }
    List<GoldAttribution> attributions = new ArrayList<>();
    JsonElement attrs = doc.get("attributions");
    if (!PyJson.isNone(attrs)) {
      for (JsonElement a : array(attrs, "attributions")) {
        JsonObject attribution = object(a, "gold attribution");
        attributions.add(
            new GoldAttribution(
                spans(required(attribution, "content")),
                spans(attribution.get("source")),
                optionalString(attribution.get("sourceText")),
                optionalString(attribution.get("cueText"))));
      }
    }
    return new GoldDocument(id, text, quotes, attributions);
  }

  // [[b, e], ...]; null counts as empty, as Python's `not g["source"]` does.
  private static List<Interval> spans(JsonElement value) {
    List<Interval> out = new ArrayList<>();
    if (PyJson.isNone(value)) {
      return out;
    }
    for (JsonElement pair : array(value, "span list")) {
      JsonArray be = array(pair, "span");
      if (be.size() != 2) {
        throw new IllegalArgumentException("a span must be [begin, end]: " + pair);
      }
      out.add(new Interval(integer(be.get(0)), integer(be.get(1))));
    }
    return out;
  }

  private static JsonElement required(JsonObject obj, String name) {
    if (!obj.has(name)) {
      throw new IllegalArgumentException("missing \"" + name + "\"");
    }
    return obj.get(name);
  }

  private static JsonObject object(JsonElement value, String what) {
    if (PyJson.isNone(value) || !value.isJsonObject()) {
      throw new IllegalArgumentException(what + " is not an object");
    }
    return value.getAsJsonObject();
  }

  private static JsonArray array(JsonElement value, String what) {
    if (PyJson.isNone(value) || !value.isJsonArray()) {
      throw new IllegalArgumentException(what + " is not an array");
    }
    return value.getAsJsonArray();
  }

  private static long integer(JsonElement value) {
    if (!PyJson.isPyInt(value)) {
      throw new IllegalArgumentException("not an integer offset: " + value);
    }
    return PyJson.pyInt(value);
  }

  private static String string(JsonElement value, String what) {
    if (PyJson.isNone(value)
        || !value.isJsonPrimitive()
        || !value.getAsJsonPrimitive().isString()) {
      throw new IllegalArgumentException(what + " is not a string");
    }
    return value.getAsString();
  }

  private static String optionalString(JsonElement value) {
    return PyJson.isNone(value) ? null : string(value, "text field");
  }
}
