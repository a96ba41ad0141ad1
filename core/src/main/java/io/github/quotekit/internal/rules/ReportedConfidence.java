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
 * The calibrated confidence of a reported-speech rule's contents: the share of them that matched
 * a PolNeAR train attribution with its source, by the kind of cue (a speech verb of the cue-verb
 * lexicon, "said", "told", "argued", or another reporting verb, "support", "want", "see") and by
 * the shape of the content (a clause, "that …", "whether …", "he had …", or a phrase, "to …",
 * "the bill", "about the levy"). A speech verb with a clause is reported speech far more often
 * than a verb of stance or perception with its object.
 *
 * @param speechClause a speech verb and a clause
 * @param speechPhrase a speech verb and a phrase
 * @param otherClause another reporting verb and a clause
 * @param otherPhrase another reporting verb and a phrase
 */
record ReportedConfidence(
    double speechClause, double speechPhrase, double otherClause, double otherPhrase) {
  /** No confidence: for a decision that is only looked for, never made. */
  static final ReportedConfidence NONE = new ReportedConfidence(0, 0, 0, 0);
  /** Words that open a complement clause. */
  private static final Set<String> COMPLEMENTISERS =
      Set.of("that", "whether", "if", "how", "what", "why", "who", "when", "where", "which");
  /** Most words of a subject before its verb, read without the candidate finder. */
  private static final int MAX_SUBJECT_WORDS = 6;

  /** Returns the decision with the confidence of its cue and content. */
  RuleDecision applied(RuleContext context, RuleDecision decision) {
    Optional<TokenRange> cue = decision.cue();
    Optional<TokenRange> content = decision.content();
    if (cue.isEmpty() || content.isEmpty()) {
      return decision;
    }
    boolean speech = context.isCueVerb(context.tokens().get(cue.get().begin()));
    boolean clause = isClause(context, content.get());
    double confidence =
        speech ? clause ? speechClause : speechPhrase : clause ? otherClause : otherPhrase;
    return decision.withConfidence(confidence);
  }

  /**
   * True when the content is a clause: it opens with a complementiser ("that", "whether"), or
   * with a subject that a verb follows before any punctuation ("the pier would reopen").
   */
  static boolean isClause(RuleContext context, TokenRange content) {
    List<? extends TaggedToken> tokens = context.tokens();
    int first = ReportedClauses.skipMarks(tokens, content.begin(), content.end());
    if (first >= content.end()) {
      return false;
    }
    if (COMPLEMENTISERS.contains(Words.lower(tokens.get(first)))) {
      return true;
    }
    int verb = first + 1;
    Optional<SpeakerCandidate> subject = context.candidateStartingAt(first, content.end());
    if (subject.isPresent()) {
      verb = subject.get().tokens().end();
    }
    for (int i = verb; i < Math.min(content.end(), first + MAX_SUBJECT_WORDS + 1); i++) {
      TaggedToken token = tokens.get(i);
      if (token.pos().equals("VERB") || token.pos().equals("AUX")) {
        return !Words.lower(tokens.get(first)).equals("to");
      }
      if (Words.isPunctuation(token) || token.pos().equals("ADP")) {
        return false;
      }
    }
    return false;
  }
}
