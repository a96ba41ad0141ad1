package io.github.quotekit.internal.pipeline;

/**
 * The options a {@link Pipeline} is built with.
 *
 * @param minUnattributedWords unattributed quotations with fewer words are dropped
 * @param minConfidence attributed quotations with a lower confidence are dropped
 * @param reportedSpeech whether indirect and mixed quotations are reported too
 */
public record PipelineOptions(int minUnattributedWords, double minConfidence, boolean reportedSpeech) {

  /** Default for {@link #minUnattributedWords()}: quotations without a speaker are dropped. */
  public static final int DEFAULT_MIN_UNATTRIBUTED_WORDS = Integer.MAX_VALUE;

  /** Default for {@link #minConfidence()}: every attributed quotation is kept. */
  public static final double DEFAULT_MIN_CONFIDENCE = 0.0;
}
