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
  private static final double CONFIDENCE = 0.87;

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
    TokenRange clause = new TokenRange(mainClause, before.end());
    Optional<TaggedToken> cue = context.firstCueVerb(clause);
    if (cue.isEmpty()) {
      return context.decline("no cue verb before the quotation");
    }
    Optional<SpeakerCandidate> subject = context.subjectOf(cue.get(), before.begin());
    // "Graham, who says …, tweeted that …": a cue inside a relative clause is not the sentence's.
    while (subject.isPresent() && Words.isRelativePronoun(subject.get(), context)) {
      Optional<TaggedToken> next =
          context.firstCueVerb(new TokenRange(cue.get().index() + 1, before.end()));
      if (next.isEmpty()) {
        break;
      }
      cue = next;
      subject = context.subjectOf(cue.get(), before.begin());
    }
    // "…, while Cruz said that …" and "…; one lawmaker called Trump “…”": a later cue after a
    // clause boundary governs the quotation's own clause.
    TaggedToken outer = cue.get();
    Optional<TaggedToken> nearest = context.lastCueVerb(clause);
    if (nearest.isPresent() && nearest.get().index() > outer.index()) {
      Optional<SpeakerCandidate> own = context.subjectOf(nearest.get(), outer.index() + 1);
      int ownStart = own.map(s -> s.tokens().begin()).orElse(nearest.get().index());
      if (own.isPresent() && Words.clauseBoundaryBetween(context, outer.index() + 1, ownStart)) {
        cue = nearest;
        subject = own;
      }
    }
    if (subject.isEmpty()) {
      return context.decline("no subject of “" + cue.get().text() + "”");
    }
    return Optional.of(
        RuleDecision.of(subject.get(), CONFIDENCE).withCue(TokenRange.of(cue.get().index())));
  }
}
