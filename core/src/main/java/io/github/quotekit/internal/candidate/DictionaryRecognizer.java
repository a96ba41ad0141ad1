package io.github.quotekit.internal.candidate;

import static java.util.Objects.requireNonNull;

import io.github.quotekit.EntityRecognizer;
import io.github.quotekit.EntityType;
import io.github.quotekit.NamedEntity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link EntityRecognizer} that finds the names of a fixed list, word for word. Immutable and
 * thread-safe.
 */
public final class DictionaryRecognizer implements EntityRecognizer {
  private final Map<List<String>, EntityType> names;
  private final int longestName;

  /**
   * @param names each name, words separated by spaces, and its type
   * @throws IllegalArgumentException if a name is blank
   */
  public DictionaryRecognizer(Map<String, EntityType> names) {
    Map<List<String>, EntityType> byWords = new HashMap<>();
    int longest = 0;
    for (Map.Entry<String, EntityType> entry : names.entrySet()) {
      String name = requireNonNull(entry.getKey(), "name").strip();
      if (name.isEmpty()) {
        throw new IllegalArgumentException("blank name");
      }
      List<String> words = List.of(name.split("\\s+"));
      byWords.put(words, requireNonNull(entry.getValue(), "type of " + name));
      longest = Math.max(longest, words.size());
    }
    this.names = Map.copyOf(byWords);
    this.longestName = longest;
  }

  @Override
  public List<NamedEntity> recognize(List<String> words, List<String> tags) {
    List<NamedEntity> found = new ArrayList<>();
    int start = 0;
    while (start < words.size()) {
      int end = longestNameAt(words, start);
      if (end > start) {
        found.add(new NamedEntity(start, end, names.get(words.subList(start, end))));
        start = end;
      } else {
        start++;
      }
    }
    return found;
  }

  /** Returns the end of the longest name starting at {@code start}, or {@code start} if none. */
  private int longestNameAt(List<String> words, int start) {
    for (int end = Math.min(words.size(), start + longestName); end > start; end--) {
      if (names.containsKey(words.subList(start, end))) {
        return end;
      }
    }
    return start;
  }
}
