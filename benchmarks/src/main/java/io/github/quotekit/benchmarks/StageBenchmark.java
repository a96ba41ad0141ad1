package io.github.quotekit.benchmarks;

import io.github.quotekit.Extraction;
import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.pipeline.Pipeline;
import io.github.quotekit.internal.pipeline.PipelineOptions;
import io.github.quotekit.internal.scan.QuotedSegment;
import java.util.ArrayList;
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
 * The time of each stage of the pipeline on the made-up articles of {@link ExtractionBenchmark},
 * so that the bottleneck shows: {@code scan} (quote scanning), {@code analyze} (paragraphs,
 * sentences, tokens, part-of-speech tags and lemmas) and {@code attribute} (candidate speakers,
 * attribution sieves, speaker resolution and assembly of the quotes). {@code extract} is the
 * three together, as {@code QuoteExtractor.extract} runs them.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar StageBenchmark -p size=5000</pre>
 *
 * <p>Each stage gets the inputs the stage before it gave, computed once in the set-up, so every
 * stage is timed alone, in microseconds per article.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class StageBenchmark {

  /** The article size in characters: {@code 1000}, {@code 5000} or {@code 50000}. */
  @Param({"1000", "5000", "50000"})
  public int size;

  private Pipeline pipeline;
  private List<String> texts;
  private List<List<QuotedSegment>> segments;
  private List<AnalyzedText> analyses;
  private int next;

  /** Builds the pipeline and runs each article through scanning and analysis once. */
  @Setup
  public void setUp() {
    pipeline = Pipeline.create(PipelineOptions.defaults());
    texts = Articles.articles(size, ExtractionBenchmark.ARTICLES, size);
    segments = new ArrayList<>();
    analyses = new ArrayList<>();
    for (String text : texts) {
      List<QuotedSegment> found = pipeline.scan(text);
      segments.add(found);
      analyses.add(pipeline.analyze(text, found));
    }
  }

  private int advance() {
    int i = next;
    next = (next + 1) % texts.size();
    return i;
  }

  /** Stage 1: quote scanning. */
  @Benchmark
  public List<QuotedSegment> scan() {
    return pipeline.scan(texts.get(advance()));
  }

  /** Stage 2: sentences, tokens, tags and lemmas. */
  @Benchmark
  public AnalyzedText analyze() {
    int i = advance();
    return pipeline.analyze(texts.get(i), segments.get(i));
  }

  /** Stages 3 to 6: candidates, attribution, resolution, quotes. */
  @Benchmark
  public Extraction attribute() {
    int i = advance();
    return pipeline.attribute(analyses.get(i), segments.get(i));
  }

  /** All the stages, as {@code QuoteExtractor.extract}. */
  @Benchmark
  public Extraction extract() {
    return pipeline.extract(texts.get(advance()));
  }
}
