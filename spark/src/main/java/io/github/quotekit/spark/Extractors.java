package io.github.quotekit.spark;

import static java.util.Objects.requireNonNull;

import io.github.quotekit.QuoteExtractor;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The extractors of this JVM, one per {@link ExtractorConfig}, built on first use.
 *
 * <p>The models ship inside the quotekit jars, so nothing is broadcast: each executor JVM loads
 * them once, the first time one of its tasks needs an extractor with a given configuration, and
 * every task thread of that executor then shares the same {@link QuoteExtractor}, which is
 * thread-safe. Threads that ask for a configuration while it is being built wait for that one
 * build rather than start another.
 */
public final class Extractors {

  private static final ConcurrentMap<ExtractorConfig, QuoteExtractor> EXTRACTORS =
      new ConcurrentHashMap<>();
  private static final AtomicInteger BUILDS = new AtomicInteger();

  private Extractors() {}

  /**
   * Returns this JVM's extractor for {@code config}, building it (and loading the models) the
   * first time.
   *
   * @param config the extractor's options
   * @return an extractor that any number of threads may use at once
   */
  public static QuoteExtractor get(ExtractorConfig config) {
    requireNonNull(config, "config");
    QuoteExtractor extractor = EXTRACTORS.get(config);
    return extractor != null ? extractor : EXTRACTORS.computeIfAbsent(config, Extractors::build);
  }

  /** Returns how many extractors this JVM has built so far. */
  static int builds() {
    return BUILDS.get();
  }

  private static QuoteExtractor build(ExtractorConfig config) {
    BUILDS.incrementAndGet();
    return config.newExtractor();
  }
}
