package io.github.quotekit.internal.attribution;

import io.github.quotekit.SpeakerKind;
import io.github.quotekit.internal.candidate.Candidate;
import io.github.quotekit.internal.candidate.MentionKind;
import java.util.Optional;

/**
 * Trump likened the refugees to a “vicious snake”: without a speech verb, a quotation inside a
 * sentence is most often the words of the sentence's subject, when that subject is a name or a
 * pronoun.
 */
public final class SentenceSubjectSieve implements AttributionSieve {

  @Override
  public String name() {
    return "sentence-subject";
  }

  @Override
  public Optional<Attribution> attribute(QuoteContext context) {
    if (context.leftGapStart() >= context.leftGapEnd()) {
      return Optional.empty();
    }
    Optional<Candidate> subject =
        Clauses.clauseSubject(context.finder(), context.leftGapStart(), context.leftGapEnd());
    return subject
        .filter(s -> s.kind() != MentionKind.NOMINAL || s.speakerKind() != SpeakerKind.UNKNOWN)
        .map(mention -> new Attribution(mention, Optional.empty(), name(), 0.5));
  }
}
