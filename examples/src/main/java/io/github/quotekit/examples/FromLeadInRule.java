package io.github.quotekit.examples;

import io.github.quotekit.AttributionRule;
import io.github.quotekit.MentionKind;
import io.github.quotekit.RuleContext;
import io.github.quotekit.RuleDecision;
import io.github.quotekit.SpeakerCandidate;
import io.github.quotekit.TaggedToken;
import io.github.quotekit.TokenRange;
import java.util.List;
import java.util.Optional;

// README: custom-rule
/**
 * A house style: a quotation introduced by a lead-in without a verb that names its source after
 * "from" ("And from Commissioner Dana Ortiz: “…”", "From the Harbor Authority: “…”").
 * The built-in rules want a cue verb before such a colon ("Ortiz said: “…”") and leave these
 * quotations unattributed.
 */
public final class FromLeadInRule implements AttributionRule {

  /** Public, with no argument, so that {@link java.util.ServiceLoader} can create the rule. */
  public FromLeadInRule() {}

  @Override
  public String name() {
    return "from-lead-in";
  }

  /** As precise as a name and a colon: after "— Name" sign-offs, before "Name said:". */
  @Override
  public int priority() {
    return 350;
  }

  @Override
  public Optional<RuleDecision> attribute(RuleContext context) {
    List<? extends TaggedToken> tokens = context.tokens();
    TokenRange leadIn = context.before();
    int colon = leadIn.end() - 1;
    if (leadIn.size() < 3 || !tokens.get(colon).text().equals(":")) {
      return context.decline("no colon right before the quotation");
    }
    int from = -1;
    for (int i = leadIn.begin(); i < colon; i++) {
      TaggedToken token = tokens.get(i);
      if (token.pos().equals("VERB") || token.pos().equals("AUX")) {
        // "Officials from the agency said:" is for the cue-verb rules.
        return context.decline("the lead-in has a verb");
      }
      if (token.lemma().equals("from")) {
        from = i;
      }
    }
    if (from < 0) {
      return context.decline("no “from” in the lead-in");
    }
    Optional<SpeakerCandidate> source = context.candidateStartingAt(from + 1, colon);
    if (source.isEmpty()) {
      return context.decline("no source after “from”");
    }
    SpeakerCandidate speaker = source.get();
    if (speaker.tokens().end() != colon) {
      context.reject(speaker, "words between the source and the colon");
      return context.decline("the source does not end at the colon");
    }
    if (speaker.kind() == MentionKind.NOMINAL && speaker.role().isEmpty()) {
      context.reject(speaker, "a thing, not a speaker: “From the archive:”");
      return context.decline("the source is no speaker");
    }
    return Optional.of(RuleDecision.of(speaker, 0.85).because("from NAME: “…”"));
  }
}
// END README
