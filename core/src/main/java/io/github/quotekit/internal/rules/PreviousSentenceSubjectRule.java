package io.github.quotekit.internal.rules;

import io.github.quotekit.AttributionRule;
import io.github.quotekit.MentionKind;
import io.github.quotekit.RuleContext;
import io.github.quotekit.RuleDecision;
import io.github.quotekit.SpeakerCandidate;
import io.github.quotekit.SpeakerKind;
import io.github.quotekit.TaggedToken;
import io.github.quotekit.TokenRange;
import java.util.List;
import java.util.Optional;

/**
 * She shook her head. “No. Sam kept us in it all night.”: a quotation that opens a sentence after a
 * sentence of the same paragraph that holds no quotation and no cue in its main clause is the
 * words of that sentence's subject, when the subject is a person's name or a personal pronoun.
 */
final class PreviousSentenceSubjectRule implements AttributionRule {
  /**
   * Too rare on the PolNeAR train split to measure (three quotations, which the gold gives no
   * source or gives to a pronoun after them); an estimate (README, "Confidence").
   */
  private static final double CONFIDENCE = 0.5;

  @Override
  public String name() {
    return "previous-sentence-subject";
  }

  @Override
  public int priority() {
    return 1350;
  }

  @Override
  public Optional<RuleDecision> attribute(RuleContext context) {
    Optional<TokenRange> sentence = PreviousSentenceCueRule.sentenceBefore(context);
    if (sentence.isEmpty()) {
      return context.decline(PreviousSentenceCueRule.NO_SENTENCE_BEFORE);
    }
    TokenRange previous = sentence.get();
    List<? extends TaggedToken> tokens = context.tokens();
    if (!Words.onlyPunctuation(tokens, context.after().begin(), context.after().end())) {
      // “…,” one employee told the station: an attribution of its own that no rule could read.
      return context.decline("words follow the quotation in its sentence");
    }
    // "Asked whether …, she shook her head.": a cue in an opening phrase is no attribution.
    int main = context.mainClauseStart(previous);
    for (int i = previous.begin(); i < previous.end(); i++) {
      if (tokens.get(i).quoted() || (i >= main && context.isCueVerb(tokens.get(i)))) {
        return context.decline("the sentence before holds a quotation or a cue");
      }
    }
    Optional<SpeakerCandidate> subject = context.clauseSubject(previous);
    if (subject.isEmpty() || !isPerson(subject.get())) {
      return context.decline("the sentence before has no person as its subject");
    }
    return Optional.of(
        RuleDecision.of(subject.get(), CONFIDENCE)
            .because(
                "the subject of the sentence before: "
                    + subject.get().span().textIn(context.text())));
  }

  private static boolean isPerson(SpeakerCandidate subject) {
    return subject.kind() == MentionKind.PRONOUN
        || (subject.kind() == MentionKind.NAME && subject.speakerKind() == SpeakerKind.PERSON);
  }
}
