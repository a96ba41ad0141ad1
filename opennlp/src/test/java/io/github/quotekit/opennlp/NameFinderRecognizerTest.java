package io.github.quotekit.opennlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quotekit.EntityRecognizer;
import io.github.quotekit.EntityType;
import io.github.quotekit.NamedEntity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NameFinderRecognizerTest {
  private static final List<String> PEOPLE = List.of("Ana Ruiz", "Omar Vance", "Lena Brook", "Tomas Okafor");
  private static final List<String> PLACES = List.of("Lisbon", "Oslo", "Quito", "Accra");
  private static final Map<String, EntityType> PEOPLE_ONLY = Map.of("per", EntityType.PERSON);

  private static TokenNameFinderModel model;

  /** Trains a tiny model on made-up sentences: "Ana Ruiz visited Oslo on Monday ." */
  @BeforeAll
  static void trainTinyModel() throws IOException {
    List<NameSample> samples = new ArrayList<>();
    for (String person : PEOPLE) {
      for (String place : PLACES) {
        String[] who = person.split(" ");
        List<String> words = new ArrayList<>(List.of(who));
        words.addAll(List.of("visited", place, "on", "Monday", "."));
        Span[] names = {new Span(0, 2, "per"), new Span(3, 4, "loc")};
        samples.add(new NameSample(words.toArray(String[]::new), names, true));
      }
    }
    TrainingParameters parameters = TrainingParameters.defaultParams();
    parameters.put(TrainingParameters.CUTOFF_PARAM, 0);
    parameters.put(TrainingParameters.ITERATIONS_PARAM, 30);
    model =
        NameFinderME.train(
            "en", null, ObjectStreamUtils.createObjectStream(samples), parameters, new TokenNameFinderFactory());
  }

  private static List<String> sentence(String person, String place) {
    List<String> words = new ArrayList<>(List.of(person.split(" ")));
    words.addAll(List.of("visited", place, "on", "Monday", "."));
    return words;
  }

  private static List<NamedEntity> recognize(EntityRecognizer recognizer, List<String> words) {
    return recognizer.recognize(words, words.stream().map(w -> "X").toList());
  }

  @Test
  void typesMappedByTheModelsNames() {
    EntityRecognizer recognizer =
        NameFinderRecognizer.of(model, Map.of("per", EntityType.PERSON, "loc", EntityType.LOCATION));

    assertThat(recognize(recognizer, sentence("Ana Ruiz", "Oslo")))
        .containsExactly(
            new NamedEntity(0, 2, EntityType.PERSON), new NamedEntity(3, 4, EntityType.LOCATION));
  }

  @Test
  void unmappedTypesAreDropped() {
    assertThat(recognize(NameFinderRecognizer.of(model, PEOPLE_ONLY), sentence("Lena Brook", "Quito")))
        .containsExactly(new NamedEntity(0, 2, EntityType.PERSON));
  }

  @Test
  void emptyMappingIsRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> NameFinderRecognizer.of(model, Map.of()));
  }

  @Test
  void articleStartsFromAFreshState() {
    EntityRecognizer recognizer = NameFinderRecognizer.of(model, PEOPLE_ONLY);
    List<String> words = sentence("Omar Vance", "Accra");
    List<NamedEntity> fresh = recognize(recognizer.forDocument(List.of(words)), words);
    PEOPLE.forEach(person -> recognize(recognizer, sentence(person, "Lisbon")));

    assertThat(recognize(recognizer.forDocument(List.of(words)), words)).isEqualTo(fresh);
  }

  @Test
  void oneRecognizerServesManyThreads() throws Exception {
    EntityRecognizer recognizer = NameFinderRecognizer.of(model, PEOPLE_ONLY);
    List<List<String>> sentences = new ArrayList<>();
    PEOPLE.forEach(person -> PLACES.forEach(place -> sentences.add(sentence(person, place))));
    EntityRecognizer sequential = recognizer.forDocument(sentences);
    List<List<NamedEntity>> expected = sentences.stream().map(s -> recognize(sequential, s)).toList();

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<List<NamedEntity>>>> results = new ArrayList<>();
      for (int task = 0; task < 16; task++) {
        results.add(
            pool.submit(
                () -> {
                  List<List<NamedEntity>> found = new ArrayList<>();
                  for (int article = 0; article < 20; article++) {
                    EntityRecognizer recognizerOfArticle = recognizer.forDocument(sentences);
                    found.clear();
                    sentences.forEach(s -> found.add(recognize(recognizerOfArticle, s)));
                  }
                  return found;
                }));
      }
      for (Future<List<List<NamedEntity>>> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
