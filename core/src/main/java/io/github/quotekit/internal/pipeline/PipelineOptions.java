package io.github.quotekit.internal.pipeline;

/**
 * The options a {@link Pipeline} is built with.
 *
 * @param minUnattributedWords unattributed quotations with fewer words are dropped
 */
public record PipelineOptions(int minUnattributedWords) {

  /** Default for {@link #minUnattributedWords()}: quotations without a speaker are dropped. */
  public static final int DEFAULT_MIN_UNATTRIBUTED_WORDS = Integer.MAX_VALUE;
}
