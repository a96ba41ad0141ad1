package io.github.quotekit;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One quotation found in an article, with who said it.
 *
 * <p>{@code text} always equals {@code span.textIn(article)}; the span excludes the quotation marks.
 * A quote that runs over several paragraphs is reported once per paragraph, each part carrying the
 * same speaker.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param text the quoted words
 * @param span where the words stand in the article
 * @param type how the quotation is reported
 * @param cue the words that introduce the quotation ("said"), if any
 * @param speakerMention the words where the quotation is attributed ("he", "Sen. Marco Rubio"), if
 *     any
 * @param speaker the resolved document-level speaker, if any
 * @param confidence how likely the attribution is right, in {@code [0, 1]}
 * @param rule the name of the attribution rule that decided the speaker, or {@code "unattributed"}
 */
public record Quote(
    String text,
    Span span,
    QuoteType type,
    Optional<Cue> cue,
    Optional<Mention> speakerMention,
    Optional<Speaker> speaker,
    double confidence,
    String rule) {

  /** The {@link #rule()} of a quote that no rule attributed. */
  public static final String UNATTRIBUTED = "unattributed";

  /** Checks that no component is null and that the confidence is a probability. */
  public Quote {
    requireNonNull(text, "text");
    requireNonNull(span, "span");
    requireNonNull(type, "type");
    requireNonNull(cue, "cue");
    requireNonNull(speakerMention, "speakerMention");
    requireNonNull(speaker, "speaker");
    requireNonNull(rule, "rule");
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must lie in [0, 1]: " + confidence);
    }
  }
}
