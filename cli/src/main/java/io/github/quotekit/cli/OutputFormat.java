package io.github.quotekit.cli;

import java.util.Locale;
import java.util.Optional;

/** How the tool writes its results. */
enum OutputFormat {
  /** Pretty-printed JSON: one object for one article, an array for any other number. */
  JSON,
  /** JSON Lines: one compact object per article, one per line. */
  JSONL,
  /** One self-contained HTML page with every article, written when all are read. */
  HTML;

  /** Returns the name used on the command line. */
  String optionValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the format with the given command-line name, if there is one. */
  static Optional<OutputFormat> fromOptionValue(String value) {
    for (OutputFormat format : values()) {
      if (format.optionValue().equals(value)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
