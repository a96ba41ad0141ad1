package io.github.quotekit.internal.rules;

import io.github.quotekit.AttributionRule;
import io.github.quotekit.RuleContext;
import io.github.quotekit.RuleDecision;
import io.github.quotekit.SpeakerCandidate;
import io.github.quotekit.TaggedToken;
import io.github.quotekit.TokenRange;
import java.util.List;
import java.util.Optional;

/**
 * As the Global Times noted, the candidate “has earned himself a few fans.”: an opening “as NAME
 * cue-verb (it),” clause gives the speaker of the quotations in the rest of its sentence.
 */
final class AsCueClauseRule implements AttributionRule {
  /**
   * The share of this rule's attributions that were right on the PolNeAR train split, so that
   * confidences are calibrated (README, "Confidence").
   */
  private static final double CONFIDENCE = 0.80;
  /**
   * How far the comma closing the clause may follow its cue verb: "as Ortiz put it in a statement
   * to the council's finance committee last week,".
   */
  private static final int MAX_WORDS_AFTER_CUE = 15;

  @Override
  public String name() {
    return "as-cue-clause";
  }

  @Override
  public int priority() {
    return 650;
  }

  @Override
  public Optional<RuleDecision> attribute(RuleContext context) {
    List<? extends TaggedToken> tokens = context.tokens();
    TokenRange before = context.before();
    int as = context.afterConjunctions(context.sentence());
    if (as >= before.end() || !Words.lower(tokens.get(as)).equals("as")) {
      return context.decline("its sentence opens with no “as” clause");
    }
    Optional<SpeakerCandidate> speaker = context.candidateStartingAt(as + 1, before.end());
    if (speaker.isEmpty()) {
      return context.decline("no mention after “as”");
    }
    int cue = speaker.get().tokens().end();
    while (cue < before.end() && tokens.get(cue).pos().equals("ADV")) {
      cue++;
    }
    if (cue >= before.end() || !context.isCueVerb(tokens.get(cue))) {
      return context.decline("no cue verb after “as " + speaker.get().span().textIn(context.text()) + "”");
    }
    for (int i = cue + 1; i < before.end() && i <= cue + MAX_WORDS_AFTER_CUE; i++) {
      if (tokens.get(i).text().equals(",")) {
        return Optional.of(RuleDecision.of(speaker.get(), CONFIDENCE).withCue(TokenRange.of(cue)));
      }
      if (tokens.get(i).pos().equals("VERB") || tokens.get(i).pos().equals("AUX")) {
        return context.decline("the “as” clause goes on with a verb of its own");
      }
    }
    return context.decline("no comma closes the “as” clause before the quotation");
  }
}
