package io.github.quotekit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.EntityRecognizer;
import io.github.quotekit.EntityType;
import io.github.quotekit.NamedEntity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecognizersTest {
  private static final List<String> WORDS = List.of("Ana", "Ruiz", "left", "Harbor", "Quay", ".");
  private static final List<String> TAGS = List.of("PROPN", "PROPN", "VERB", "NOUN", "PROPN", "PUNCT");

  @Test
  void properNounTagsOnlyTakesRunsOfPropn() {
    assertThat(Recognizers.properNounTagsOnly().recognize(WORDS, TAGS))
        .containsExactly(new NamedEntity(0, 2, EntityType.OTHER), new NamedEntity(4, 5, EntityType.OTHER));
  }

  @Test
  void fallbackAddsOnlyNamesThatOverlapNone() {
    EntityRecognizer model = EntityRecognizer.dictionary(Map.of("Ruiz", EntityType.PERSON));
    EntityRecognizer combined = Recognizers.withFallback(model, Recognizers.properNounTagsOnly());

    assertThat(combined.forDocument(List.of(WORDS)).recognize(WORDS, TAGS))
        .containsExactly(new NamedEntity(1, 2, EntityType.PERSON), new NamedEntity(4, 5, EntityType.OTHER));
  }

  @Test
  void typedByKeepsTheBoundariesAndTakesTheType() {
    EntityRecognizer types = EntityRecognizer.dictionary(Map.of("Ruiz", EntityType.PERSON));
    EntityRecognizer typed = Recognizers.typedBy(Recognizers.properNounTagsOnly(), types);

    assertThat(typed.forDocument(List.of(WORDS)).recognize(WORDS, TAGS))
        .containsExactly(new NamedEntity(0, 2, EntityType.PERSON), new NamedEntity(4, 5, EntityType.OTHER));
  }
}
