package io.github.quotekit;

/**
 * The type of a {@link NamedEntity} an {@link EntityRecognizer} finds.
 *
 * <p>The type decides the {@link SpeakerKind} of a speaker mention: {@link #PERSON} and {@link
 * #ORGANIZATION} give those kinds, {@link #LOCATION} gives {@link SpeakerKind#UNKNOWN} unless a
 * title precedes the name, and {@link #OTHER} leaves the typing to quotekit's word lists (titles,
 * given names, organisation words such as "Department").
 */
public enum EntityType {
  /** A person: "Ana Ruiz". */
  PERSON,
  /** An organisation, agency, company, party or government body: "Harbor Authority". */
  ORGANIZATION,
  /** A place: a city, country or region: "Lisbon". */
  LOCATION,
  /** A name the recogniser does not type; quotekit types it from titles and word lists. */
  OTHER
}
