package io.github.quotekit.internal.rules;

import io.github.quotekit.AttributionRule;
import io.github.quotekit.RuleContext;
import io.github.quotekit.RuleDecision;
import io.github.quotekit.SpeakerCandidate;
import io.github.quotekit.TaggedToken;
import io.github.quotekit.TokenRange;
import java.util.Optional;


/**
 * Ortiz said the dredging would start “almost immediately.”: the outermost cue verb of the
 * quotation's sentence, its subject before it; a participle ("saying it would not “…”") takes the
 * subject of the main clause.
 */
final class NameVerbPartialQuoteRule implements AttributionRule {
  /**
   * The share of this rule's attributions that were right on the PolNeAR train split, so that
   * confidences are calibrated (README, "Confidence").
   */
  private static final double CONFIDENCE = 0.83;

  @Override
  public String name() {
    return "name-verb-partial-quote";
  }

  @Override
  public int priority() {
    return 700;
  }

  @Override
  public Optional<RuleDecision> attribute(RuleContext context) {
    TokenRange before = context.before();
    // The outermost cue of the sentence wins: in "Ortiz said the mayor had agreed to …" the
    // words are Ortiz's.
    int mainClause = context.mainClauseStart(before);
    Optional<TaggedToken> cue = context.firstCueVerb(new TokenRange(mainClause, before.end()));
    if (cue.isEmpty()) {
      return context.decline("no cue verb before the quotation");
    }
    Optional<SpeakerCandidate> subject = context.subjectOf(cue.get(), before.begin());
    if (subject.isEmpty()) {
      return context.decline("no subject of “" + cue.get().text() + "”");
    }
    return Optional.of(
        RuleDecision.of(subject.get(), CONFIDENCE).withCue(TokenRange.of(cue.get().index())));
  }
}
