package io.github.quotekit.benchmarks;

import io.github.quotekit.Extraction;
import io.github.quotekit.QuoteExtractor;
import java.io.IOException;
import java.nio.file.Path;
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
 * Extraction speed on real news: the articles of a JSON Lines corpus given at run time (PolNeAR's
 * {@code dev.jsonl} by default, read from {@code ../shared/polnear/} beside the project, so run it
 * from the project root), whose vocabulary and sentence shapes the made-up {@link Articles} only
 * imitate.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar RealTextBenchmark
 * java -jar benchmarks/target/benchmarks.jar RealTextBenchmark -p corpus=PATH/TO/news.jsonl
 * </pre>
 *
 * <p>{@code article} is the steady state: each invocation extracts the next article, in turn;
 * JMH reports articles per second and, as the secondary result {@code chars}, characters per
 * second. {@code firstPass} is the warm-up: in each of three fresh JVMs, the time of one pass over
 * the whole corpus right after the models are loaded, while the JIT compiler is still at work.
 * Divided into the corpus's characters and compared with the steady state, it shows what the
 * first seconds cost.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RealTextBenchmark {

  /** The JSON Lines corpus: one {@code {"id", "text"}} object per line. */
  @Param("../shared/polnear/dev.jsonl")
  public String corpus;

  private QuoteExtractor extractor;
  private List<String> articles;

  /** Loads the models and the corpus, outside the measurement. */
  @Setup
  public void setUp() throws IOException {
    extractor = QuoteExtractor.english();
    articles = Speed.read(Path.of(corpus)).stream().map(Speed.Article::text).toList();
  }

  /** Extracts the next article; the result is returned so that the JIT cannot drop the work. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @Warmup(iterations = 5, time = 4)
  @Measurement(iterations = 5, time = 4)
  @Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
  public Extraction article(ArticleCursor cursor) {
    return extractor.extract(cursor.take(articles));
  }

  /** Extracts every article once, in a JVM that has extracted nothing yet. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
  public int firstPass() {
    int quotes = 0;
    for (String text : articles) {
      quotes += extractor.extract(text).quotes().size();
    }
    return quotes;
  }
}
