package io.github.quotekit.benchmarks;

import io.github.quotekit.Extraction;
import io.github.quotekit.QuoteExtractor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to extract the quotes of one short made-up article with a shared extractor.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar ExtractionBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractionBenchmark {

  // Invented for this benchmark: a fictional town, people and dispute.
  private static final String ARTICLE =
      "Harbor Plan Splits Lowmoor Council\n\n"
          + "LOWMOOR — The town council voted 5-4 on Monday to borrow $12 million for a new"
          + " seawall.\n\n"
          + "\u201cWe cannot wait for the next storm to decide for us,\u201d Mayor Edda Brannigan"
          + " said after the vote.\n\n"
          + "Councilman Piet Varga called the loan \u201ca burden our grandchildren will"
          + " carry.\u201d\n\n"
          + "\u201cThe numbers do not add up,\u201d he said. \u201cThey never have.\u201d\n\n"
          + "According to the harbor master, Lina Osei, repairs to the old wall already cost"
          + " $400,000 a year.";

  private QuoteExtractor extractor;

  /** Loads the models once, outside the measurement. */
  @Setup
  public void setUp() {
    extractor = QuoteExtractor.english();
  }

  /** Extracts the article; the result is returned so that the JIT cannot drop the work. */
  @Benchmark
  public Extraction extract() {
    return extractor.extract(ARTICLE);
  }
}
