package io.github.quotekit;

import static io.github.quotekit.ExtractionContract.assertWellFormed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The library contract on thousands of seeded random texts per build: news-like articles, mutated
 * ones, HTML, other scripts and noise ({@link AdversarialTexts#generated(long)}). Each text must
 * give a well-formed result in bounded time, and every eighth is extracted twice to check that the
 * result is deterministic.
 *
 * <p>A failure names the text's seed and the master seed. Rerun the whole suite with another
 * master seed or more texts with {@code -Dquotekit.seed=...} and {@code
 * -Dquotekit.randomTexts=...}; rebuild one failing text with {@code
 * AdversarialTexts.generated(seed)}.
 */
class SeededRandomTextTest {
  private static final long MASTER_SEED = Long.getLong("quotekit.seed", 0x1550_E008L);
  private static final int TEXTS = Integer.getInteger("quotekit.randomTexts", 3_000);
  /** One text taking this long is a hang: the median takes milliseconds. */
  private static final Duration PER_TEXT = Duration.ofSeconds(10);

  @Test
  void thousandsOfGeneratedAndMutatedTexts() {
    // Default options, every quotation reported, and every quotation-mark style.
    assertContract(AnyTextContractTest.EXTRACTORS.subList(0, 3), TEXTS);
  }

  @Test
  void reportedSpeechOnGeneratedAndMutatedTexts() {
    assertContract(AnyTextContractTest.EXTRACTORS.subList(3, 4), TEXTS / 3);
  }

  private static void assertContract(List<QuoteExtractor> extractors, int count) {
    long[] seeds = RandomNewsArticles.seeds(MASTER_SEED, count).toArray();
    AtomicLong current = new AtomicLong();
    int[] quotes = new int[1];

    assertTimeoutPreemptively(
        Duration.ofSeconds(Math.max(60, count / 20)),
        () -> {
          for (int i = 0; i < seeds.length; i++) {
            long seed = seeds[i];
            current.set(seed);
            String text = AdversarialTexts.generated(seed);
            QuoteExtractor extractor = extractors.get(i % extractors.size());
            try {
              long start = System.nanoTime();
              Extraction extraction = extractor.extract(text);
              Duration took = Duration.ofNanos(System.nanoTime() - start);
              assertThat(took).as("time").isLessThan(PER_TEXT);
              assertWellFormed(text, extraction, "seed " + seed);
              if (i % 8 == 0) {
                assertThat(extractor.extract(new String(text.toCharArray())))
                    .isEqualTo(extraction);
              }
              quotes[0] += extraction.quotes().size();
            } catch (Throwable e) {
              throw new AssertionError(reproduce(seed, extractor), e);
            }
          }
        },
        () -> "timed out at seed " + current.get() + "L; master seed " + MASTER_SEED);

    assertThat(quotes[0])
        .as("quotes found, a guard against a generator too tame")
        .isGreaterThan(count / 2);
  }

  private static String reproduce(long seed, QuoteExtractor extractor) {
    return "seed "
        + seed
        + "L (AdversarialTexts.generated("
        + seed
        + "L), extractor "
        + AnyTextContractTest.EXTRACTORS.indexOf(extractor)
        + " of AnyTextContractTest.EXTRACTORS); master seed -Dquotekit.seed="
        + MASTER_SEED;
  }
}
