package io.github.quotekit.internal.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quotekit.EntityRecognizer;
import io.github.quotekit.EntityType;
import io.github.quotekit.NamedEntity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DictionaryRecognizerTest {
  private static final EntityRecognizer HARBOR =
      EntityRecognizer.dictionary(
          Map.of(
              "Ana Ruiz", EntityType.PERSON,
              "Harbor", EntityType.LOCATION,
              "Harbor Authority", EntityType.ORGANIZATION));

  private static List<NamedEntity> recognize(String sentence) {
    List<String> words = List.of(sentence.split(" "));
    return HARBOR.recognize(words, words.stream().map(w -> "X").toList());
  }

  @Test
  void findsEachNameWithItsType() {
    assertThat(recognize("Ana Ruiz left the Harbor ."))
        .containsExactly(
            new NamedEntity(0, 2, EntityType.PERSON), new NamedEntity(4, 5, EntityType.LOCATION));
  }

  @Test
  void longestNameWins() {
    assertThat(recognize("the Harbor Authority said"))
        .containsExactly(new NamedEntity(1, 3, EntityType.ORGANIZATION));
  }

  @Test
  void matchesWordForWordAndCaseSensitively() {
    assertThat(recognize("ana ruiz and Ana left")).isEmpty();
  }

  @Test
  void blankNameIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> EntityRecognizer.dictionary(Map.of(" ", EntityType.PERSON)));
  }
}
