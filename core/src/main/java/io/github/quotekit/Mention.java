package io.github.quotekit;

import static java.util.Objects.requireNonNull;

/**
 * Words of the article that refer to a speaker, such as "Sen. Marco Rubio", "Rubio", "he" or "the
 * senator".
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param span where the words stand in the article
 * @param text the words themselves, equal to {@code span.textIn(article)}
 */
public record Mention(Span span, String text) {

  /** Checks that no component is null. */
  public Mention {
    requireNonNull(span, "span");
    requireNonNull(text, "text");
  }
}
