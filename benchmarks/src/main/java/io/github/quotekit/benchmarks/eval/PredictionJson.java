package io.github.quotekit.benchmarks.eval;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.quotekit.Cue;
import io.github.quotekit.Extraction;
import io.github.quotekit.Mention;
import io.github.quotekit.Quote;
import io.github.quotekit.Span;
import io.github.quotekit.Speaker;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes an {@link Extraction} in the JSON shape of the quotekit command line, which score.py
 * reads: {@code {"id", "quotes": [{"text", "begin", "end", "type", "cue", "speakerMention",
 * "speaker", "confidence", "rule"}], "speakers": [...]}}. Absent values are written as null.
 */
public final class PredictionJson {

  // serializeNulls: "cue": null must stay in the output, not vanish.
  private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

  private PredictionJson() {}

  /** Returns the prediction object of one article. */
  public static JsonObject of(JsonElement id, Extraction extraction) {
    JsonObject doc = new JsonObject();
    doc.add("id", id);
    JsonArray quotes = new JsonArray();
    for (Quote q : extraction.quotes()) {
      JsonObject quote = new JsonObject();
      quote.addProperty("text", q.text());
      quote.addProperty("begin", q.span().begin());
      quote.addProperty("end", q.span().end());
      quote.addProperty("type", q.type().name().toLowerCase(Locale.ROOT));
      quote.add("cue", q.cue().<JsonElement>map(PredictionJson::cue).orElse(JsonNull.INSTANCE));
      quote.add(
          "speakerMention", q.speakerMention().<JsonElement>map(PredictionJson::mention).orElse(JsonNull.INSTANCE));
      quote.add("speaker", q.speaker().<JsonElement>map(s -> speaker(s, false)).orElse(JsonNull.INSTANCE));
      quote.addProperty("confidence", q.confidence());
      quote.addProperty("rule", q.rule());
      quotes.add(quote);
    }
    doc.add("quotes", quotes);
    JsonArray speakers = new JsonArray();
    extraction.speakers().forEach(s -> speakers.add(speaker(s, true)));
    doc.add("speakers", speakers);
    return doc;
  }

  /**
   * Returns {@code doc} as one line of JSON. Besides the control characters Gson escapes, U+0085
   * is escaped too: Python's {@code splitlines()} would break the line there.
   */
  public static String toJsonLine(JsonElement doc) {
    return GSON.toJson(doc).replace("\u0085", "\\u0085");
  }

  private static JsonObject cue(Cue cue) {
    JsonObject o = span(cue.text(), cue.span());
    o.addProperty("lemma", cue.lemma());
    return o;
  }

  private static JsonObject mention(Mention mention) {
    return span(mention.text(), mention.span());
  }

  private static JsonObject span(String text, Span span) {
    JsonObject o = new JsonObject();
    o.addProperty("text", text);
    o.addProperty("begin", span.begin());
    o.addProperty("end", span.end());
    return o;
  }

  private static JsonObject speaker(Speaker s, boolean withMentions) {
    JsonObject o = new JsonObject();
    o.addProperty("id", s.id());
    o.addProperty("name", s.name());
    o.addProperty("kind", s.kind().name().toLowerCase(Locale.ROOT));
    o.add("title", string(s.title()));
    o.add("description", string(s.description()));
    if (withMentions) {
      JsonArray mentions = new JsonArray();
      s.mentions().forEach(m -> mentions.add(mention(m)));
      o.add("mentions", mentions);
    }
    return o;
  }

  private static JsonElement string(Optional<String> value) {
    return value.<JsonElement>map(JsonPrimitive::new).orElse(JsonNull.INSTANCE);
  }
}
