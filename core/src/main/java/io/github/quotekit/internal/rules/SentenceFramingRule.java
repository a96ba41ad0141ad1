package io.github.quotekit.internal.rules;

import io.github.quotekit.RuleContext;
import io.github.quotekit.RuleDecision;
import java.util.Optional;

/**
 * A reported-speech rule whose attribution frames a whole sentence ("CONTENT, X said", "According
 * to X, CONTENT", "X: CONTENT", a question that opens it): it reads only a sentence that nothing
 * has taken yet, so that the framing rules exclude one another and the clause rules after them.
 */
interface SentenceFramingRule extends ReportedSpeechRule {
  @Override
  default Optional<RuleDecision> attribute(RuleContext context) {
    if (context.region().begin() != context.sentence().begin()) {
      return context.decline("the sentence's start is taken");
    }
    return frame(context);
  }

  /** Returns the decision for a sentence whose region is the whole sentence, or declines. */
  Optional<RuleDecision> frame(RuleContext context);
}
