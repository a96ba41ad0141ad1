package io.github.quotekit.spark;

import static java.util.Objects.requireNonNull;

import io.github.quotekit.ExtractorSpec;
import io.github.quotekit.QuoteExtractor;
import java.io.Serializable;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The options of the {@link QuoteExtractor} that quotekit's Spark functions use: an {@link
 * ExtractorSpec}, a small serialisable value that travels with the tasks, while the extractor
 * itself (and its models) is built once per executor JVM by {@link Extractors#get(ExtractorConfig)}.
 *
 * <pre>{@code
 * ExtractorConfig config = ExtractorConfig.of(ExtractorSpec.parse("minConfidence=0.8"));
 * Dataset<Row> quotes = QuotekitSpark.quotes(articles, "id", "text", config);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; equal configurations share one extractor.
 */
public final class ExtractorConfig implements Serializable {

  private static final long serialVersionUID = 2L;

  /**
   * The Spark configuration key read by {@link #fromSparkConf}: a whole {@link ExtractorSpec}
   * string, such as {@code minConfidence=0.8,reportedSpeech=true}.
   */
  public static final String SPEC_KEY = "spark.quotekit.spec";

  /** The Spark configuration key read by {@link #fromSparkConf}: a number in [0, 1]. */
  public static final String MIN_CONFIDENCE_KEY = "spark.quotekit.minConfidence";

  /** The Spark configuration key read by {@link #fromSparkConf}: an integer {@code >= 0}. */
  public static final String MIN_UNATTRIBUTED_WORDS_KEY = "spark.quotekit.minUnattributedWords";

  private static final ExtractorConfig DEFAULTS = new ExtractorConfig(ExtractorSpec.defaults());

  private final ExtractorSpec spec;

  private ExtractorConfig(ExtractorSpec spec) {
    this.spec = requireNonNull(spec, "spec");
  }

  /** Returns the configuration of {@link QuoteExtractor#english()}: every option at its default. */
  public static ExtractorConfig defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the configuration of a spec.
   *
   * @throws NullPointerException if {@code spec} is null
   */
  public static ExtractorConfig of(ExtractorSpec spec) {
    return new ExtractorConfig(spec);
  }

  /**
   * Returns the configuration that a Spark session's runtime configuration sets: {@value
   * #SPEC_KEY}, then {@value #MIN_CONFIDENCE_KEY} and {@value #MIN_UNATTRIBUTED_WORDS_KEY} over it,
   * each optional. This is how {@link QuotesUdf} and {@link ExtractionUdf}, which Spark
   * instantiates by class name (SQL, PySpark's {@code registerJavaFunction}), learn their options.
   *
   * @param conf the session's configuration ({@code spark.conf()})
   * @throws IllegalArgumentException naming the key, if a value is malformed or out of range
   */
  public static ExtractorConfig fromSparkConf(org.apache.spark.sql.RuntimeConfig conf) {
    ExtractorSpec spec = ExtractorSpec.defaults();
    try {
      if (conf.contains(SPEC_KEY)) {
        spec = ExtractorSpec.parse(conf.get(SPEC_KEY));
      }
      if (conf.contains(MIN_CONFIDENCE_KEY)) {
        spec = spec.with(ExtractorSpec.MIN_CONFIDENCE, conf.get(MIN_CONFIDENCE_KEY).trim());
      }
      if (conf.contains(MIN_UNATTRIBUTED_WORDS_KEY)) {
        spec =
            spec.with(
                ExtractorSpec.MIN_UNATTRIBUTED_WORDS, conf.get(MIN_UNATTRIBUTED_WORDS_KEY).trim());
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Spark configuration: " + e.getMessage(), e);
    }
    return new ExtractorConfig(spec);
  }

  /** Returns the extractor options. */
  public ExtractorSpec spec() {
    return spec;
  }

  /**
   * Returns this configuration with {@link QuoteExtractor.Builder#minUnattributedWords(int)} set.
   *
   * @throws IllegalArgumentException if {@code words < 0}
   */
  public ExtractorConfig withMinUnattributedWords(int words) {
    return new ExtractorConfig(spec.withMinUnattributedWords(words));
  }

  /**
   * Returns this configuration with {@link QuoteExtractor.Builder#minConfidence(double)} set.
   *
   * @throws IllegalArgumentException if {@code confidence} is not in [0, 1]
   */
  public ExtractorConfig withMinConfidence(double confidence) {
    return new ExtractorConfig(spec.withMinConfidence(confidence));
  }

  /** Returns the minimum number of words of an unattributed quote, unless it is the default. */
  public OptionalInt minUnattributedWords() {
    int words = spec.minUnattributedWords();
    return words == ExtractorSpec.defaults().minUnattributedWords()
        ? OptionalInt.empty()
        : OptionalInt.of(words);
  }

  /** Returns the minimum confidence of an attributed quote, unless it is the default. */
  public OptionalDouble minConfidence() {
    double confidence = spec.minConfidence();
    return confidence == ExtractorSpec.defaults().minConfidence()
        ? OptionalDouble.empty()
        : OptionalDouble.of(confidence);
  }

  /** Builds a new extractor with these options: loads the models. Use {@link Extractors#get}. */
  QuoteExtractor newExtractor() {
    return QuoteExtractor.builder().spec(spec).build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExtractorConfig that && spec.equals(that.spec);
  }

  @Override
  public int hashCode() {
    return spec.hashCode();
  }

  /** Returns {@code ExtractorConfig[}the spec string{@code ]}. */
  @Override
  public String toString() {
    return "ExtractorConfig[" + spec + "]";
  }
}
