package io.github.quotekit.html;

import static java.util.Objects.requireNonNull;

import io.github.quotekit.Extraction;
import java.util.Optional;

/**
 * One article of a report: its name and what was found in it, or why it failed.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param name how the report names the article (a file name, an id); any text, shown escaped
 * @param extraction what {@link io.github.quotekit.QuoteExtractor#extract(String)} found, when the
 *     article was processed
 * @param error why the article could not be processed, when it failed; exactly one of {@code
 *     extraction} and {@code error} is present
 */
public record NamedExtraction(String name, Optional<Extraction> extraction, Optional<String> error) {

  /** Checks that no component is null and that exactly one of extraction and error is present. */
  public NamedExtraction {
    requireNonNull(name, "name");
    requireNonNull(extraction, "extraction");
    requireNonNull(error, "error");
    if (extraction.isPresent() == error.isPresent()) {
      throw new IllegalArgumentException("exactly one of extraction and error must be present");
    }
  }

  /**
   * An article that was processed.
   *
   * @param name how the report names the article
   * @param extraction what was found in it
   */
  public NamedExtraction(String name, Extraction extraction) {
    this(name, Optional.of(requireNonNull(extraction, "extraction")), Optional.empty());
  }

  /**
   * Returns an article that could not be processed; the report lists it with its error.
   *
   * @param name how the report names the article
   * @param error why it failed
   * @return the failed article
   */
  public static NamedExtraction failed(String name, String error) {
    return new NamedExtraction(name, Optional.empty(), Optional.of(requireNonNull(error, "error")));
  }
}
