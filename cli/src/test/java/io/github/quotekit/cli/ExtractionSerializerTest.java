package io.github.quotekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.github.quotekit.Cue;
import io.github.quotekit.Extraction;
import io.github.quotekit.Mention;
import io.github.quotekit.Quote;
import io.github.quotekit.QuoteType;
import io.github.quotekit.Span;
import io.github.quotekit.Speaker;
import io.github.quotekit.SpeakerKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link ExtractionSerializer} on hand-built extractions: the exact contract fields,
 * nulls included.
 */
class ExtractionSerializerTest {

  private static final Gson GSON = new GsonBuilder().serializeNulls().create();

  //                                  0         1         2         3         4         5
  //                                  0123456789012345678901234567890123456789012345678901234
  private static final String TEXT = "\"We will rebuild,\" Mayor Ana Ruiz said. \"Soon enough.\"";

  private static final Mention MAYOR = new Mention(Span.of(19, 33), "Mayor Ana Ruiz");
  private static final Speaker RUIZ =
      new Speaker(
          0,
          "Ana Ruiz",
          SpeakerKind.PERSON,
          Optional.of("Mayor"),
          Optional.empty(),
          List.of(MAYOR));
  private static final Quote ATTRIBUTED =
      new Quote(
          "We will rebuild,",
          Span.of(1, 17),
          QuoteType.DIRECT,
          Optional.of(new Cue(Span.of(34, 38), "said", "say")),
          Optional.of(MAYOR),
          Optional.of(RUIZ),
          0.87654,
          "quote-comma-name-verb");
  private static final Quote UNATTRIBUTED =
      new Quote(
          "Soon enough.",
          Span.of(41, 53),
          QuoteType.DIRECT,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          0.0,
          Quote.UNATTRIBUTED);

  private static JsonObject serialize(JsonPrimitive id, Extraction extraction) {
    // Round-trip through text, as a reader of the output would see it.
    JsonObject json = ExtractionSerializer.toJson(id, extraction);
    return JsonParser.parseString(GSON.toJson(json)).getAsJsonObject();
  }

  @Test
  void writesTheContractFieldsInOrder() {
    JsonObject json =
        serialize(
            new JsonPrimitive("a1"),
            new Extraction(TEXT, List.of(ATTRIBUTED, UNATTRIBUTED), List.of(RUIZ)));

    assertThat(json.keySet()).containsExactly("id", "quotes", "speakers");
    assertThat(json.get("id").getAsString()).isEqualTo("a1");

    JsonObject quote = json.getAsJsonArray("quotes").get(0).getAsJsonObject();
    assertThat(quote.keySet())
        .containsExactly(
            "text", "begin", "end", "type", "cue", "speakerMention", "speaker", "confidence",
            "rule");
    assertThat(quote.get("text").getAsString()).isEqualTo("We will rebuild,");
    assertThat(quote.get("begin").getAsInt()).isEqualTo(1);
    assertThat(quote.get("end").getAsInt()).isEqualTo(17);
    assertThat(TEXT.substring(1, 17)).isEqualTo("We will rebuild,");
    assertThat(quote.get("type").getAsString()).isEqualTo("DIRECT");
    assertThat(quote.get("confidence").getAsDouble()).isEqualTo(0.877);
    assertThat(quote.get("rule").getAsString()).isEqualTo("quote-comma-name-verb");

    JsonObject cue = quote.getAsJsonObject("cue");
    assertThat(cue.keySet()).containsExactly("text", "begin", "end", "lemma");
    assertThat(cue.get("text").getAsString()).isEqualTo("said");
    assertThat(cue.get("begin").getAsInt()).isEqualTo(34);
    assertThat(cue.get("end").getAsInt()).isEqualTo(38);
    assertThat(cue.get("lemma").getAsString()).isEqualTo("say");

    JsonObject mention = quote.getAsJsonObject("speakerMention");
    assertThat(mention.keySet()).containsExactly("text", "begin", "end");
    assertThat(mention.get("text").getAsString()).isEqualTo("Mayor Ana Ruiz");
    assertThat(mention.get("begin").getAsInt()).isEqualTo(19);
    assertThat(mention.get("end").getAsInt()).isEqualTo(33);

    JsonObject speaker = quote.getAsJsonObject("speaker");
    assertThat(speaker.keySet()).containsExactly("id", "name", "kind", "title", "description");
    assertThat(speaker.get("id").getAsInt()).isZero();
    assertThat(speaker.get("name").getAsString()).isEqualTo("Ana Ruiz");
    assertThat(speaker.get("kind").getAsString()).isEqualTo("PERSON");
    assertThat(speaker.get("title").getAsString()).isEqualTo("Mayor");
    assertThat(speaker.get("description").isJsonNull()).isTrue();
  }

