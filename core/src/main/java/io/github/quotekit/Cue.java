package io.github.quotekit;

import static java.util.Objects.requireNonNull;

/**
 * The words that introduce a quotation and tie it to its speaker: "said", "tweeted", "told
 * reporters", "according to".
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param span where the cue stands in the article
 * @param text the cue as written, equal to {@code span.textIn(article)}
 * @param lemma the dictionary form of the cue's head word ("say" for "said")
 */
public record Cue(Span span, String text, String lemma) {

  /** Checks that no component is null. */
  public Cue {
    requireNonNull(span, "span");
    requireNonNull(text, "text");
    requireNonNull(lemma, "lemma");
  }
}
