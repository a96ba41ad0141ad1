package io.github.quotekit;

import static io.github.quotekit.Extractors.ALL_QUOTES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quotekit.QuoteExtractor.Extracted;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuoteExtractorBatchTest {
  private record Doc(int id, String text) {}

  private static List<Doc> docs(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> new Doc(i, RandomNewsArticles.article(1000 + i)))
        .toList();
  }

  /** What extract gives each text alone, as comparable strings. */
  private static List<String> oneByOne(List<Doc> docs) {
    return docs.stream().map(d -> describe(ALL_QUOTES.extract(d.text()))).toList();
  }

  private static String describe(Extraction e) {
    return e.quotes().stream()
            .map(q -> q.span() + q.text() + q.speaker().map(Speaker::name).orElse("-"))
            .toList()
        + " "
        + e.speakers().stream().map(Speaker::name).toList();
  }

  @Test
  void extractAllOfTextsGivesTheExtractionsInOrder() {
    List<Doc> docs = docs(12);
    List<String> all;
    try (Stream<Extraction> results = ALL_QUOTES.extractAll(docs.stream().map(Doc::text))) {
      all = results.map(QuoteExtractorBatchTest::describe).toList();
    }
    assertThat(all).isEqualTo(oneByOne(docs));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 8})
  void resultsComeInInputOrderWithTheirDocuments(int threads) {
    List<Doc> docs = docs(40);
    List<Extracted<Doc>> results;
    try (Stream<Extracted<Doc>> stream =
        ALL_QUOTES.extractAll(docs.stream(), Doc::text, threads)) {
      results = stream.toList();
    }
    assertThat(results).extracting(r -> r.document().id()).containsExactlyElementsOf(
        IntStream.range(0, 40).boxed().toList());
    assertThat(results).allSatisfy(r -> assertThat(r).isInstanceOf(QuoteExtractor.Success.class));
    assertThat(
            results.stream()
                .map(r -> describe(((QuoteExtractor.Success<Doc>) r).extraction()))
                .toList())
        .isEqualTo(oneByOne(docs));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void aFailingDocumentGivesAFailureInItsPlaceAndTheOthersGoOn(int threads) {
    List<Doc> docs = new ArrayList<>(docs(6));
    docs.set(2, new Doc(2, null));
    List<Extracted<Doc>> results =
        ALL_QUOTES
            .extractAll(
                docs.stream(),
                d -> {
                  if (d.id() == 4) {
                    throw new IllegalStateException("no text for 4");
                  }
                  return d.text();
                },
                threads)
            .toList();

    assertThat(results).hasSize(6);
    assertThat(results.get(2))
        .isInstanceOfSatisfying(
            QuoteExtractor.Failure.class,
            failure -> assertThat(failure.exception()).isInstanceOf(NullPointerException.class));
    assertThat(results.get(4))
        .isInstanceOfSatisfying(
            QuoteExtractor.Failure.class,
            failure -> assertThat(failure.exception()).hasMessage("no text for 4"));
    assertThat(List.of(0, 1, 3, 5))
        .allSatisfy(i -> assertThat(results.get(i)).isInstanceOf(QuoteExtractor.Success.class));
  }

  @Test
  void anErrorEndsTheStreamAfterTheEarlierResults() {
    List<Doc> docs = docs(6);
    List<Integer> seen = new ArrayList<>();
    Stream<Extracted<Doc>> results =
        ALL_QUOTES.extractAll(
            docs.stream(),
            d -> {
              if (d.id() == 3) {
                throw new AssertionError("boom");
              }
              return d.text();
            },
            2);
    assertThatThrownBy(() -> results.forEach(r -> seen.add(r.document().id())))
        .isInstanceOf(AssertionError.class)
        .hasMessage("boom");
    assertThat(seen).containsExactly(0, 1, 2);
    results.close();
  }

  @Test
  void documentsAreReadLazilyAndOnlyAFewAhead() {
    int threads = 2;
    AtomicInteger read = new AtomicInteger();
    // An endless source: only a bounded window of it may ever be read.
    Stream<Doc> endless =
        LongStream.iterate(0, i -> i + 1)
            .mapToObj(i -> new Doc((int) i, "“Not now,” Ruiz said. " + i))
            .peek(d -> read.incrementAndGet());
    try (Stream<Extracted<Doc>> results = ALL_QUOTES.extractAll(endless, Doc::text, threads)) {
      assertThat(read).hasValue(0);
      List<Integer> first = results.limit(10).map(r -> r.document().id()).toList();
      assertThat(first).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }
    assertThat(read.get()).isBetween(10, 10 + 4 * threads);
  }

  @Test
  void closingTheResultClosesTheSourceAndStopsTheWorkers() throws InterruptedException {
    AtomicBoolean closed = new AtomicBoolean();
    Stream<Doc> source = docs(20).stream().onClose(() -> closed.set(true));
    try (Stream<Extracted<Doc>> results = ALL_QUOTES.extractAll(source, Doc::text, 2)) {
      assertThat(results.findFirst()).isPresent();
    }
    assertThat(closed).isTrue();
    for (int i = 0; i < 100 && workers() > 0; i++) {
      Thread.sleep(20);
    }
    assertThat(workers()).isZero();
  }

  @Test
  void workersStopAfterTheLastResultWithoutClosing() throws InterruptedException {
    assertThat(ALL_QUOTES.extractAll(docs(5).stream(), Doc::text, 2).count()).isEqualTo(5);
    for (int i = 0; i < 100 && workers() > 0; i++) {
      Thread.sleep(20);
    }
    assertThat(workers()).isZero();
  }

  private static long workers() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("quotekit-") && t.isAlive())
        .count();
  }

  @Test
  void anEmptySourceGivesAnEmptyResult() {
    assertThat(ALL_QUOTES.extractAll(Stream.<Doc>empty(), Doc::text, 3)).isEmpty();
    assertThat(ALL_QUOTES.extractAll(Stream.<String>empty())).isEmpty();
  }

  @Test
  void argumentsAreChecked() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ALL_QUOTES.extractAll(Stream.of("a"), s -> s, 0))
        .withMessageContaining("threads");
    assertThatNullPointerException().isThrownBy(() -> ALL_QUOTES.extractAll(null));
    assertThatNullPointerException().isThrownBy(() -> ALL_QUOTES.extractAll(null, s -> "", 2));
    assertThatNullPointerException()
        .isThrownBy(() -> ALL_QUOTES.extractAll(Stream.of("a"), null, 2));
  }

  @Test
  void aSuccessNeedsItsExtractionAndAFailureItsException() {
    assertThatNullPointerException()
        .isThrownBy(() -> new QuoteExtractor.Success<>("d", null))
        .withMessage("extraction");
    assertThatNullPointerException()
        .isThrownBy(() -> new QuoteExtractor.Failure<>("d", null))
        .withMessage("exception");
  }
}
