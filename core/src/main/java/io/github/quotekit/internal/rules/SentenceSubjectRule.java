package io.github.quotekit.internal.rules;

import io.github.quotekit.AttributionRule;
import io.github.quotekit.RuleContext;
import io.github.quotekit.RuleDecision;
import io.github.quotekit.SpeakerCandidate;
import io.github.quotekit.TaggedToken;
import io.github.quotekit.TokenRange;
import java.util.Optional;

import io.github.quotekit.MentionKind;
import io.github.quotekit.SpeakerKind;

/**
 * Ortiz likened the plan to a “sinking ship”: without a speech verb, a quotation inside a sentence
 * is most often the words of the sentence's subject, when that subject is a name or a pronoun.
 */
final class SentenceSubjectRule implements AttributionRule {
  /**
   * The share of this rule's attributions that were right on the PolNeAR train split, so that
   * confidences are calibrated (README, "Confidence").
   */
  private static final double CONFIDENCE = 0.53;

  @Override
  public String name() {
    return "sentence-subject";
  }

  @Override
  public int priority() {
    return 1300;
  }

  @Override
  public Optional<RuleDecision> attribute(RuleContext context) {
    TokenRange before = context.before();
    if (before.isEmpty()) {
      return context.decline("nothing before the quotation in its sentence");
    }
    if (partOfNounPhrase(context.tokens().get(before.end() - 1))) {
      // The Commerce Department “entity list”: a quoted name inside a noun phrase is no speech.
      return context.decline("the quotation is part of a noun phrase");
    }
    if (modifiesTheNounAfter(context)) {
      // A quoted modifier is a name or a scare quote, not the subject's words.
      return context.decline("the quotation modifies the noun after it");
    }
    Optional<SpeakerCandidate> subject = context.clauseSubject(before);
    if (subject.isEmpty()) {
      return context.decline("the clause before the quotation has no subject");
    }
    if (subject.get().kind() == MentionKind.NOMINAL
        && subject.get().speakerKind() == SpeakerKind.UNKNOWN) {
      context.reject(subject.get(), "the subject is a noun phrase for no person or group");
      return context.decline("the subject is no speaker");
    }
    return Optional.of(
        RuleDecision.of(subject.get(), CONFIDENCE)
            .because("the subject of the sentence: " + subject.get().span().textIn(context.text())));
  }

  /** The “establishment” candidate: a noun follows the closing mark. */
  private static boolean modifiesTheNounAfter(RuleContext context) {
    TokenRange after = context.after();
    return !after.isEmpty() && context.tokens().get(after.begin()).pos().equals("NOUN");
  }

  private static boolean partOfNounPhrase(TaggedToken before) {
    return before.pos().equals("NOUN") || before.pos().equals("PROPN");
  }
}
