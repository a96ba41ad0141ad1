package io.github.quotekit.internal.pipeline;

import static java.util.Objects.requireNonNull;

import io.github.quotekit.AttributionRule;
import io.github.quotekit.EntityRecognizer;
import io.github.quotekit.Lexicon;
import io.github.quotekit.QuotationMarks;
import java.util.List;

/**
 * The options a {@link Pipeline} is built with.
 *
 * @param minUnattributedWords unattributed quotations with fewer words are dropped
 * @param minConfidence attributed quotations with a lower confidence are dropped
 * @param reportedSpeech whether indirect and mixed quotations are reported too
 * @param quotationMarks the quotation marks the scanner recognises
 * @param rules the attribution rules, in the order to ask them
 * @param explain whether quotes carry an explanation of their attribution
 * @param lexicon the word lists of candidate finding and attribution
 * @param entityRecognizer finds the names of candidate speakers
 */
public record PipelineOptions(
    int minUnattributedWords,
    double minConfidence,
    boolean reportedSpeech,
    QuotationMarks quotationMarks,
    List<AttributionRule> rules,
    boolean explain,
    Lexicon lexicon,
    EntityRecognizer entityRecognizer) {

  /** Checks that the quotation marks, rules, lexicon and recogniser are given. */
  public PipelineOptions {
    requireNonNull(quotationMarks, "quotationMarks");
    rules = List.copyOf(rules);
    requireNonNull(lexicon, "lexicon");
    requireNonNull(entityRecognizer, "entityRecognizer");
  }

  /**
   * Options with detected quotation marks, the built-in rules, no explanations, the English
   * lexicon and the default entity recogniser.
   */
  public PipelineOptions(int minUnattributedWords, double minConfidence, boolean reportedSpeech) {
    this(minUnattributedWords, minConfidence, reportedSpeech, QuotationMarks.auto(),
        AttributionRule.builtIns(), false, Lexicon.english(), EntityRecognizer.properNouns());
  }

  /** Default for {@link #minUnattributedWords()}: quotations without a speaker are dropped. */
  public static final int DEFAULT_MIN_UNATTRIBUTED_WORDS = Integer.MAX_VALUE;

  /** Default for {@link #minConfidence()}: every attributed quotation is kept. */
  public static final double DEFAULT_MIN_CONFIDENCE = 0.0;

  /** Default for {@link #reportedSpeech()}: reported speech is found too. */
  public static final boolean DEFAULT_REPORTED_SPEECH = true;

  /** Returns the options of {@code QuoteExtractor.english()}. */
  public static PipelineOptions defaults() {
    return new PipelineOptions(
        DEFAULT_MIN_UNATTRIBUTED_WORDS, DEFAULT_MIN_CONFIDENCE, DEFAULT_REPORTED_SPEECH);
  }
}
