package io.github.quotekit.benchmarks.eval;

import static org.assertj.core.api.Assertions.assertThat;

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

class PredictionJsonTest {

  private static final String TEXT = "\u201cWe are ready,\u201d Mayor Ana Ruiz said. \u201cAre we?\u201d";

  private static Extraction extraction() {
    Mention ruiz = new Mention(Span.of(22, 30), "Ana Ruiz");
    Speaker speaker =
        new Speaker(0, "Ana Ruiz", SpeakerKind.PERSON, Optional.of("Mayor"), Optional.empty(), List.of(ruiz));
    Quote said =
        new Quote("We are ready,", Span.of(1, 14), QuoteType.DIRECT,
            Optional.of(new Cue(Span.of(31, 35), "said", "say")), Optional.of(ruiz),
            Optional.of(speaker), 0.9, "quote-comma-name-verb");
    Quote bare =
        new Quote("Are we?", Span.of(38, 45), QuoteType.DIRECT, Optional.empty(), Optional.empty(),
            Optional.empty(), 0.5, Quote.UNATTRIBUTED);
    return new Extraction(TEXT, List.of(said, bare), List.of(speaker));
  }

  @Test
  void writesTheCliShapeWithExplicitNulls() {
    JsonObject doc = PredictionJson.of(new JsonPrimitive("a1"), extraction());
    String line = PredictionJson.toJsonLine(doc);

    assertThat(line).doesNotContain("\n");
    JsonObject parsed = JsonParser.parseString(line).getAsJsonObject();
    assertThat(parsed.get("id").getAsString()).isEqualTo("a1");
    JsonObject first = parsed.getAsJsonArray("quotes").get(0).getAsJsonObject();
    assertThat(first.keySet())
        .containsExactly("text", "begin", "end", "type", "cue", "speakerMention", "speaker", "confidence", "rule");
    assertThat(first.getAsJsonObject("cue").get("lemma").getAsString()).isEqualTo("say");
    assertThat(first.getAsJsonObject("speaker").keySet())
        .containsExactly("id", "name", "kind", "title", "description");
    assertThat(first.getAsJsonObject("speaker").get("description").isJsonNull()).isTrue();
    JsonObject second = parsed.getAsJsonArray("quotes").get(1).getAsJsonObject();
    assertThat(second.get("cue").isJsonNull()).isTrue();
    assertThat(second.get("speakerMention").isJsonNull()).isTrue();
    assertThat(second.get("speaker").isJsonNull()).isTrue();
    assertThat(parsed.getAsJsonArray("speakers").get(0).getAsJsonObject().getAsJsonArray("mentions")).hasSize(1);
  }

  @Test
  void escapesCharactersPythonTreatsAsLineBreaks() {
    JsonObject doc = new JsonObject();
    doc.addProperty("t", "a\u0085b\u2028c");

    assertThat(PredictionJson.toJsonLine(doc)).isEqualTo("{\"t\":\"a\\u0085b\\u2028c\"}");
  }

  @Test
  void isScoredLikeAnyPredictionFile() {
    String gold =
        "{\"id\": \"a1\", \"text\": \"" + TEXT.replace("\"", "\\\"") + "\", \"quotes\": ["
            + "{\"begin\": 1, \"end\": 14, \"source\": [[16, 30]], \"sourceText\": \"Mayor Ana Ruiz\"},"
            + "{\"begin\": 38, \"end\": 45, \"source\": [[16, 30]], \"sourceText\": \"Mayor Ana Ruiz\"}]}";
    var docs = GoldDocument.parse(PyJson.parseItems(gold));
    var line = PredictionJson.toJsonLine(PredictionJson.of(docs.get(0).id(), extraction()));

    Scores s = Scorer.score(docs, Predictions.of(PyJson.parseItems(line), docs));

    assertThat(s.track("all").matched()).isEqualTo(2);
    assertThat(s.track("all").speakerAcc()).isEqualTo(0.5);
  }
}
