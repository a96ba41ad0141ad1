package io.github.quotekit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quotekit.QuoteExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The serialisable configuration and the per-JVM extractor cache, without Spark. */
class ExtractorsTest {

  private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }

  @Test
  void configurationSurvivesJavaSerialisationAsTaskClosuresDo() throws Exception {
    ExtractorConfig config =
        ExtractorConfig.defaults().withMinConfidence(0.85).withMinUnattributedWords(4);

    Object copy = roundTrip(config);

    assertThat(copy).isEqualTo(config).hasSameHashCodeAs(config);
    assertThat(((ExtractorConfig) copy).minConfidence()).hasValue(0.85);
    assertThat(((ExtractorConfig) copy).minUnattributedWords()).hasValue(4);
    assertThat(roundTrip(ExtractorConfig.defaults())).isEqualTo(ExtractorConfig.defaults());
    assertThat(ExtractorConfig.defaults().minConfidence()).isEmpty();
  }

  @Test
  void functionsSurviveJavaSerialisationWithTheirOptions() throws Exception {
    ExtractorConfig config = ExtractorConfig.defaults().withMinConfidence(0.5);

    QuotesUdf copy = (QuotesUdf) roundTrip(new QuotesUdf(config));
    Object extraction = roundTrip(new ExtractionUdf(config));
    Object documents = roundTrip(new DocumentExtraction(config, null));

    assertThat(copy.config()).isEqualTo(config);
    assertThat(extraction).isInstanceOf(ExtractionUdf.class);
    assertThat(documents).isInstanceOf(DocumentExtraction.class);
  }

  @Test
  void configurationRejectsWhatTheBuilderRejects() {
    assertThatThrownBy(() -> ExtractorConfig.defaults().withMinConfidence(1.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ExtractorConfig.defaults().withMinConfidence(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ExtractorConfig.defaults().withMinUnattributedWords(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void concurrentFirstRequestsBuildOneExtractor() throws Exception {
    ExtractorConfig config = ExtractorConfig.defaults().withMinUnattributedWords(97);
    int before = Extractors.builds();
    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<QuoteExtractor>> futures = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      futures.add(
          pool.submit(
              () -> {
                start.await();
                return Extractors.get(config);
              }));
    }
    start.countDown();
    List<QuoteExtractor> extractors = new ArrayList<>();
    for (Future<QuoteExtractor> future : futures) {
      extractors.add(future.get());
    }
    pool.shutdown();

    assertThat(Extractors.builds() - before).isEqualTo(1);
    assertThat(extractors).allSatisfy(e -> assertThat(e).isSameAs(extractors.get(0)));
    assertThat(Extractors.get(ExtractorConfig.defaults().withMinUnattributedWords(97)))
        .isSameAs(extractors.get(0));
  }

  @Test
  void sharedExtractorGivesEachThreadTheSingleThreadedResult() throws Exception {
    QuoteExtractor shared = Extractors.get(ExtractorConfig.defaults());
    List<String> articles = NewsGenerator.articles(50_000, 60);
    List<Object> alone = new ArrayList<>();
    for (String article : articles) {
      alone.add(shared.extract(article));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Object>> futures = new ArrayList<>();
    for (int round = 0; round < 4; round++) {
      for (String article : articles) {
        futures.add(pool.submit(() -> (Object) shared.extract(article)));
      }
    }
    List<Object> together = new ArrayList<>();
    for (Future<Object> future : futures) {
      together.add(future.get());
    }
    pool.shutdown();

    for (int i = 0; i < together.size(); i++) {
      assertThat(together.get(i)).isEqualTo(alone.get(i % articles.size()));
    }
  }

  @Test
  void generatorIsDeterministicAndVaried() {
    List<String> first = NewsGenerator.articles(1, 200);

    assertThat(NewsGenerator.articles(1, 200)).isEqualTo(first);
    assertThat(first).contains("");
    assertThat(String.join("\n", first))
        .contains("“", "\"", "said", "according to", "—", "🚢", "\r\n");
    assertThat(first.stream().distinct().count()).isGreaterThan(190);
  }
}