  @Test
  void writesAbsentPartsOfAQuoteAsExplicitNulls() {
    JsonObject json =
        serialize(new JsonPrimitive(3), new Extraction(TEXT, List.of(UNATTRIBUTED), List.of()));

    JsonObject quote = json.getAsJsonArray("quotes").get(0).getAsJsonObject();
    assertThat(quote.keySet())
        .containsExactly(
            "text", "begin", "end", "type", "cue", "speakerMention", "speaker", "confidence",
            "rule");
    assertThat(quote.get("cue").isJsonNull()).isTrue();
    assertThat(quote.get("speakerMention").isJsonNull()).isTrue();
    assertThat(quote.get("speaker").isJsonNull()).isTrue();
    assertThat(quote.get("confidence").getAsDouble()).isZero();
    assertThat(quote.get("rule").getAsString()).isEqualTo("unattributed");
    assertThat(json.getAsJsonArray("speakers")).isEmpty();
  }

  @Test
  void writesSpeakersWithTheirMentions() {
    Mention she = new Mention(Span.of(60, 63), "she");
    Speaker group =
        new Speaker(
            1,
            "officials",
            SpeakerKind.GROUP,
            Optional.empty(),
            Optional.of("of the transit agency"),
            List.of(she));
    JsonObject json =
        serialize(
            new JsonPrimitive("a1"), new Extraction(TEXT, List.of(), List.of(RUIZ, group)));

    JsonArray speakers = json.getAsJsonArray("speakers");
    assertThat(speakers).hasSize(2);
    JsonObject first = speakers.get(0).getAsJsonObject();
    assertThat(first.keySet())
        .containsExactly("id", "name", "kind", "title", "description", "mentions");
    assertThat(first.get("title").getAsString()).isEqualTo("Mayor");
    assertThat(first.get("description").isJsonNull()).isTrue();
    JsonObject mention = first.getAsJsonArray("mentions").get(0).getAsJsonObject();
    assertThat(mention.keySet()).containsExactly("text", "begin", "end");
    assertThat(mention.get("text").getAsString()).isEqualTo("Mayor Ana Ruiz");

    JsonObject second = speakers.get(1).getAsJsonObject();
    assertThat(second.get("id").getAsInt()).isEqualTo(1);
    assertThat(second.get("kind").getAsString()).isEqualTo("GROUP");
    assertThat(second.get("title").isJsonNull()).isTrue();
    assertThat(second.get("description").getAsString()).isEqualTo("of the transit agency");
    assertThat(second.getAsJsonArray("mentions")).hasSize(1);
  }

  @Test
  void writesEveryEnumByName() {
    for (SpeakerKind kind : SpeakerKind.values()) {
      Speaker speaker =
          new Speaker(0, "x", kind, Optional.empty(), Optional.empty(), List.of());
      JsonObject json =
          serialize(new JsonPrimitive("k"), new Extraction("", List.of(), List.of(speaker)));
      assertThat(json.getAsJsonArray("speakers").get(0).getAsJsonObject().get("kind").getAsString())
          .isEqualTo(kind.name());
    }
  }

  @Test
  void keepsNumericAndStringIdsAsGiven() {
    Extraction empty = new Extraction("", List.of(), List.of());

    assertThat(GSON.toJson(ExtractionSerializer.toJson(new JsonPrimitive(42), empty)))
        .isEqualTo("{\"id\":42,\"quotes\":[],\"speakers\":[]}");
    assertThat(GSON.toJson(ExtractionSerializer.toJson(new JsonPrimitive("42"), empty)))
        .isEqualTo("{\"id\":\"42\",\"quotes\":[],\"speakers\":[]}");
    JsonPrimitive parsed = JsonParser.parseString("1.50").getAsJsonPrimitive();
    assertThat(GSON.toJson(ExtractionSerializer.toJson(parsed, empty))).startsWith("{\"id\":1.50,");
  }

  @Test
  void roundsConfidenceToThreeDecimals() {
    assertThat(ExtractionSerializer.roundConfidence(0.87654)).isEqualTo(0.877);
    assertThat(ExtractionSerializer.roundConfidence(0.1234)).isEqualTo(0.123);
    assertThat(ExtractionSerializer.roundConfidence(0.9996)).isEqualTo(1.0);
    assertThat(ExtractionSerializer.roundConfidence(1.0)).isEqualTo(1.0);
    assertThat(ExtractionSerializer.roundConfidence(0.0)).isZero();
  }

  @Test
  void writesErrorObjects() {
    assertThat(GSON.toJson(ExtractionSerializer.error(Optional.empty(), "line 2: bad")))
        .isEqualTo("{\"id\":null,\"error\":\"line 2: bad\"}");
    assertThat(GSON.toJson(ExtractionSerializer.error(Optional.of(new JsonPrimitive(9)), "oops")))
        .isEqualTo("{\"id\":9,\"error\":\"oops\"}");
  }

  @Test
  void jsonLinesEscapeWhatPythonTakesForLineBreaks() {
    JsonObject object = new JsonObject();
    object.addProperty("t", "a\u0085b\u2028c\nd");

    String line = ExtractionSerializer.toJsonLine(object);

    assertThat(line).isEqualTo("{\"t\":\"a\\u0085b\\u2028c\\nd\"}");
    assertThat(JsonParser.parseString(line).getAsJsonObject().get("t").getAsString())
        .isEqualTo("a\u0085b\u2028c\nd");
  }
}
