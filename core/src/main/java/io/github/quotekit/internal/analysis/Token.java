package io.github.quotekit.internal.analysis;

import io.github.quotekit.Span;
import io.github.quotekit.TaggedToken;
import java.util.Locale;

/**
 * One analysed token.
 *
 * @param index position in the document's token array
 * @param span where the token stands in the text
 * @param text the token as written
 * @param pos Universal Dependencies part-of-speech tag ("PROPN", "VERB", "PUNCT", ...)
 * @param lemma dictionary form, lower case
 * @param sentence index of the sentence holding the token
 * @param quoted true when the token lies inside a quotation
 * @param lower the token text in lower case ({@link Locale#ROOT}), for lexicon look-ups: kept,
 *     because the stages after analysis ask for it many times per token
 */
public record Token(
    int index,
    Span span,
    String text,
    String pos,
    String lemma,
    int sentence,
    boolean quoted,
    String lower)
    implements TaggedToken {

  /** A token whose {@link #lower} is its text in lower case. */
  public Token(
      int index, Span span, String text, String pos, String lemma, int sentence, boolean quoted) {
    this(index, span, text, pos, lemma, sentence, quoted, text.toLowerCase(Locale.ROOT));
  }

  public int begin() {
    return span.begin();
  }

  public int end() {
    return span.end();
  }

  public boolean isProperNoun() {
    return pos.equals("PROPN");
  }

  public boolean isPunctuation() {
    return pos.equals("PUNCT");
  }

  public boolean isCapitalised() {
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }
}
