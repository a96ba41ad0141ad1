package io.github.quotekit.internal.rules;

import io.github.quotekit.RuleContext;
import io.github.quotekit.RuleDecision;
import io.github.quotekit.SpeakerCandidate;
import io.github.quotekit.TaggedToken;
import io.github.quotekit.TokenRange;
import java.util.List;
import java.util.Optional;

/**
 * "X tweeted a photograph <b>and said</b> she had been pushed", "X said A<b>, adding</b> that B":
 * a further cue of the speaker of the content just before, right where that content ended; the
 * speaker carries over.
 */
final class ReportedFollowUpRule implements ReportedSpeechRule {
  /** The share of this rule's contents that matched a PolNeAR train attribution with its source. */
  private static final ReportedConfidence CONFIDENCE =
      new ReportedConfidence(0.73, 0.68, 0.58, 0.50);

  @Override
  public String name() {
    return "reported-follow-up";
  }

  @Override
  public int priority() {
    return 2600;
  }

  @Override
  public Optional<RuleDecision> attribute(RuleContext context) {
    Optional<RuleDecision> previous = context.previousDecision();
    int begin = context.region().begin();
    if (previous.isEmpty()
        || previous.get().content().filter(content -> content.end() == begin).isEmpty()) {
      return context.decline("no content ends here");
    }
    Optional<SpeakerCandidate> speaker =
        previous.get().speaker().or(() -> subjectOf(context, previous.get()));
    if (speaker.isEmpty()) {
      return context.decline("the content before has no speaker");
    }
    List<? extends TaggedToken> tokens = context.tokens();
    int end = ReportedClauses.clauseEnd(context);
    int and = begin + 1 < end && tokens.get(begin).text().equals(",") ? begin + 1 : begin;
    int cue = -1;
    if (and + 1 < end && ReportedClauses.isAndCue(context, and)) {
      cue = and + 1;
    } else if (begin + 1 < end && ReportedClauses.isParticipleCue(context, begin)) {
      cue = begin + 1;
    }
    if (cue < 0) {
      return context.decline("no “and said” or “, adding” after the content");
    }
    int start = ReportedClauses.contentStart(context, cue, end);
    // Read only up to the first closing comma or next cue, so that a run of follow-ups ("and said
    // … and said …") reads its sentence once.
    int stop = start;
    int next = -1;
    while (stop < end && next < 0
        && !(stop + 1 < end && ReportedClauses.isCloserAt(tokens, stop))) {
      if (stop >= start + 2 && stop + 1 < end && ReportedClauses.isAndCue(context, stop)) {
        next = stop + 1;
      } else {
        stop++;
      }
    }
    if (next < 0 && stop - start < 2) {
      return context.decline("too few words after the cue");
    }
    if (next < 0 && stop + 1 < end && ReportedClauses.isParticipleCue(context, stop)) {
      next = stop + 1;
    }
    return Optional.of(
        CONFIDENCE.applied(
            context,
            RuleDecision.of(speaker.get(), 0)
                .withCue(TokenRange.of(cue))
                .withContent(ReportedClauses.contentUpTo(context, start, stop, next))));
  }

  /**
   * The subject of the previous content's cue, for a content without source: the writer's
   * reading of what its subject goes on to say ("Cruz seemed to mock the talk, saying …").
   */
  private static Optional<SpeakerCandidate> subjectOf(RuleContext context, RuleDecision previous) {
    if (previous.cue().isEmpty()) {
      return Optional.empty();
    }
    int cue = previous.cue().get().begin();
    TokenRange sentence = context.sentence();
    int main = context.mainClauseStart(sentence);
    int from =
        cue >= main ? main : context.afterConjunctions(new TokenRange(sentence.begin(), main)) + 1;
    return ReportingClause.subject(context, from, cue);
  }
}
