package io.github.quotekit.internal.attribution;

/**
 * The words of a cue: token range {@code [firstToken, endToken)} and the lemma of its head.
 *
 * @param firstToken first token of the cue
 * @param endToken token after the cue
 * @param lemma the head's dictionary form ("say", "according to")
 */
public record CueWords(int firstToken, int endToken, String lemma) {

  static CueWords single(int token, String lemma) {
    return new CueWords(token, token + 1, lemma);
  }
}
