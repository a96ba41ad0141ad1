package io.github.quotekit.cli;

/** One unit read from an input: an article to extract from, or a line that is not one. */
sealed interface InputRecord permits Document, BadRecord {

  /** Returns where the record was read, for diagnostics: {@code "a.txt"}, {@code "in.jsonl:3"}. */
  String location();
}
