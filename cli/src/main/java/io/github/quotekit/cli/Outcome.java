package io.github.quotekit.cli;

import static java.util.Objects.requireNonNull;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.quotekit.Extraction;
import io.github.quotekit.html.NamedExtraction;
import java.util.Optional;

/**
 * What became of one document: its extraction, or the error that stopped it.
 *
 * @param id the document's id, when known
 * @param name how the HTML report names the document: its id, or where it was read
 * @param extraction what was found, when the document was processed
 * @param error why the document failed; exactly one of {@code extraction} and {@code error} is
 *     present
 */
record Outcome(
    Optional<JsonPrimitive> id, String name, Optional<Extraction> extraction, Optional<String> error) {

  /** Checks that no component is null and that exactly one of extraction and error is present. */
  Outcome {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(extraction, "extraction");
    requireNonNull(error, "error");
    if (extraction.isPresent() == error.isPresent()) {
      throw new IllegalArgumentException("exactly one of extraction and error must be present");
    }
    if (extraction.isPresent() && id.isEmpty()) {
      throw new IllegalArgumentException("an extraction needs an id");
    }
  }

  /** A document that was processed. */
  static Outcome extracted(JsonPrimitive id, Extraction extraction) {
    return new Outcome(
        Optional.of(id), id.getAsString(), Optional.of(extraction), Optional.empty());
  }

  /** A document that failed; {@code location} names it when it has no id. */
  static Outcome failed(Optional<JsonPrimitive> id, String location, String error) {
    return new Outcome(
        id, id.map(JsonPrimitive::getAsString).orElse(location), Optional.empty(), Optional.of(error));
  }

  /** Returns the object of the JSON output contract. */
  JsonObject toJson() {
    return extraction.isPresent()
        ? ExtractionSerializer.toJson(id.orElseThrow(), extraction.get())
        : ExtractionSerializer.error(id, error.orElseThrow());
  }

  /** Returns the article of the HTML report. */
  NamedExtraction toNamedExtraction() {
    return extraction.isPresent()
        ? new NamedExtraction(name, extraction.get())
        : NamedExtraction.failed(name, error.orElseThrow());
  }
}
