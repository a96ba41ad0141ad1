package io.github.quotekit;

import static java.util.Objects.requireNonNull;

/**
 * A name an {@link EntityRecognizer} found in one sentence: the words {@code [start, end)} of the
 * sentence and their type.
 *
 * <p>Records are immutable and thread-safe.
 *
 * @param start index of the first word of the name in the sentence, {@code >= 0}
 * @param end index of the word after the name, {@code > start}
 * @param type what the name names
 */
public record NamedEntity(int start, int end, EntityType type) {

  /**
   * Checks the bounds and the type.
   *
   * @throws IllegalArgumentException if {@code start < 0} or {@code end <= start}
   * @throws NullPointerException if {@code type} is null
   */
  public NamedEntity {
    requireNonNull(type, "type");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("need 0 <= start < end: [" + start + ", " + end + ")");
    }
  }
}
