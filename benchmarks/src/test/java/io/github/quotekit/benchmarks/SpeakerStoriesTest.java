package io.github.quotekit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.quotekit.QuoteExtractor;
import io.github.quotekit.benchmarks.eval.ErrorReport;
import io.github.quotekit.benchmarks.eval.GoldDocument;
import io.github.quotekit.benchmarks.eval.Predictions;
import io.github.quotekit.benchmarks.eval.Scorer;
import io.github.quotekit.benchmarks.eval.TrackScore;
import io.github.quotekit.cli.ExtractionSerializer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The short news stories of {@code stories/speakers}, written for the speaker cases of issue #17
 * ("the company", "coach Maria Lopez", a "she" with no one to stand for, "Dolores Pike, 78, a
 * retired teacher"), with gold that names each quote's entity: every speaker and every entity
 * right.
 */
class SpeakerStoriesTest {
  private static final Path STORIES = Path.of("stories", "speakers");
  private static List<GoldDocument> gold;
  private static List<JsonObject> predicted;

  @BeforeAll
  static void extract() throws IOException {
    List<JsonElement> items = new ArrayList<>();
    try (Stream<Path> files = Files.list(STORIES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".gold.json")).sorted().toList()) {
        items.add(JsonParser.parseString(Files.readString(file)));
      }
    }
    gold = GoldDocument.parse(items);
    // The stories test who the direct quotations' speakers are; reported speech is scored elsewhere.
    QuoteExtractor extractor = QuoteExtractor.builder().reportedSpeech(false).build();
    predicted = new ArrayList<>();
    for (GoldDocument doc : gold) {
      predicted.add(
          ExtractionSerializer.toJson(doc.id().getAsJsonPrimitive(), extractor.extract(doc.text())));
    }
  }

  @Test
  void everyStoryHasGoldWithEntities() {
    assertThat(gold).hasSizeGreaterThanOrEqualTo(4);
    assertThat(gold).allSatisfy(doc -> assertThat(doc.quotes()).isNotEmpty());
    long withEntity = gold.stream().flatMap(d -> d.quotes().stream()).filter(q -> q.entity() != null).count();
    assertThat(withEntity).isGreaterThan(30);
  }

  @Test
  void everySpeakerAndEveryEntityIsRight() {
    TrackScore all = Scorer.score(gold, Predictions.of(predicted, gold)).track("all");

    assertThat(all.quoteF1()).isEqualTo(1.0);
    assertThat(all.speakerAcc()).isEqualTo(1.0);
    assertThat(all.entityAcc()).isEqualTo(1.0);
  }

  @Test
  void theErrorReportCountsTheWrongEntitiesTheScoreMisses() {
    // The same mentions, every speaker's name dropped: the mention-level score cannot tell.
    List<JsonObject> nameless = new ArrayList<>();
    for (JsonObject doc : predicted) {
      JsonObject copy = doc.deepCopy();
      copy.getAsJsonArray("quotes").forEach(q -> q.getAsJsonObject().remove("speaker"));
      nameless.add(copy);
    }
    Predictions pred = Predictions.of(nameless, gold);

    TrackScore all = Scorer.score(gold, pred).track("all");
    ErrorReport report = ErrorReport.of("all", Scorer.match(gold, pred, 0));

    assertThat(all.speakerAcc()).isEqualTo(1.0);
    assertThat(all.entityAcc()).isEqualTo(0.0);
    assertThat(report.count(ErrorReport.Kind.WRONG_SPEAKER)).isZero();
    assertThat(report.count(ErrorReport.Kind.WRONG_ENTITY))
        .isEqualTo(gold.stream().flatMap(d -> d.quotes().stream()).filter(q -> q.entity() != null).count());
    assertThat(report.format(1)).contains("wrong entity");
  }

  @Test
  void speakerFieldsOfTheStories() {
    JsonObject pike = speakerNamed("Dolores Pike");
    assertThat(pike.get("age").getAsInt()).isEqualTo(78);
    assertThat(pike.get("description").getAsString()).isEqualTo("a retired teacher");

    JsonObject lopez = speakerNamed("Maria Lopez");
    assertThat(lopez.get("title").getAsString()).isEqualTo("coach");
    assertThat(lopez.get("kind").getAsString()).isEqualTo("PERSON");

    assertThat(speakerNamed("Frank Bellamy").get("kind").getAsString()).isEqualTo("PERSON");
    assertThat(speakerNamed("Halvex Corp.").get("kind").getAsString()).isEqualTo("ORGANIZATION");
  }

  @Test
  void quotesOfCoachLopezAreConfident() {
    for (JsonObject doc : predicted) {
      for (JsonElement q : doc.getAsJsonArray("quotes")) {
        JsonObject quote = q.getAsJsonObject();
        if (quote.get("speakerMention").getAsJsonObject().get("text").getAsString()
            .equals("coach Maria Lopez")) {
          assertThat(quote.get("confidence").getAsDouble()).isGreaterThanOrEqualTo(0.9);
          return;
        }
      }
    }
    throw new AssertionError("no quote of coach Maria Lopez");
  }

  private static JsonObject speakerNamed(String name) {
    for (JsonObject doc : predicted) {
      for (JsonElement s : doc.getAsJsonArray("speakers")) {
        if (s.getAsJsonObject().get("name").getAsString().equals(name)) {
          return s.getAsJsonObject();
        }
      }
    }
    throw new AssertionError("no speaker " + name);
  }
}
