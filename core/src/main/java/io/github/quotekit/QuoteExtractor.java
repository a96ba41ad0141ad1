package io.github.quotekit;

import static java.util.Objects.requireNonNull;

import io.github.quotekit.internal.pipeline.Pipeline;
import io.github.quotekit.internal.pipeline.PipelineOptions;

/**
 * Finds the quotations in an English news article and says who said them.
 *
 * <p>Build one extractor and share it: loading the models takes a fraction of a second, extracting
 * takes milliseconds. Instances are immutable and thread-safe; any number of threads may call
 * {@link #extract(String)} at once.
 *
 * <pre>{@code
 * QuoteExtractor extractor = QuoteExtractor.english();
 * Extraction result = extractor.extract(
 *     "\"We will not back down,\" Mayor Ana Ruiz said on Tuesday.\n\n"
 *         + "\"Not now, not ever.\"");
 * for (Quote quote : result.quotes()) {
 *   System.out.println(quote.text() + " -- "
 *       + quote.speaker().map(Speaker::name).orElse("(unattributed)"));
 * }
 * // We will not back down, -- Ana Ruiz
 * // Not now, not ever. -- Ana Ruiz
 * }</pre>
 */
public final class QuoteExtractor {

  private final Pipeline pipeline;

  private QuoteExtractor(Builder builder) {
    this.pipeline =
        Pipeline.create(
            new PipelineOptions(
                builder.minUnattributedWords, builder.minConfidence, builder.reportedSpeech));
  }

  /** Returns an extractor with the bundled English models and default options. */
  public static QuoteExtractor english() {
    return builder().build();
  }

  /** Returns a builder for an extractor with non-default options. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Extracts the quotations of one article.
   *
   * <p>The text is plain text with paragraphs separated by blank lines. Any string, including an
   * empty one, gives a well-formed result; offsets are Java {@code String} offsets into {@code
   * text}.
   *
   * @param text the article
   * @return the quotations in text order and their speakers
   * @throws NullPointerException if {@code text} is null
   */
  public Extraction extract(String text) {
    requireNonNull(text, "text");
    return pipeline.extract(text);
  }

  /**
   * Options for a {@link QuoteExtractor}.
   *
   * <p>A builder is mutable and not thread-safe; the extractor it builds is both immutable and
   * thread-safe.
   */
  public static final class Builder {
    private int minUnattributedWords = PipelineOptions.DEFAULT_MIN_UNATTRIBUTED_WORDS;
    private double minConfidence = PipelineOptions.DEFAULT_MIN_CONFIDENCE;
    private boolean reportedSpeech;

    private Builder() {}

    /**
     * Also reports quotations that no rule attributes, when they have at least this many words.
     *
     * <p>By default only attributed quotations are reported: an unattributed one is a scare quote
     * ("the Commerce Department “entity list”"), a title or a quote whose speaker the text does not
     * name nearby, and on news it is more often noise than speech. {@code 0} reports every
     * quotation; {@code 4} adds the longer unattributed ones; {@code Integer.MAX_VALUE} (the
     * default) reports none.
     *
     * @param words the minimum number of whitespace-separated words, {@code >= 0}
     * @return this builder
     */
    public Builder minUnattributedWords(int words) {
      if (words < 0) {
        throw new IllegalArgumentException("words must be >= 0: " + words);
      }
      this.minUnattributedWords = words;
      return this;
    }

    /**
     * Reports an attributed quotation only when its {@link Quote#confidence()} is at least this
     * value: a high-precision mode that trades recall for precision. The README's accuracy
     * section gives the threshold that reaches a precision of 0.95 on the evaluation data. The
     * default, 0, keeps every attributed quotation.
     *
     * @param confidence the threshold, in {@code [0, 1]}
     * @return this builder
     */
    public Builder minConfidence(double confidence) {
      if (!(confidence >= 0.0 && confidence <= 1.0)) {
        throw new IllegalArgumentException("confidence must lie in [0, 1]: " + confidence);
      }
      this.minConfidence = confidence;
      return this;
    }

    /**
     * Also reports reported speech: {@link QuoteType#INDIRECT} quotations without quotation marks
     * ("Trump said China had agreed to purchases") and {@link QuoteType#MIXED} ones that quote a
     * fragment. A direct quotation inside mixed content is then reported as a fragment of it, not
     * on its own. Off by default: reported speech is found with lower precision than direct
     * quotations (see the README's accuracy section).
     *
     * @param enabled whether to report indirect and mixed quotations
     * @return this builder
     */
    public Builder reportedSpeech(boolean enabled) {
      this.reportedSpeech = enabled;
      return this;
    }

    /** Loads the models and returns the extractor. */
    public QuoteExtractor build() {
      return new QuoteExtractor(this);
    }
  }
}
