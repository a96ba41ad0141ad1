package io.github.quotekit;

/**
 * What kind of entity a {@link Speaker} is.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum SpeakerKind {
  /** A named person: "Marco Rubio". */
  PERSON,
  /** A named organisation, agency, company or government body: "the Commerce Department". */
  ORGANIZATION,
  /** An unnamed group of people: "officials", "analysts", "a source". */
  GROUP,
  /** A speaker the text does not let us type. */
  UNKNOWN
}
