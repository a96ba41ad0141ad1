package io.github.quotekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One extractor shared by many threads gives exactly the sequential results. */
class ConcurrentExtractionTest {
  private static final long MASTER_SEED = 0xC0C0_2026L;
  private static final int ARTICLES = 500;
  private static final int THREADS = 8;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void eightThreadsOverFiveHundredArticlesEqualTheSequentialOutput() throws Exception {
    QuoteExtractor extractor =
        QuoteExtractor.builder()
            .minUnattributedWords(0)
            .quotationMarks(QuotationMarks.all())
            .build();
    List<String> articles =
        RandomNewsArticles.seeds(MASTER_SEED, ARTICLES)
            .mapToObj(AdversarialTexts::generated)
            .toList();
    List<Extraction> sequential = articles.stream().map(extractor::extract).toList();

    // Every thread takes the articles in its own order, so that threads work on different
    // articles at once and each one's per-thread state sees many articles.
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Extraction[]>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
          order.add(i);
        }
        Collections.shuffle(order, new Random(t));
        List<Integer> share = order.subList(0, ARTICLES / 2);
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  Extraction[] results = new Extraction[ARTICLES];
                  for (int i : share) {
                    results[i] = extractor.extract(articles.get(i));
                  }
                  return results;
                }));
      }
      start.countDown();
      int compared = 0;
      for (Future<Extraction[]> future : futures) {
        Extraction[] results = future.get();
        for (int i = 0; i < ARTICLES; i++) {
          if (results[i] != null) {
            assertThat(results[i]).as("article %d", i).isEqualTo(sequential.get(i));
            compared++;
          }
        }
      }
      assertThat(compared).isEqualTo(THREADS * ARTICLES / 2);
      assertThat(sequential.stream().mapToInt(e -> e.quotes().size()).sum())
          .isGreaterThan(ARTICLES);
    } finally {
      pool.shutdownNow();
    }
  }
}
