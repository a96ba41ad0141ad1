package io.github.quotekit.internal.candidate;

import io.github.quotekit.MentionKind;
import io.github.quotekit.Span;
import io.github.quotekit.SpeakerCandidate;
import io.github.quotekit.SpeakerKind;
import io.github.quotekit.TokenRange;
import io.github.quotekit.internal.analysis.AnalyzedText;
import java.util.Optional;

/**
 * A phrase that may name a speaker.
 *
 * @param firstToken index of the phrase's first token
 * @param endToken index just past its last token
 * @param span the phrase's characters
 * @param kind the form of the phrase
 * @param speakerKind what the phrase most likely refers to
 * @param name for names, the name without title ("Marco Rubio"); otherwise the phrase's head
 *     ("president", "he")
 * @param title the title before a name ("Sen."), if any
 * @param role the role noun of the title or of a nominal head ("senator"), if any
 * @param description an appositive that describes the speaker, if any
 */
public record Candidate(
    int firstToken,
    int endToken,
    Span span,
    MentionKind kind,
    SpeakerKind speakerKind,
    String name,
    Optional<String> title,
    Optional<String> role,
    Optional<String> description)
    implements SpeakerCandidate {

  /** Returns a candidate whose empty title, role or description is absent. */
  public static Candidate of(
      int firstToken,
      int endToken,
      Span span,
      MentionKind kind,
      SpeakerKind speakerKind,
      String name,
      String title,
      String role,
      String description) {
    return new Candidate(
        firstToken, endToken, span, kind, speakerKind, name, present(title), present(role),
        present(description));
  }

  private static Optional<String> present(String words) {
    return words.isEmpty() ? Optional.empty() : Optional.of(words);
  }

  /** Returns true when this candidate's tokens and characters are those of {@code doc}'s tokens. */
  public boolean standsIn(AnalyzedText doc) {
    return endToken <= doc.tokens().size()
        && firstToken < endToken
        && doc.token(firstToken).begin() == span.begin()
        && doc.token(endToken - 1).end() == span.end();
  }

  @Override
  public TokenRange tokens() {
    return new TokenRange(firstToken, endToken);
  }

  public Candidate withDescription(String newDescription) {
    return new Candidate(
        firstToken, endToken, span, kind, speakerKind, name, title, role,
        present(newDescription));
  }
}
