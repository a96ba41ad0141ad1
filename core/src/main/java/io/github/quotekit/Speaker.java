package io.github.quotekit;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A document-level entity that is quoted: every mention of the same person or organisation in one
 * article ("Sen. Marco Rubio, R-Fla.", "Rubio", "he") shares one {@code Speaker}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param id identifier, stable within one document ({@code 0, 1, 2, ...} in order of first mention)
 * @param name canonical name: the longest proper name the article gives, without title ("Marco
 *     Rubio"), or the head phrase for unnamed speakers ("officials"); empty for a pronoun that
 *     stands for no one the article names (the quote's mention is then the pronoun, "she")
 * @param kind person, organisation, group or unknown
 * @param title a title or honorific that precedes the name ("Sen.", "President"), if any
 * @param description an affiliation or role the text gives ("R-Fla.", "executive vice president of
 *     the U.S. Chamber of Commerce"), if any
 * @param party the political party of a "R-Fla." or "(D-N.Y.)" tag: "Republican", "Democratic"
 *     or "Independent", if any
 * @param state the US state of such a tag, spelled out ("Florida"), if any
 * @param role the speaker's role: from an appositive ("executive vice president") or from the
 *     title ("senator" for "Sen."), if any
 * @param organization the organisation of that role ("U.S. Chamber of Commerce"), if any
 * @param age the age the text gives ("Dolores Pike, 78, a retired teacher"), if any
 * @param mentions every mention of this speaker in the article, in text order
 */
public record Speaker(
    int id,
    String name,
    SpeakerKind kind,
    Optional<String> title,
    Optional<String> description,
    Optional<String> party,
    Optional<String> state,
    Optional<String> role,
    Optional<String> organization,
    OptionalInt age,
    List<Mention> mentions) {

  /** Checks that no component is null and copies the mention list. */
  public Speaker {
    requireNonNull(name, "name");
    requireNonNull(kind, "kind");
    requireNonNull(title, "title");
    requireNonNull(description, "description");
    requireNonNull(party, "party");
    requireNonNull(state, "state");
    requireNonNull(role, "role");
    requireNonNull(organization, "organization");
    requireNonNull(age, "age");
    mentions = List.copyOf(mentions);
  }

  /**
   * A speaker whose age the text does not give. This constructor predates {@code age} and stays so
   * that code written against it still compiles; new code should call the canonical constructor
   * with {@code OptionalInt.empty()}.
   */
  public Speaker(
      int id,
      String name,
      SpeakerKind kind,
      Optional<String> title,
      Optional<String> description,
      Optional<String> party,
      Optional<String> state,
      Optional<String> role,
      Optional<String> organization,
      List<Mention> mentions) {
    this(id, name, kind, title, description, party, state, role, organization, OptionalInt.empty(),
        mentions);
  }
}
