package io.github.quotekit.cli;

import java.util.Locale;
import java.util.Optional;

/** How the tool reads its inputs. */
enum InputFormat {
  /** Each input is one article, as plain UTF-8 text. */
  TEXT,
  /** Each non-blank line of each input is a JSON object {@code {"id": ..., "text": ...}}. */
  JSONL;

  /** Returns the name used on the command line. */
  String optionValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the format with the given command-line name, if there is one. */
  static Optional<InputFormat> fromOptionValue(String value) {
    for (InputFormat format : values()) {
      if (format.optionValue().equals(value)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /** Returns the output format used when none is asked for. */
  OutputFormat defaultOutput() {
    return this == TEXT ? OutputFormat.JSON : OutputFormat.JSONL;
  }
}
