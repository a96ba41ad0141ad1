package io.github.quotekit.benchmarks.eval;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Predicted articles indexed by id, as score.py's {@code pred} dict: one JSON object per article,
 * {@code {"id": ..., "quotes": [...]}}; an object without {@code id} belongs to the only gold
 * article when there is exactly one. A later object with the same id replaces an earlier one.
 *
 * <p>Instances are immutable after construction.
 */
public final class Predictions {

  private final Map<String, JsonElement> byId = new HashMap<>();

  private Predictions() {}

  /** Loads a prediction file: JSON lines, a single JSON object, or a JSON array. */
  public static Predictions load(Path file, List<GoldDocument> gold) {
    return of(PyJson.readItems(file), gold);
  }

  /** Indexes decoded prediction items against the gold they will be scored on. */
  public static Predictions of(List<? extends JsonElement> items, List<GoldDocument> gold) {
    // The default is computed before the lookup, as in score.py's d.get("id", default).
    JsonElement defaultId = gold.size() == 1 ? gold.get(0).id() : null;
    Predictions predictions = new Predictions();
    for (JsonElement item : items) {
      if (PyJson.isNone(item) || !item.isJsonObject()) {
        throw new IllegalArgumentException("a prediction item is not an object: " + item);
      }
      JsonElement id = item.getAsJsonObject().has("id") ? item.getAsJsonObject().get("id") : defaultId;
      predictions.byId.put(key(id), item);
    }
    return predictions;
  }

  /**
   * Returns score.py's {@code pred_docs.get(id, {}).get("quotes", [])}: the raw quote values of
   * the article, empty when it was not predicted.
   */
  public List<JsonElement> quotesOf(JsonElement docId) {
    JsonElement doc = byId.get(key(docId));
    if (doc == null || !doc.getAsJsonObject().has("quotes")) {
      return List.of();
    }
    JsonElement quotes = doc.getAsJsonObject().get("quotes");
    if (PyJson.isNone(quotes)) {
      throw new IllegalArgumentException("\"quotes\" is null for article " + PyJson.pyStr(docId));
    }
    // Iterating a dict or a str yields strings, which span_of ignores: no quotes.
    return quotes.isJsonArray() ? quotes.getAsJsonArray().asList() : List.of();
  }

  /**
   * Returns the direct quotations of these predictions, as the direct tracks see them when
   * reported speech is on: quotes of type {@code DIRECT} (or of no type) as they are, each of the
   * {@code "fragments"} of a {@code MIXED} quote as a quote with that quote's speaker, and nothing
   * of an {@code INDIRECT} one.
   */
  public Predictions directView() {
    return withQuotes(Predictions::directQuotesOf);
  }

  /** These predictions with each article's array of quotes, when it has one, replaced. */
  private Predictions withQuotes(UnaryOperator<JsonArray> replacement) {
    Predictions view = new Predictions();
    byId.forEach(
        (key, doc) -> {
          JsonObject copy = doc.getAsJsonObject().deepCopy();
          if (copy.has("quotes") && copy.get("quotes").isJsonArray()) {
            copy.add("quotes", replacement.apply(copy.getAsJsonArray("quotes")));
          }
          view.byId.put(key, copy);
        });
    return view;
  }

  private static JsonArray directQuotesOf(JsonArray quotes) {
    JsonArray direct = new JsonArray();
    for (JsonElement element : quotes) {
      JsonObject quote = element.isJsonObject() ? element.getAsJsonObject() : null;
      if (quote == null || !quote.has("fragments")) {
        if (quote == null || !isType(quote, "INDIRECT")) {
          direct.add(element);
        }
        continue;
      }
      for (JsonElement fragment : quote.getAsJsonArray("fragments")) {
        JsonObject part = quote.deepCopy();
        part.remove("fragments");
        for (String field : List.of("text", "begin", "end")) {
          part.add(field, fragment.getAsJsonObject().get(field));
        }
        direct.add(part);
      }
    }
    return direct;
  }

  /**
   * Returns these predictions with the parts of each split direct quotation joined, as PolNeAR's
   * gold joins them into one content: the quotes of type {@code DIRECT} (or of no type) that share
   * a {@code "group"} become one quote from the first part's {@code begin} to the last part's
   * {@code end}, with the speaker of the first part that has one and no {@code text} (the text
   * between the parts is not quoted). Other quotes stay as they are.
   * It is a view for scoring only: quotekit reports every part as its own quote.
   */
  public Predictions joinedGroups() {
    return withQuotes(Predictions::groupsJoinedIn);
  }

  private static JsonArray groupsJoinedIn(JsonArray quotes) {
    JsonArray joined = new JsonArray();
    Map<String, JsonObject> firstPartOfGroup = new HashMap<>();
    for (JsonElement element : quotes) {
      JsonObject quote = element.isJsonObject() ? element.getAsJsonObject() : null;
      JsonElement group = quote == null ? null : quote.get("group");
      if (group == null
          || !group.isJsonPrimitive()
          || isType(quote, "INDIRECT")
          || isType(quote, "MIXED")
          || !hasNumber(quote, "begin")
          || !hasNumber(quote, "end")) {
        joined.add(element);
        continue;
      }
      JsonObject first = firstPartOfGroup.get(group.getAsString());
      if (first == null) {
        firstPartOfGroup.put(group.getAsString(), quote);
        quote.remove("text");
        joined.add(quote);
        continue;
      }
      long begin = Math.min(first.get("begin").getAsLong(), quote.get("begin").getAsLong());
      long end = Math.max(first.get("end").getAsLong(), quote.get("end").getAsLong());
      first.addProperty("begin", begin);
      first.addProperty("end", end);
      boolean speakerFromThisPart =
          PyJson.isNone(first.get("speakerMention")) && !PyJson.isNone(quote.get("speakerMention"));
      if (speakerFromThisPart) {
        first.add("speakerMention", quote.get("speakerMention"));
        first.add("speaker", quote.get("speaker"));
      }
    }
    return joined;
  }

  private static boolean hasNumber(JsonObject quote, String field) {
    JsonElement value = quote.get(field);
    return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber();
  }

  private static boolean isType(JsonObject quote, String type) {
    JsonElement value = quote.get("type");
    return value != null && value.isJsonPrimitive() && value.getAsString().equals(type);
  }

  // Python dict keys: 1, 1.0 and true are the same key; "1" is another.
  private static String key(JsonElement id) {
    if (PyJson.isNone(id)) {
      return "None";
    }
    if (!id.isJsonPrimitive()) {
      throw new IllegalArgumentException("unhashable article id: " + id);
    }
    JsonPrimitive p = id.getAsJsonPrimitive();
    if (p.isString()) {
      return "s" + p.getAsString();
    }
    if (p.isBoolean()) {
      return p.getAsBoolean() ? "n1" : "n0";
    }
    if (PyJson.isPyInt(p)) {
      return "n" + new BigInteger(p.getAsString());
    }
    double d = Double.parseDouble(p.getAsString());
    if (!Double.isInfinite(d) && d == Math.rint(d)) {
      return "n" + new BigDecimal(d).toBigInteger();
    }
    return "f" + PyJson.floatRepr(d);
  }
}
