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
 * "When asked whether the talks had stalled, Ruiz said …", "Asked by reporters about the levy,
 * …": the question put to the sentence's speaker, up to the comma that closes the phrase. Its
 * source is whoever asked, when named; an unnamed asker leaves it without source. It runs first,
 * so that the sentence's own attribution is looked for after the question.
 */
final class ReportedQuestionRule implements SentenceFramingRule {
  /** The share of this rule's contents that matched a PolNeAR train attribution with its source. */
  private static final double CONFIDENCE = 0.72;
  /** Words before "asked" in a question that opens a sentence: "When asked whether …". */
  private static final Set<String> OPENERS = Set.of("when", "if", "once");
  /** Words that open the question after "asked": "asked whether", "asked Tuesday about". */
  private static final Set<String> QUESTION_WORDS =
      Set.of("whether", "if", "what", "how", "why", "who", "whom", "which", "when", "where",
          "about");
  /** Most words between "asked" and its question: "asked on Tuesday about". */
  private static final int MAX_WORDS_BEFORE_QUESTION = 4;

  @Override
  public String name() {
    return "reported-question";
  }

  @Override
  public int priority() {
    return 2100;
  }

  @Override
  public Optional<RuleDecision> frame(RuleContext context) {
    List<? extends TaggedToken> tokens = context.tokens();
    int end = ReportedClauses.contentEnd(context);
    int cue = context.afterConjunctions(new TokenRange(context.region().begin(), end));
    if (cue < end && OPENERS.contains(Words.lower(tokens.get(cue)))) {
      cue++;
    }
    int comma = ReportedClauses.nextComma(tokens, cue + 1, end);
    if (cue >= end || comma < 0 || !Words.lower(tokens.get(cue)).equals("asked")
        || tokens.get(cue).quoted()) {
      return context.decline("the sentence opens with no “asked …,”");
    }
    int next = cue + 1;
    Optional<SpeakerCandidate> asker = Optional.empty();
    if (Words.lower(tokens.get(next)).equals("by")) {
      asker = context.candidateStartingAt(next + 1, comma);
      if (asker.isEmpty()) {
        return context.decline("no asker after “asked by”");
      }
      next = asker.get().tokens().end();
    }
    int start = next;
    while (start < comma && start - next < MAX_WORDS_BEFORE_QUESTION
        && !QUESTION_WORDS.contains(Words.lower(tokens.get(start)))) {
      start++;
    }
    if (start >= comma || !QUESTION_WORDS.contains(Words.lower(tokens.get(start)))
        || comma - start < 2) {
      return context.decline("no question word after “asked”");
    }
    TokenRange question = new TokenRange(start, comma);
    RuleDecision decision =
        asker.map(a -> RuleDecision.of(a, CONFIDENCE).withContent(question))
            .orElseGet(() -> RuleDecision.sourceless(question, CONFIDENCE));
    return Optional.of(decision.withCue(TokenRange.of(cue)));
  }
}
