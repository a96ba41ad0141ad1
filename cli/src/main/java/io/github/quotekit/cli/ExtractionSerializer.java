package io.github.quotekit.cli;

import static java.util.Objects.requireNonNull;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.quotekit.Cue;
import io.github.quotekit.Explanation;
import io.github.quotekit.Extraction;
import io.github.quotekit.JoinReason;
import io.github.quotekit.Mention;
import io.github.quotekit.Quote;
import io.github.quotekit.QuoteType;
import io.github.quotekit.Span;
import io.github.quotekit.Speaker;
import java.util.Optional;

/**
 * Turns an {@link Extraction} into the JSON object of the output contract.
 *
 * <p>The field names are a contract read by other programs; do not rename them:
 *
 * <pre>{@code
 * {"id": ...,
 *  "quotes": [{"text", "begin", "end", "type",
 *              "cue": {"text", "begin", "end", "lemma"} | null,
 *              "speakerMention": {"text", "begin", "end"} | null,
 *              "speaker": {"id", "name", "kind", "title", "description", "party", "state",
 *                          "role", "organization", "age"} | null,
 *              "confidence", "rule", "channel", "group", "joinedBy",
 *              "fragments": [{"text", "begin", "end"}],
 *              "explanation": {"rules": [{"rule", "decided", "evidence",
 *                                         "rejected": [{"text", "begin", "end", "reason"}]}],
 *                              "resolution": {"method", "mention": {"text", "begin", "end"},
 *                                             "antecedent": {"text", "begin", "end"} | null}
 *                                            | null}}],
 *  "speakers": [{"id", "name", "kind", "title", "description", "party", "state", "role",
 *                "organization", "age", "mentions": [{"text", "begin", "end"}]}]}
 * }</pre>
 *
 * <p>{@code "fragments"}, the words between quotation marks inside reported speech, is there only
 * on {@code INDIRECT} (none) and {@code MIXED} quotes, which {@code --no-reported-speech} leaves out;
 * {@code "explanation"} is there only when the extractor explains its decisions ({@code
 * --explain}); every other field always is. Absent values are explicit {@code null}s, enums are written by name, offsets are Java {@code
 * String} offsets into the article, and the confidence is rounded to 3 decimals. A document that
 * failed is written as {@code {"id": ..., "error": "..."}} instead.
 */
public final class ExtractionSerializer {

  private static final Gson COMPACT =
      new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

  private ExtractionSerializer() {}

  /**
   * Returns {@code element} as one line of compact JSON. Besides the control characters Gson
   * escapes, U+0085 is escaped too: Python's {@code str.splitlines()}, which readers of JSON lines
   * such as score.py use, would break the line there.
   */
  public static String toJsonLine(JsonElement element) {
    return COMPACT.toJson(element).replace("\u0085", "\\u0085");
  }

  /**
   * Returns the contract object of one article.
   *
   * @param id the article's id, written back as given
   * @param extraction what was found in the article
   */
  public static JsonObject toJson(JsonPrimitive id, Extraction extraction) {
    requireNonNull(id, "id");
    JsonObject object = new JsonObject();
    object.add("id", id);
    JsonArray quotes = new JsonArray();
    for (Quote quote : extraction.quotes()) {
      quotes.add(quote(quote));
    }
    object.add("quotes", quotes);
    JsonArray speakers = new JsonArray();
    for (Speaker speaker : extraction.speakers()) {
      JsonObject json = speaker(speaker);
      JsonArray mentions = new JsonArray();
      for (Mention mention : speaker.mentions()) {
        mentions.add(mention(mention));
      }
      json.add("mentions", mentions);
      speakers.add(json);
    }
    object.add("speakers", speakers);
    return object;
  }

  /**
   * Returns the object that stands in the output for a document that failed.
   *
   * @param id the document's id, when known
   * @param message what went wrong
   */
  public static JsonObject error(Optional<JsonPrimitive> id, String message) {
    JsonObject object = new JsonObject();
    object.add("id", id.<JsonElement>map(value -> value).orElse(JsonNull.INSTANCE));
    object.addProperty("error", message);
    return object;
  }

  /** Rounds a confidence to 3 decimals, half up. */
  static double roundConfidence(double confidence) {
    return Math.round(confidence * 1000.0) / 1000.0;
  }

