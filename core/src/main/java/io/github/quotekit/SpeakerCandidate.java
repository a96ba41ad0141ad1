package io.github.quotekit;

import java.util.Optional;

/**
 * Words of the article that may name a speaker: a name with its title ("Sen. Marco Rubio"), a
 * pronoun ("she") or a noun phrase ("the mayor", "officials"). An {@link AttributionRule} obtains
 * candidates from its {@link RuleContext} and names one in its {@link RuleDecision}; speaker
 * resolution then links the candidate to a document-level {@link Speaker}.
 *
 * <p>Only quotekit implements this interface, so that every candidate a rule returns is one the
 * context found in the same article. Instances are immutable and thread-safe.
 */
public sealed interface SpeakerCandidate permits io.github.quotekit.internal.candidate.Candidate {

  /** Returns the candidate's tokens, as indices into {@link RuleContext#tokens()}. */
  TokenRange tokens();

  /** Returns where the candidate stands in the article. */
  Span span();

  /** Returns the candidate's form: name, pronoun or noun phrase. */
  MentionKind kind();

  /** Returns what the candidate most likely refers to: a person, an organisation, a group. */
  SpeakerKind speakerKind();

  /** Returns the name without its title ("Marco Rubio"), or the phrase's head ("mayor", "he"). */
  String name();

  /** Returns the title before a name ("Sen."), if there is one. */
  Optional<String> title();

  /** Returns the role noun of the title or of a noun phrase's head ("senator"), if any. */
  Optional<String> role();

  /** Returns the appositive that describes the speaker ("a Republican from Ohio"), if any. */
  Optional<String> description();
}
