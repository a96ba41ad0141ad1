package io.github.quotekit.spark;

import io.github.quotekit.QuoteExtractor;
import java.io.Serializable;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The options of the {@link QuoteExtractor} that quotekit's Spark functions use: a small
 * serialisable value that travels with the tasks, while the extractor itself (and its models) is
 * built once per executor JVM by {@link Extractors#get(ExtractorConfig)}.
 *
 * <p>An option that is not set keeps {@link QuoteExtractor.Builder}'s default. Instances are
 * immutable and thread-safe; equal configurations share one extractor.
 */
public final class ExtractorConfig implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The Spark configuration key read by {@link #fromSparkConf}: a number in [0, 1]. */
  public static final String MIN_CONFIDENCE_KEY = "spark.quotekit.minConfidence";

  /** The Spark configuration key read by {@link #fromSparkConf}: an integer {@code >= 0}. */
  public static final String MIN_UNATTRIBUTED_WORDS_KEY = "spark.quotekit.minUnattributedWords";

  private static final ExtractorConfig DEFAULTS = new ExtractorConfig(null, null);

  // Boxed and nullable rather than OptionalInt/OptionalDouble, which are not serialisable.
  private final Integer minUnattributedWords;
  private final Double minConfidence;

  private ExtractorConfig(Integer minUnattributedWords, Double minConfidence) {
    if (minUnattributedWords != null && minUnattributedWords < 0) {
      throw new IllegalArgumentException(
          "minUnattributedWords must be >= 0: " + minUnattributedWords);
    }
    if (minConfidence != null && !(minConfidence >= 0.0 && minConfidence <= 1.0)) {
      throw new IllegalArgumentException("minConfidence must lie in [0, 1]: " + minConfidence);
    }
    this.minUnattributedWords = minUnattributedWords;
    this.minConfidence = minConfidence;
  }

  /** Returns the configuration of {@link QuoteExtractor#english()}: every option at its default. */
  public static ExtractorConfig defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the configuration that a Spark session's runtime configuration sets: {@value
   * #MIN_CONFIDENCE_KEY} and {@value #MIN_UNATTRIBUTED_WORDS_KEY}, each optional. This is how
   * {@link QuotesUdf} and {@link ExtractionUdf}, which Spark instantiates by class name (SQL,
   * PySpark's {@code registerJavaFunction}), learn their options.
   *
   * @param conf the session's configuration ({@code spark.conf()})
   * @throws IllegalArgumentException if a value is malformed or out of range
   */
  public static ExtractorConfig fromSparkConf(org.apache.spark.sql.RuntimeConfig conf) {
    ExtractorConfig config = defaults();
    if (conf.contains(MIN_CONFIDENCE_KEY)) {
      String value = conf.get(MIN_CONFIDENCE_KEY).trim();
      try {
        config = config.withMinConfidence(Double.parseDouble(value));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(MIN_CONFIDENCE_KEY + " is not a number: " + value, e);
      }
    }
    if (conf.contains(MIN_UNATTRIBUTED_WORDS_KEY)) {
      String value = conf.get(MIN_UNATTRIBUTED_WORDS_KEY).trim();
      try {
        config = config.withMinUnattributedWords(Integer.parseInt(value));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            MIN_UNATTRIBUTED_WORDS_KEY + " is not an integer: " + value, e);
      }
    }
    return config;
  }

  /**
   * Returns this configuration with {@link QuoteExtractor.Builder#minUnattributedWords(int)} set.
   *
   * @throws IllegalArgumentException if {@code words < 0}
   */
  public ExtractorConfig withMinUnattributedWords(int words) {
    return new ExtractorConfig(words, minConfidence);
  }

  /**
   * Returns this configuration with {@link QuoteExtractor.Builder#minConfidence(double)} set.
   *
   * @throws IllegalArgumentException if {@code confidence} is not in [0, 1]
   */
  public ExtractorConfig withMinConfidence(double confidence) {
    return new ExtractorConfig(minUnattributedWords, confidence);
  }

  /** Returns the minimum number of words of an unattributed quote, if set. */
  public OptionalInt minUnattributedWords() {
    return minUnattributedWords == null
        ? OptionalInt.empty()
        : OptionalInt.of(minUnattributedWords);
  }

  /** Returns the minimum confidence of an attributed quote, if set. */
  public OptionalDouble minConfidence() {
    return minConfidence == null ? OptionalDouble.empty() : OptionalDouble.of(minConfidence);
  }

  /** Builds a new extractor with these options: loads the models. Use {@link Extractors#get}. */
  QuoteExtractor newExtractor() {
    QuoteExtractor.Builder builder = QuoteExtractor.builder();
    if (minUnattributedWords != null) {
      builder.minUnattributedWords(minUnattributedWords);
    }
    if (minConfidence != null) {
      builder.minConfidence(minConfidence);
    }
    return builder.build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExtractorConfig that
        && Objects.equals(minUnattributedWords, that.minUnattributedWords)
        && Objects.equals(minConfidence, that.minConfidence);
  }

  @Override
  public int hashCode() {
    return Objects.hash(minUnattributedWords, minConfidence);
  }

  @Override
  public String toString() {
    return "ExtractorConfig[minUnattributedWords="
        + (minUnattributedWords == null ? "default" : minUnattributedWords)
        + ", minConfidence="
        + (minConfidence == null ? "default" : minConfidence)
        + "]";
  }
}
