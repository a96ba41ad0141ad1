package io.github.quotekit.opennlp;

import static java.util.Objects.requireNonNull;

import io.github.quotekit.EntityRecognizer;
import io.github.quotekit.EntityType;
import io.github.quotekit.NamedEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.ThreadSafeNameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * An {@link EntityRecognizer} that runs an OpenNLP name-finder model, such as the classic {@code
 * en-ner-person.bin} or one trained with {@code opennlp TokenNameFinderTrainer}. The model sees each
 * sentence's words; its per-article adaptive features are reset for every article, so results do
 * not depend on what was extracted before.
 *
 * <pre>{@code
 * TokenNameFinderModel model = new TokenNameFinderModel(Path.of("en-ner-person.bin"));
 * QuoteExtractor extractor = QuoteExtractor.builder()
 *     .entityRecognizer(NameFinderRecognizer.of(model, Map.of("person", EntityType.PERSON)))
 *     .build();
 * }</pre>
 *
 * <p>Thread-safe: {@code NameFinderME} is not, so each thread runs its own (OpenNLP's {@link
 * ThreadSafeNameFinderME}) over the shared model.
 */
public final class NameFinderRecognizer implements EntityRecognizer {
  private final ThreadSafeNameFinderME finder;
  private final Map<String, EntityType> types;

  private NameFinderRecognizer(TokenNameFinderModel model, Map<String, EntityType> types) {
    requireNonNull(model, "model");
    this.types = Map.copyOf(requireNonNull(types, "types"));
    if (this.types.isEmpty()) {
      throw new IllegalArgumentException("no type mapping: every name would be dropped");
    }
    this.finder = new ThreadSafeNameFinderME(model);
  }

  /**
   * Returns a recogniser that runs {@code model} and types its names by {@code types}.
   *
   * <pre>{@code
   * EntityRecognizer recognizer = NameFinderRecognizer.of(model, Map.of(
   *     "PER", EntityType.PERSON, "ORG", EntityType.ORGANIZATION, "LOC", EntityType.LOCATION));
   * }</pre>
   *
   * @param model the model, shared by all threads (OpenNLP models are thread-safe)
   * @param types the type each of the model's name types stands for ({@code "person"} for the
   *     classic person model, or {@code "default"} for a model trained without types); names of
   *     types not in the map are dropped
   * @return a thread-safe recogniser; each thread gets its own {@code NameFinderME}
   * @throws NullPointerException if {@code model} or {@code types} is null
   * @throws IllegalArgumentException if {@code types} is empty
   */
  public static NameFinderRecognizer of(TokenNameFinderModel model, Map<String, EntityType> types) {
    return new NameFinderRecognizer(model, types);
  }

  /**
   * Resets the calling thread's adaptive features, which remember the names of earlier sentences,
   * so that an article's names do not depend on the articles extracted before it.
   */
  @Override
  public EntityRecognizer forDocument(List<List<String>> sentences) {
    finder.clearAdaptiveData();
    return this;
  }

  @Override
  public List<NamedEntity> recognize(List<String> words, List<String> tags) {
    List<NamedEntity> names = new ArrayList<>();
    for (Span span : finder.find(words.toArray(String[]::new))) {
      EntityType type = types.get(span.getType());
      if (type != null) {
        names.add(new NamedEntity(span.getStart(), span.getEnd(), type));
      }
    }
    return names;
  }
}
