package io.github.quotekit.internal.rules;

import io.github.quotekit.AttributionRule;
import io.github.quotekit.RuleContext;
import io.github.quotekit.RuleDecision;
import io.github.quotekit.SpeakerCandidate;
import io.github.quotekit.TokenRange;
import java.util.Optional;

import io.github.quotekit.MentionKind;

/** “…” — Dana Ortiz: a quotation signed off with a dash and a name. */
final class DashSignOffRule implements AttributionRule {
  /** Too rare on the PolNeAR train split to measure; an estimate (README, "Confidence"). */
  private static final double CONFIDENCE = 0.85;

  @Override
  public String name() {
    return "dash-sign-off";
  }

  @Override
  public int priority() {
    return 300;
  }

  @Override
  public Optional<RuleDecision> attribute(RuleContext context) {
    TokenRange after = context.after();
    int dash = after.begin();
    if (dash >= after.end() || !Words.isDash(context.tokens().get(dash))) {
      return context.decline("no dash after the quotation");
    }
    Optional<SpeakerCandidate> name = context.candidateStartingAt(dash + 1, after.end());
    if (name.isEmpty()) {
      return context.decline("no name after the dash");
    }
    if (name.get().kind() != MentionKind.NAME) {
      context.reject(name.get(), "a sign-off gives a name, not a pronoun or a noun phrase");
      return context.decline("no name after the dash");
    }
    if (!Words.onlyPunctuation(context.tokens(), name.get().tokens().end(), after.end())) {
      context.reject(name.get(), "more words follow the name after the dash");
      return context.decline("the name does not close the sentence");
    }
    return Optional.of(
        RuleDecision.of(name.get(), CONFIDENCE)
            .because(context.tokens().get(dash).text() + " " + name.get().span().textIn(context.text())));
  }
}
