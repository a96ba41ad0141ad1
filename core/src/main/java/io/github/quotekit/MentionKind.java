package io.github.quotekit;

/**
 * The form of a speaker mention ({@link SpeakerCandidate#kind()}).
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum MentionKind {
  /** A proper name, possibly with a title: "Sen. Marco Rubio", "the Commerce Department". */
  NAME,
  /** A personal or relative pronoun: "he", "they", "who". */
  PRONOUN,
  /** A common-noun phrase: "the president", "a source", "officials". */
  NOMINAL
}
