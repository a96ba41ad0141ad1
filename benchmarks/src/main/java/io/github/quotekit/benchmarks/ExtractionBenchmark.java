package io.github.quotekit.benchmarks;

import io.github.quotekit.Extraction;
import io.github.quotekit.QuoteExtractor;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Steady-state extraction throughput on made-up articles of about 1 KB, 5 KB and 50 KB, with one
 * shared extractor.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ExtractionBenchmark
 * java -jar benchmarks/target/benchmarks.jar ExtractionBenchmark -prof gc      # allocation
 * java -jar benchmarks/target/benchmarks.jar ExtractionBenchmark -t 2          # two threads
 * </pre>
 *
 * <p>Each invocation extracts the next of {@link #ARTICLES} different {@link Articles} of the
 * size, in turn, so that the tokenizer and tagger caches see new words as they would on a stream
 * of news. JMH reports articles per second ({@code ops/s}) and, as the secondary result {@code
 * chars}, characters per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ExtractionBenchmark {

  /** Different articles of each size that the benchmark cycles through. */
  static final int ARTICLES = 64;

  /** The article size in characters: {@code 1000}, {@code 5000} or {@code 50000}. */
  @Param({"1000", "5000", "50000"})
  public int size;

  private QuoteExtractor extractor;
  private List<String> articles;

  /** Loads the models and makes the articles, outside the measurement. */
  @Setup
  public void setUp() {
    extractor = QuoteExtractor.english();
    articles = Articles.articles(size, ARTICLES, size);
  }

  /** Extracts the next article; the result is returned so that the JIT cannot drop the work. */
  @Benchmark
  public Extraction extract(ArticleCursor cursor) {
    return extractor.extract(cursor.take(articles));
  }
}
