package io.github.quotekit.cli;

import static java.util.Objects.requireNonNull;

import com.google.gson.JsonPrimitive;

/**
 * An article to extract quotations from.
 *
 * @param id the identifier written back with the result: a JSON string or number, as given
 * @param text the article
 * @param location where the article was read, for diagnostics
 */
record Document(JsonPrimitive id, String text, String location) implements InputRecord {

  /** Checks that no component is null. */
  Document {
    requireNonNull(id, "id");
    requireNonNull(text, "text");
    requireNonNull(location, "location");
  }
}
