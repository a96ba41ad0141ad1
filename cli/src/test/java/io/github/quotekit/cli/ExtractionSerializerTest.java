package io.github.quotekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.github.quotekit.Channel;
import io.github.quotekit.Cue;
import io.github.quotekit.Explanation;
import io.github.quotekit.Extraction;
import io.github.quotekit.JoinReason;
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
          Optional.empty(),
          Optional.empty(),
          Optional.of("mayor"),
          Optional.empty(),
          List.of(MAYOR));
  private static final Quote ATTRIBUTED =
      new Quote(
          "We will rebuild,",
          Span.of(1, 17),
          QuoteType.DIRECT,
          List.of(Span.of(1, 17)),
          Optional.of(new Cue(Span.of(34, 38), "said", "say")),
          Optional.of(MAYOR),
          Optional.of(RUIZ),
          0.87654,
          "quote-comma-name-verb",
          Channel.SPOKEN,
          0,
          Optional.empty(),
          Optional.empty());
  private static final Quote UNATTRIBUTED =
      new Quote(
          "Soon enough.",
          Span.of(41, 53),
          QuoteType.DIRECT,
          List.of(Span.of(41, 53)),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          0.0,
          Quote.UNATTRIBUTED,
          Channel.UNSPECIFIED,
          1,
          Optional.empty(),
          Optional.empty());
  /** The same words as {@link #UNATTRIBUTED}, read as the second part of the split quote. */
  private static final Quote SECOND_PART =
      new Quote(
          "Soon enough.",
          Span.of(41, 53),
          QuoteType.DIRECT,
          List.of(Span.of(41, 53)),
          Optional.of(new Cue(Span.of(34, 38), "said", "say")),
          Optional.of(MAYOR),
          Optional.of(RUIZ),
          0.8,
          "split-quote-continuation",
          Channel.SPOKEN,
          0,
          Optional.of(JoinReason.SPLIT_QUOTE),
          Optional.empty());

  /** The quote keys, in the contract's order: the 0.1 fields, then channel, group, joinedBy. */
  private static final String[] QUOTE_KEYS = {
    "text", "begin", "end", "type", "cue", "speakerMention", "speaker", "confidence", "rule",
    "channel", "group", "joinedBy"
  };

  /** The keys of {@code quote.speaker}: those of a listed speaker without "mentions". */
  private static final String[] SPEAKER_KEYS = {
    "id", "name", "kind", "title", "description", "party", "state", "role", "organization",
    "age"
  };

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
    assertThat(quote.keySet()).containsExactly(QUOTE_KEYS);
    assertThat(quote.get("text").getAsString()).isEqualTo("We will rebuild,");
    assertThat(quote.get("begin").getAsInt()).isEqualTo(1);
    assertThat(quote.get("end").getAsInt()).isEqualTo(17);
    assertThat(TEXT.substring(1, 17)).isEqualTo("We will rebuild,");
    assertThat(quote.get("type").getAsString()).isEqualTo("DIRECT");
    assertThat(quote.get("confidence").getAsDouble()).isEqualTo(0.877);
    assertThat(quote.get("rule").getAsString()).isEqualTo("quote-comma-name-verb");
    assertThat(quote.get("channel").getAsString()).isEqualTo("SPOKEN");
    assertThat(quote.get("group").getAsJsonPrimitive().isNumber()).isTrue();
    assertThat(quote.get("group").getAsInt()).isZero();
    assertThat(quote.get("joinedBy").isJsonNull()).isTrue();

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
    assertThat(speaker.keySet()).containsExactly(SPEAKER_KEYS);
    assertThat(speaker.get("id").getAsInt()).isZero();
    assertThat(speaker.get("name").getAsString()).isEqualTo("Ana Ruiz");
    assertThat(speaker.get("kind").getAsString()).isEqualTo("PERSON");
    assertThat(speaker.get("title").getAsString()).isEqualTo("Mayor");
    assertThat(speaker.get("description").isJsonNull()).isTrue();
    assertThat(speaker.get("party").isJsonNull()).isTrue();
    assertThat(speaker.get("state").isJsonNull()).isTrue();
    assertThat(speaker.get("role").getAsString()).isEqualTo("mayor");
    assertThat(speaker.get("organization").isJsonNull()).isTrue();
  }

  @Test
  void writesTheExplanationOnlyWhenThereIsOne() {
    Explanation explanation =
        new Explanation(
            List.of(
                new Explanation.RuleTrial(
                    "house-style",
                    false,
                    "",
                    List.of(new Explanation.Rejection(MAYOR, "not after a colon"))),
                new Explanation.RuleTrial("quote-comma-name-verb", true, "", List.of())),
            Optional.of(
                new Explanation.Resolution(
                    Explanation.ResolutionMethod.FIRST_MENTION, MAYOR, Optional.empty())));
    Quote explained =
        new Quote(ATTRIBUTED.text(), ATTRIBUTED.span(), ATTRIBUTED.type(), ATTRIBUTED.fragments(), ATTRIBUTED.cue(),
            ATTRIBUTED.speakerMention(), ATTRIBUTED.speaker(), ATTRIBUTED.confidence(),
            ATTRIBUTED.rule(), ATTRIBUTED.channel(), ATTRIBUTED.group(), ATTRIBUTED.joinedBy(),
            Optional.of(explanation));

    JsonObject json =
        serialize(
            new JsonPrimitive("a1"),
            new Extraction(TEXT, List.of(explained, UNATTRIBUTED), List.of(RUIZ)));

    JsonObject quote = json.getAsJsonArray("quotes").get(0).getAsJsonObject();
    assertThat(json.getAsJsonArray("quotes").get(1).getAsJsonObject().has("explanation")).isFalse();
    JsonObject written = quote.getAsJsonObject("explanation");
    assertThat(written.keySet()).containsExactly("rules", "resolution");
    JsonObject first = written.getAsJsonArray("rules").get(0).getAsJsonObject();
    assertThat(first.keySet()).containsExactly("rule", "decided", "evidence", "rejected");
    assertThat(first.get("rule").getAsString()).isEqualTo("house-style");
    assertThat(first.get("decided").getAsBoolean()).isFalse();
    JsonObject rejected = first.getAsJsonArray("rejected").get(0).getAsJsonObject();
    assertThat(rejected.keySet()).containsExactly("text", "begin", "end", "reason");
    assertThat(rejected.get("text").getAsString()).isEqualTo("Mayor Ana Ruiz");
    assertThat(rejected.get("reason").getAsString()).isEqualTo("not after a colon");
    JsonObject resolution = written.getAsJsonObject("resolution");
    assertThat(resolution.keySet()).containsExactly("method", "mention", "antecedent");
    assertThat(resolution.get("method").getAsString()).isEqualTo("FIRST_MENTION");
    assertThat(resolution.get("antecedent").isJsonNull()).isTrue();
  }

  @Test
  void writesTheFragmentsOfReportedSpeechOnly() {
    // The whole text as one MIXED statement: its two quotations are its fragments.
    Quote mixed =
        new Quote(TEXT, Span.of(0, TEXT.length()), QuoteType.MIXED,
            List.of(Span.of(1, 17), Span.of(41, 53)), ATTRIBUTED.cue(),
            ATTRIBUTED.speakerMention(), ATTRIBUTED.speaker(), 0.8, "reported-cue-inside",
            Channel.SPOKEN, 0, Optional.empty(), Optional.empty());
    Quote indirect =
        new Quote("Soon enough", Span.of(42, 53), QuoteType.INDIRECT, List.of(), Optional.empty(),
            Optional.empty(), Optional.empty(), 0.5, "reported-cue-last", Channel.UNSPECIFIED, 1,
            Optional.empty(),
            Optional.empty());

    JsonArray quotes =
        serialize(new JsonPrimitive("a1"),
                new Extraction(TEXT, List.of(ATTRIBUTED, mixed, indirect), List.of(RUIZ)))
            .getAsJsonArray("quotes");

    assertThat(quotes.get(0).getAsJsonObject().has("fragments")).isFalse();
    JsonArray fragments = quotes.get(1).getAsJsonObject().getAsJsonArray("fragments");
    assertThat(fragments.asList())
        .extracting(f -> f.getAsJsonObject().get("text").getAsString())
        .containsExactly("We will rebuild,", "Soon enough.");
    JsonObject second = fragments.get(1).getAsJsonObject();
    assertThat(second.keySet()).containsExactly("text", "begin", "end");
    assertThat(TEXT.substring(second.get("begin").getAsInt(), second.get("end").getAsInt()))
        .isEqualTo("Soon enough.");
    assertThat(quotes.get(2).getAsJsonObject().getAsJsonArray("fragments")).isEmpty();
  }

  @Test
  void writesTheGroupAndJoinReasonOfASplitQuote() {
    JsonObject json =
        serialize(
            new JsonPrimitive("a1"),
            new Extraction(TEXT, List.of(ATTRIBUTED, SECOND_PART), List.of(RUIZ)));

    JsonArray quotes = json.getAsJsonArray("quotes");
    assertThat(quotes).hasSize(2);
    JsonObject first = quotes.get(0).getAsJsonObject();
    JsonObject second = quotes.get(1).getAsJsonObject();
    assertThat(first.keySet()).containsExactly(QUOTE_KEYS);
    assertThat(second.keySet()).containsExactly(QUOTE_KEYS);

    assertThat(first.get("group").getAsInt()).isZero();
    assertThat(first.get("joinedBy").isJsonNull()).isTrue();
    assertThat(second.get("text").getAsString()).isEqualTo("Soon enough.");
    assertThat(second.get("group").getAsInt()).isZero();
    assertThat(second.get("joinedBy").getAsString()).isEqualTo("SPLIT_QUOTE");
    assertThat(second.get("channel").getAsString()).isEqualTo("SPOKEN");
    assertThat(second.get("rule").getAsString()).isEqualTo("split-quote-continuation");
    assertThat(second.getAsJsonObject("speaker").get("id").getAsInt()).isZero();
  }

  @Test
  void writesAbsentPartsOfAQuoteAsExplicitNulls() {
    JsonObject json =
        serialize(new JsonPrimitive(3), new Extraction(TEXT, List.of(UNATTRIBUTED), List.of()));

    JsonObject quote = json.getAsJsonArray("quotes").get(0).getAsJsonObject();
    assertThat(quote.keySet()).containsExactly(QUOTE_KEYS);
    assertThat(quote.get("cue").isJsonNull()).isTrue();
    assertThat(quote.get("speakerMention").isJsonNull()).isTrue();
    assertThat(quote.get("speaker").isJsonNull()).isTrue();
    assertThat(quote.get("confidence").getAsDouble()).isZero();
    assertThat(quote.get("rule").getAsString()).isEqualTo("unattributed");
    assertThat(quote.get("channel").getAsString()).isEqualTo("UNSPECIFIED");
    assertThat(quote.get("group").getAsInt()).isEqualTo(1);
    assertThat(quote.get("joinedBy").isJsonNull()).isTrue();
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
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of("the transit agency"),
            List.of(she));
    JsonObject json =
        serialize(
            new JsonPrimitive("a1"), new Extraction(TEXT, List.of(), List.of(RUIZ, group)));

    JsonArray speakers = json.getAsJsonArray("speakers");
    assertThat(speakers).hasSize(2);
    JsonObject first = speakers.get(0).getAsJsonObject();
    assertThat(first.keySet())
        .containsExactly(
            "id", "name", "kind", "title", "description", "party", "state", "role",
            "organization", "age", "mentions");
    assertThat(first.get("title").getAsString()).isEqualTo("Mayor");
    assertThat(first.get("description").isJsonNull()).isTrue();
    assertThat(first.get("party").isJsonNull()).isTrue();
    assertThat(first.get("state").isJsonNull()).isTrue();
    assertThat(first.get("role").getAsString()).isEqualTo("mayor");
    assertThat(first.get("organization").isJsonNull()).isTrue();
    JsonObject mention = first.getAsJsonArray("mentions").get(0).getAsJsonObject();
    assertThat(mention.keySet()).containsExactly("text", "begin", "end");
    assertThat(mention.get("text").getAsString()).isEqualTo("Mayor Ana Ruiz");

    JsonObject second = speakers.get(1).getAsJsonObject();
    assertThat(second.get("id").getAsInt()).isEqualTo(1);
    assertThat(second.get("kind").getAsString()).isEqualTo("GROUP");
    assertThat(second.get("title").isJsonNull()).isTrue();
    assertThat(second.get("description").getAsString()).isEqualTo("of the transit agency");
    assertThat(second.get("party").isJsonNull()).isTrue();
    assertThat(second.get("state").isJsonNull()).isTrue();
    assertThat(second.get("role").isJsonNull()).isTrue();
    assertThat(second.get("organization").getAsString()).isEqualTo("the transit agency");
    assertThat(second.getAsJsonArray("mentions")).hasSize(1);
  }

  @Test
  void writesPartyStateRoleAndOrganizationInTheQuoteAndInTheSpeakerList() {
    //                    0         1         2         3         4         5         6
    //                    0123456789012345678901234567890123456789012345678901234567890123
    String text = "\"Not yet,\" said Sen. Helen Ashgrove, D-Ore., chair of the Energy Committee.";
    Mention mention = new Mention(Span.of(16, 35), "Sen. Helen Ashgrove");
    Speaker ashgrove =
        new Speaker(
            0,
            "Helen Ashgrove",
            SpeakerKind.PERSON,
            Optional.of("Sen."),
            Optional.of("D-Ore., chair of the Energy Committee"),
            Optional.of("Democratic"),
            Optional.of("Oregon"),
            Optional.of("chair"),
            Optional.of("Energy Committee"),
            List.of(mention));
    Quote quote =
        new Quote(
            "Not yet,",
            Span.of(1, 9),
            QuoteType.DIRECT,
            List.of(Span.of(1, 9)),
            Optional.of(new Cue(Span.of(11, 15), "said", "say")),
            Optional.of(mention),
            Optional.of(ashgrove),
            0.95,
            "quote-comma-verb-name",
            Channel.SPOKEN,
            0,
            Optional.empty(),
            Optional.empty());
    assertThat(text.substring(1, 9)).isEqualTo("Not yet,");
    assertThat(text.substring(16, 35)).isEqualTo("Sen. Helen Ashgrove");

    JsonObject json =
        serialize(
            new JsonPrimitive("s1"), new Extraction(text, List.of(quote), List.of(ashgrove)));

    JsonObject inQuote =
        json.getAsJsonArray("quotes").get(0).getAsJsonObject().getAsJsonObject("speaker");
    JsonObject listed = json.getAsJsonArray("speakers").get(0).getAsJsonObject();
    assertThat(inQuote.keySet()).containsExactly(SPEAKER_KEYS);
    for (JsonObject speaker : List.of(inQuote, listed)) {
      assertThat(speaker.get("title").getAsString()).isEqualTo("Sen.");
      assertThat(speaker.get("description").getAsString())
          .isEqualTo("D-Ore., chair of the Energy Committee");
      assertThat(speaker.get("party").getAsString()).isEqualTo("Democratic");
      assertThat(speaker.get("state").getAsString()).isEqualTo("Oregon");
      assertThat(speaker.get("role").getAsString()).isEqualTo("chair");
      assertThat(speaker.get("organization").getAsString()).isEqualTo("Energy Committee");
    }
    listed.remove("mentions");
    assertThat(listed).isEqualTo(inQuote);
  }

  @Test
  void writesEveryEnumByName() {
    for (SpeakerKind kind : SpeakerKind.values()) {
      Speaker speaker =
          new Speaker(
              0,
              "x",
              kind,
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              List.of());
      JsonObject json =
          serialize(new JsonPrimitive("k"), new Extraction("", List.of(), List.of(speaker)));
      assertThat(json.getAsJsonArray("speakers").get(0).getAsJsonObject().get("kind").getAsString())
          .isEqualTo(kind.name());
    }
    for (Channel channel : Channel.values()) {
      Quote quote = withChannelAndJoin(channel, Optional.empty());
      JsonObject json =
          serialize(new JsonPrimitive("c"), new Extraction(TEXT, List.of(quote), List.of()));
      assertThat(
              json.getAsJsonArray("quotes").get(0).getAsJsonObject().get("channel").getAsString())
          .isEqualTo(channel.name());
    }
    for (JoinReason reason : JoinReason.values()) {
      Quote quote = withChannelAndJoin(Channel.SPOKEN, Optional.of(reason));
      JsonObject json =
          serialize(new JsonPrimitive("j"), new Extraction(TEXT, List.of(quote), List.of()));
      assertThat(
              json.getAsJsonArray("quotes").get(0).getAsJsonObject().get("joinedBy").getAsString())
          .isEqualTo(reason.name());
    }
  }

  private static Quote withChannelAndJoin(Channel channel, Optional<JoinReason> joinedBy) {
    return new Quote(
        "Soon enough.",
        Span.of(41, 53),
        QuoteType.DIRECT,
        List.of(Span.of(41, 53)),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        0.5,
        "sentence-cue",
        channel,
        3,
        joinedBy,
        Optional.empty());
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
