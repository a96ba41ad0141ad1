package io.github.quotekit.internal.attribution;

import io.github.quotekit.SpeakerKind;
import io.github.quotekit.internal.analysis.Token;
import io.github.quotekit.internal.candidate.Candidate;
import io.github.quotekit.MentionKind;
import java.util.Optional;

/**
 * Trump likened the refugees to a “vicious snake”: without a speech verb, a quotation inside a
 * sentence is most often the words of the sentence's subject, when that subject is a name or a
 * pronoun.
 */
public final class SentenceSubjectSieve implements AttributionSieve {
  /**
   * The share of this rule's attributions that were right on the PolNeAR train split, so that
   * confidences are calibrated (README, "Confidence").
   */
  private static final double CONFIDENCE = 0.46;

  @Override
  public String name() {
    return "sentence-subject";
  }

  @Override
  public Optional<Attribution> attribute(QuoteContext context) {
    int open = context.leftGapEnd();
    if (context.leftGapStart() >= open || partOfNounPhrase(context.doc().token(open - 1))) {
      return Optional.empty();
    }
    Optional<Candidate> subject =
        Clauses.clauseSubject(context.finder(), context.leftGapStart(), context.leftGapEnd());
    if (subject.isPresent()
        && subject.get().kind() == MentionKind.NOMINAL
        && subject.get().speakerKind() == SpeakerKind.UNKNOWN) {
      context.reject(subject.get(), "the subject is a noun phrase for no person or group");
      return Optional.empty();
    }
    return subject.map(mention -> new Attribution(mention, Optional.empty(), name(), CONFIDENCE));
  }

  /** The Commerce Department “entity list”: a quoted name inside a noun phrase is no speech. */
  private static boolean partOfNounPhrase(Token before) {
    return before.pos().equals("NOUN") || before.pos().equals("PROPN");
  }
}
