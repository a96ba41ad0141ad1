package io.github.quotekit.internal.candidate;

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
 * An {@link EntityRecognizer} that runs an OpenNLP name-finder model. Thread-safe: {@code
 * NameFinderME} is not, so each thread runs its own (OpenNLP's {@link ThreadSafeNameFinderME}).
 */
public final class OpenNlpRecognizer implements EntityRecognizer {
  private final ThreadSafeNameFinderME finder;
  private final Map<String, EntityType> types;

  /**
   * @param model the name-finder model
   * @param types the type each of the model's name types stands for; others are dropped
   * @throws IllegalArgumentException if {@code types} is empty
   */
  public OpenNlpRecognizer(TokenNameFinderModel model, Map<String, EntityType> types) {
    requireNonNull(model, "model");
    this.types = Map.copyOf(requireNonNull(types, "types"));
    if (this.types.isEmpty()) {
      throw new IllegalArgumentException("no type mapping: every name would be dropped");
    }
    this.finder = new ThreadSafeNameFinderME(model);
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
