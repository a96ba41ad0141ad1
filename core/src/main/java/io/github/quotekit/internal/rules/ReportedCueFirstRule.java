package io.github.quotekit.internal.rules;

import io.github.quotekit.RuleContext;
import io.github.quotekit.RuleDecision;
import io.github.quotekit.SpeakerCandidate;
import io.github.quotekit.TaggedToken;
import io.github.quotekit.TokenRange;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "X said (that) CONTENT.", "his claim that CONTENT": the clause a reporting verb or a word of
 * stance governs ({@link ReportingClause}). At the start of a sentence, a subordinate clause that
 * opens it comes first ("While Ruiz said <u>the pier was safe</u>, …"), then the main clause, then
 * the sentence from its start when the main clause holds no attribution, or, after an opening "as"
 * clause with a subject and a cue, the main clause as that subject's ("As the Times noted, <u>the
 * ferry lost money</u>"); after a content of its
 * own, the second attribution of "X said A, and Y said B" and the clause after the comma that
 * closed the content ("…, but the officer said he refused"). A sentence whose attribution frames
 * it (a closing "officials said", "according to") is left to that rule.
 */
final class ReportedCueFirstRule implements ReportedSpeechRule {
  /** The share of this rule's contents that matched a PolNeAR train attribution with its source. */
  private static final ReportedConfidence CONFIDENCE =
      new ReportedConfidence(0.79, 0.51, 0.54, 0.44);
  /** Conjunctions that open a subordinate clause before the main one: "While X said A, …". */
  private static final Set<String> SUBORDINATORS =
      Set.of("when", "while", "although", "though", "after", "before", "because", "if", "since",
          "once", "as", "whereas");
  /** Most words after the cue of "as X noted in a report last week,". */
  private static final int MAX_WORDS_AFTER_AS_CUE = 8;
  /** Fewest words after the comma that closed a content for a clause to follow. */
  private static final int MIN_WORDS_AFTER_CONTENT = 3;

  @Override
  public String name() {
    return "reported-cue-first";
  }

  @Override
  public int priority() {
    return 2700;
  }

  @Override
  public Optional<RuleDecision> attribute(RuleContext context) {
    List<? extends TaggedToken> tokens = context.tokens();
    TokenRange sentence = context.sentence();
    int begin = context.region().begin();
    int main = context.mainClauseStart(sentence);
    int end = ReportedClauses.contentEnd(context);
    if (begin == sentence.begin()) {
      int first = context.afterConjunctions(new TokenRange(begin, main));
      boolean subordinate =
          first + 1 < main && SUBORDINATORS.contains(Words.lower(tokens.get(first)));
      if (subordinate) {
        Optional<RuleDecision> lead = ReportingClause.first(context, first + 1, main - 1, CONFIDENCE);
        if (lead.isPresent()) {
          return lead;
        }
      }
      Optional<RuleDecision> decision = ReportingClause.first(context, main, end, CONFIDENCE);
      if (decision.isEmpty() && subordinate && Words.lower(tokens.get(first)).equals("as")) {
        return asClause(context, first + 1, main, end);
      }
      if (decision.isEmpty() && begin < main && !subordinate) {
        // "Just 28 percent of voters said A, compared with B": what the clause finder read as an
        // opening phrase before the main clause holds the attribution itself.
        return ReportingClause.first(context, begin, end, CONFIDENCE);
      }
      return decision;
    }
    boolean afterContent =
        context.previousDecision().flatMap(RuleDecision::content)
            .filter(content -> content.end() == begin)
            .isPresent();
    if (!afterContent) {
      return context.decline("an attribution frames the sentence");
    }
    if (begin < main) {
      return ReportingClause.first(context, main, end, CONFIDENCE);
    }
    if (begin + 1 < end && !ReportedClauses.isCloserAt(tokens, begin)) {
      int stop = ReportedClauses.closerAfter(tokens, begin, end);
      Optional<RuleDecision> second =
          begin < stop - 3
              ? ReportingClause.coordinatedAt(context, begin, stop, CONFIDENCE)
              : Optional.empty();
      if (second.isPresent()) {
        return second;
      }
    }
    if (begin + MIN_WORDS_AFTER_CONTENT >= end || !tokens.get(begin).text().equals(",")) {
      return context.decline("no clause after a comma follows the content");
    }
    int next = begin + 1;
    while (next < end && tokens.get(next).pos().equals("CCONJ")) {
      next++;
    }
    return ReportingClause.first(context, next, end, CONFIDENCE);
  }

  /**
   * "As the Times noted, CONTENT": a clause of "as", a subject and its cue before the main clause
   * attributes the main clause, from {@code main} to {@code end}, to that subject. The clause
   * ends at its comma, at most a few words without a verb after the cue ("as Ruiz noted in May,").
   */
  private static Optional<RuleDecision> asClause(
      RuleContext context, int subjectStart, int main, int end) {
    List<? extends TaggedToken> tokens = context.tokens();
    Optional<SpeakerCandidate> subject = context.candidateStartingAt(subjectStart, main);
    if (subject.isEmpty() || end - main < 2) {
      return context.decline("no subject after “as”, or no main clause after it");
    }
    int cue = subject.get().tokens().end();
    while (cue < main && tokens.get(cue).pos().equals("ADV")) {
      cue++;
    }
    if (cue >= main || !ReportedClauses.isReporting(context, tokens.get(cue))) {
      return context.decline("no reporting verb after the subject of “as”");
    }
    int comma = main - 1;
    if (!tokens.get(comma).text().equals(",") || comma - cue > MAX_WORDS_AFTER_AS_CUE) {
      return context.decline("no comma closes the “as” clause soon after its cue");
    }
    for (int i = cue + 1; i < comma; i++) {
      String pos = tokens.get(i).pos();
      if (pos.equals("VERB") || pos.equals("AUX") || tokens.get(i).quoted()) {
        return context.decline("the “as” clause goes on after its cue");
      }
    }
    RuleDecision decision =
        RuleDecision.of(subject.get(), 0)
            .withCue(TokenRange.of(cue))
            .withContent(new TokenRange(main, end));
    return Optional.of(CONFIDENCE.applied(context, decision));
  }
}