  private static JsonObject quote(Quote quote) {
    JsonObject json = new JsonObject();
    json.addProperty("text", quote.text());
    json.addProperty("begin", quote.span().begin());
    json.addProperty("end", quote.span().end());
    json.addProperty("type", quote.type().name());
    json.add("cue", quote.cue().map(ExtractionSerializer::cue).orElse(JsonNull.INSTANCE));
    json.add(
        "speakerMention",
        quote.speakerMention().<JsonElement>map(ExtractionSerializer::mention).orElse(JsonNull.INSTANCE));
    json.add(
        "speaker",
        quote.speaker().<JsonElement>map(ExtractionSerializer::speaker).orElse(JsonNull.INSTANCE));
    json.addProperty("confidence", roundConfidence(quote.confidence()));
    json.addProperty("rule", quote.rule());
    json.addProperty("channel", quote.channel().name());
    json.addProperty("group", quote.group());
    json.add("joinedBy", optional(quote.joinedBy().map(JoinReason::name)));
    if (quote.type() != QuoteType.DIRECT) {
      JsonArray fragments = new JsonArray();
      for (Span fragment : quote.fragments()) {
        fragments.add(mention(new Mention(fragment, fragmentText(quote, fragment))));
      }
      json.add("fragments", fragments);
    }
    quote.explanation().ifPresent(e -> json.add("explanation", explanation(e)));
    return json;
  }

  private static String fragmentText(Quote quote, Span fragment) {
    int offset = quote.span().begin();
    return quote.text().substring(fragment.begin() - offset, fragment.end() - offset);
  }

  private static JsonObject explanation(Explanation explanation) {
    JsonArray rules = new JsonArray();
    for (Explanation.RuleTrial trial : explanation.trials()) {
      JsonObject json = new JsonObject();
      json.addProperty("rule", trial.rule());
      json.addProperty("decided", trial.decided());
      json.addProperty("evidence", trial.evidence());
      JsonArray rejected = new JsonArray();
      for (Explanation.Rejection rejection : trial.rejected()) {
        JsonObject candidate = mention(rejection.candidate());
        candidate.addProperty("reason", rejection.reason());
        rejected.add(candidate);
      }
      json.add("rejected", rejected);
      rules.add(json);
    }
    JsonObject json = new JsonObject();
    json.add("rules", rules);
    json.add(
        "resolution",
        explanation.resolution().<JsonElement>map(ExtractionSerializer::resolution)
            .orElse(JsonNull.INSTANCE));
    return json;
  }

  private static JsonObject resolution(Explanation.Resolution resolution) {
    JsonObject json = new JsonObject();
    json.addProperty("method", resolution.method().name());
    json.add("mention", mention(resolution.mention()));
    json.add(
        "antecedent",
        resolution.antecedent().<JsonElement>map(ExtractionSerializer::mention)
            .orElse(JsonNull.INSTANCE));
    return json;
  }

  private static JsonElement cue(Cue cue) {
    JsonObject json = new JsonObject();
    json.addProperty("text", cue.text());
    json.addProperty("begin", cue.span().begin());
    json.addProperty("end", cue.span().end());
    json.addProperty("lemma", cue.lemma());
    return json;
  }

  private static JsonObject mention(Mention mention) {
    JsonObject json = new JsonObject();
    json.addProperty("text", mention.text());
    json.addProperty("begin", mention.span().begin());
    json.addProperty("end", mention.span().end());
    return json;
  }

  /** The speaker without its mentions, as a quote refers to it. */
  private static JsonObject speaker(Speaker speaker) {
    JsonObject json = new JsonObject();
    json.addProperty("id", speaker.id());
    json.addProperty("name", speaker.name());
    json.addProperty("kind", speaker.kind().name());
    json.add("title", optional(speaker.title()));
    json.add("description", optional(speaker.description()));
    json.add("party", optional(speaker.party()));
    json.add("state", optional(speaker.state()));
    json.add("role", optional(speaker.role()));
    json.add("organization", optional(speaker.organization()));
    json.add(
        "age",
        speaker.age().isPresent() ? new JsonPrimitive(speaker.age().getAsInt()) : JsonNull.INSTANCE);
    return json;
  }

  private static JsonElement optional(Optional<String> value) {
    return value.<JsonElement>map(JsonPrimitive::new).orElse(JsonNull.INSTANCE);
  }
}
