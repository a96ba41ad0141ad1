package io.github.quotekit.benchmarks;

import io.github.quotekit.QuoteExtractor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The time to load the models and build the first extractor, in a fresh JVM: what a command-line
 * run pays before its first article. Every fork measures one cold load.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar ModelLoadBenchmark</pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class ModelLoadBenchmark {

  /** Loads the models (once per JVM) and builds an extractor. */
  @Benchmark
  public QuoteExtractor load() {
    return QuoteExtractor.english();
  }
}
