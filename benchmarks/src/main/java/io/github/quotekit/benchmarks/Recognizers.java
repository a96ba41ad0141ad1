package io.github.quotekit.benchmarks;

import io.github.quotekit.EntityRecognizer;
import io.github.quotekit.EntityType;
import io.github.quotekit.NamedEntity;
import io.github.quotekit.opennlp.NameFinderRecognizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.TokenNameFinderModel;

/** The entity recognisers {@link Evaluate} compares, besides the default. */
final class Recognizers {
  private Recognizers() {}

  /**
   * Returns a recogniser of runs of words tagged {@code PROPN}, untyped: the part-of-speech
   * model's names without the default's capitalisation evidence.
   */
  static EntityRecognizer properNounTagsOnly() {
    return (words, tags) -> {
      List<NamedEntity> names = new ArrayList<>();
      for (int i = 0; i < tags.size(); i++) {
        int start = i;
        while (i < tags.size() && tags.get(i).equals("PROPN")) {
          i++;
        }
        if (i > start) {
          names.add(new NamedEntity(start, i, EntityType.OTHER));
        }
      }
      return names;
    };
  }

  /** Returns a recogniser for a model written by {@link TrainNameFinder}. */
  static EntityRecognizer trainedModel(Path file) throws IOException {
    return NameFinderRecognizer.of(
        new TokenNameFinderModel(file),
        Map.of(
            "PER", EntityType.PERSON,
            "ORG", EntityType.ORGANIZATION,
            "LOC", EntityType.LOCATION));
  }

  /** Returns the names of {@code first}, and those of {@code second} that overlap none of them. */
  static EntityRecognizer withFallback(EntityRecognizer first, EntityRecognizer second) {
    return new EntityRecognizer() {
      @Override
      public EntityRecognizer forDocument(List<List<String>> sentences) {
        return withFallback(first.forDocument(sentences), second.forDocument(sentences));
      }

      @Override
      public List<NamedEntity> recognize(List<String> words, List<String> tags) {
        List<NamedEntity> names = new ArrayList<>(first.recognize(words, tags));
        for (NamedEntity candidate : second.recognize(words, tags)) {
          if (names.stream().noneMatch(n -> n.start() < candidate.end() && candidate.start() < n.end())) {
            names.add(candidate);
          }
        }
        return names;
      }
    };
  }

  /** Returns the names of {@code names}, each typed as the first name of {@code types} it overlaps. */
  static EntityRecognizer typedBy(EntityRecognizer names, EntityRecognizer types) {
    return new EntityRecognizer() {
      @Override
      public EntityRecognizer forDocument(List<List<String>> sentences) {
        return typedBy(names.forDocument(sentences), types.forDocument(sentences));
      }

      @Override
      public List<NamedEntity> recognize(List<String> words, List<String> tags) {
        List<NamedEntity> typed = types.recognize(words, tags);
        return names.recognize(words, tags).stream()
            .map(name -> typed.stream()
                .filter(t -> t.start() < name.end() && name.start() < t.end())
                .findFirst()
                .map(t -> new NamedEntity(name.start(), name.end(), t.type()))
                .orElse(name))
            .toList();
      }
    };
  }
}
