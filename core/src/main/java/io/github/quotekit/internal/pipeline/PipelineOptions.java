package io.github.quotekit.internal.pipeline;

import static java.util.Objects.requireNonNull;

import io.github.quotekit.EntityRecognizer;
import io.github.quotekit.QuotationMarks;

/**
 * The options a {@link Pipeline} is built with.
 *
 * @param minUnattributedWords unattributed quotations with fewer words are dropped
 * @param minConfidence attributed quotations with a lower confidence are dropped
 * @param reportedSpeech whether indirect and mixed quotations are reported too
 * @param quotationMarks the quotation marks the scanner recognises
 * @param entityRecognizer finds the names of candidate speakers
 */
public record PipelineOptions(
    int minUnattributedWords,
    double minConfidence,
    boolean reportedSpeech,
    QuotationMarks quotationMarks,
    EntityRecognizer entityRecognizer) {

  /** Checks that the quotation marks and the recogniser are given. */
  public PipelineOptions {
    requireNonNull(quotationMarks, "quotationMarks");
    requireNonNull(entityRecognizer, "entityRecognizer");
  }

  /** Options with the English quotation marks and the default entity recogniser. */
  public PipelineOptions(int minUnattributedWords, double minConfidence, boolean reportedSpeech) {
    this(
        minUnattributedWords,
        minConfidence,
        reportedSpeech,
        QuotationMarks.english(),
        EntityRecognizer.properNouns());
  }

  /** Default for {@link #minUnattributedWords()}: quotations without a speaker are dropped. */
  public static final int DEFAULT_MIN_UNATTRIBUTED_WORDS = Integer.MAX_VALUE;

  /** Default for {@link #minConfidence()}: every attributed quotation is kept. */
  public static final double DEFAULT_MIN_CONFIDENCE = 0.0;

  /** Returns the options of {@code QuoteExtractor.english()}. */
  public static PipelineOptions defaults() {
    return new PipelineOptions(DEFAULT_MIN_UNATTRIBUTED_WORDS, DEFAULT_MIN_CONFIDENCE, false);
  }
}
