package io.github.quotekit.internal.attribution;

import io.github.quotekit.internal.analysis.Token;

/**
 * The words of a cue: token range {@code [firstToken, endToken)} and the lemma of its head.
 *
 * @param firstToken first token of the cue
 * @param endToken token after the cue
 * @param lemma the head's dictionary form ("say", "according to")
 */
public record CueWords(int firstToken, int endToken, String lemma) {

  static CueWords of(Token token) {
    return new CueWords(token.index(), token.index() + 1, Clauses.cueLemma(token));
  }
}
