package io.github.quotekit.internal.rules;

import io.github.quotekit.AttributionRule;
import io.github.quotekit.RuleContext;
import io.github.quotekit.RuleDecision;
import io.github.quotekit.Span;
import io.github.quotekit.SpeakerCandidate;
import io.github.quotekit.TaggedToken;
import io.github.quotekit.TokenRange;
import java.util.List;
import java.util.Optional;


/**
 * The ministry quoted Ortiz as telling the mayor that “…”: the words belong to the person quoted,
 * not to the one who quotes.
 */
final class QuotedAsSayingRule implements AttributionRule {
  /** Too rare on the PolNeAR train split to measure; an estimate (README, "Confidence"). */
  private static final double CONFIDENCE = 0.85;

  @Override
  public String name() {
    return "quoted-as-saying";
  }

  @Override
  public int priority() {
    return 600;
  }

  @Override
  public Optional<RuleDecision> attribute(RuleContext context) {
    List<? extends TaggedToken> tokens = context.tokens();
    int end = context.before().end();
    for (int i = context.before().begin(); i < end; i++) {
      String lemma = tokens.get(i).lemma();
      if (!(lemma.equals("quote") || lemma.equals("cite")) || tokens.get(i).quoted()) {
        continue;
      }
      Optional<SpeakerCandidate> quoted = context.candidateStartingAt(i + 1, end);
      if (quoted.isEmpty()) {
        continue;
      }
      int as = quoted.get().tokens().end();
      if (as + 1 < end
          && Words.lower(tokens.get(as)).equals("as")
          && context.isCueVerb(tokens.get(as + 1))) {
        return Optional.of(
            RuleDecision.of(quoted.get(), CONFIDENCE)
                .withCue(TokenRange.of(as + 1))
                .because(new Span(tokens.get(i).span().begin(),
                    tokens.get(as + 1).span().end()).textIn(context.text())));
      }
      context.reject(quoted.get(), "quoted, but not “as” and a cue verb after it");
    }
    return context.decline("no “quoted X as saying” before the quotation");
  }
}
