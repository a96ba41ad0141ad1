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
      new ReportedConfidence(0.74, 0.65, 0.68, 0.58);
  /**
   * Most tokens from the end of a quotation to the participle after its attribution: "”, said
   * former Gov. Jim Hodges, a Clinton backer, referring".
   */
  private static final int MAX_QUOTATION_ATTRIBUTION = 16;

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
      return afterQuotation(context);
    }
    Optional<SpeakerCandidate> speaker =
        previous.get().speaker().or(() -> subjectOf(context, previous.get()));
    if (speaker.isEmpty()) {
      return context.decline("the content before has no speaker");
    }
    return followUp(context, begin, ReportedClauses.clauseEnd(context), speaker.get());
  }

  /**
   * The content of the speaker's cue at {@code begin} ("and said", ", adding"), which runs to
   * {@code end} at most.
   */
  private static Optional<RuleDecision> followUp(
      RuleContext context, int begin, int end, SpeakerCandidate speaker) {
    List<? extends TaggedToken> tokens = context.tokens();
    int and = begin + 1 < end && tokens.get(begin).text().equals(",") ? begin + 1 : begin;
    int cue = -1;
    int andCue = and + 1 < end ? ReportedClauses.andCueVerb(context, and, end) : -1;
    if (andCue >= 0) {
      cue = andCue;
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
      int verb =
          stop >= start + 2 && stop + 1 < end ? ReportedClauses.andCueVerb(context, stop, end) : -1;
      if (verb >= 0) {
        next = verb;
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
            RuleDecision.of(speaker, 0)
                .withCue(TokenRange.of(cue))
                .withContent(ReportedClauses.contentUpTo(context, start, stop, next))));
  }

  /**
   * "“We have the votes,” said Ortiz, referring to the levy": in a sentence that opens with a
   * quotation and its closing attribution, a reporting participle after the attribution is a
   * further cue of the quotation's speaker.
   */
  private static Optional<RuleDecision> afterQuotation(RuleContext context) {
    List<? extends TaggedToken> tokens = context.tokens();
    int end = ReportedClauses.contentEnd(context);
    int first = context.region().begin();
    while (first < end && (tokens.get(first).quoted() || Words.isPunctuation(tokens.get(first)))) {
      first++;
    }
    if (!opensWithQuotation(tokens, context.sentence().begin(), first)) {
      return context.decline("no content or quotation ends here");
    }
    for (int comma = first + 1;
        comma + 1 < Math.min(end, first + MAX_QUOTATION_ATTRIBUTION) && !tokens.get(comma).quoted();
        comma++) {
      if (ReportedClauses.isParticipleCue(context, comma)) {
        Optional<SpeakerCandidate> speaker = closingSpeaker(context, first, comma);
        return speaker.isPresent()
            ? followUp(context, comma, end, speaker.get())
            : context.decline("the quotation's attribution names no speaker");
      }
    }
    return context.decline("no “, adding” after the quotation's attribution");
  }

  /** True when the tokens before {@code first} are a quotation and its punctuation alone. */
  private static boolean opensWithQuotation(List<? extends TaggedToken> tokens, int from, int first) {
    boolean quoted = false;
    for (int i = from; i < first; i++) {
      TaggedToken token = tokens.get(i);
      if (!token.quoted() && !Words.isPunctuation(token)) {
        return false;
      }
      quoted |= token.quoted();
    }
    return quoted;
  }

  /**
   * The speaker of the closing attribution in {@code [first, comma)}: the one named after the cue
   * ("said Ortiz") or before it ("Ortiz said"); none after "told", whose object is the listener.
   */
  private static Optional<SpeakerCandidate> closingSpeaker(
      RuleContext context, int first, int comma) {
    Optional<TaggedToken> cue = context.firstCueVerb(new TokenRange(first, comma));
    if (cue.isEmpty()) {
      return Optional.empty();
    }
    int verb = cue.get().index();
    if (verb > first) {
      return context.subjectOf(cue.get(), first);
    }
    return context.cueLemma(cue.get()).equals("tell")
        ? Optional.empty()
        : context.candidateStartingAt(verb + 1, comma);
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
