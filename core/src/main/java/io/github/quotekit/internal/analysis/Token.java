package io.github.quotekit.internal.analysis;

import io.github.quotekit.Span;
import io.github.quotekit.TaggedToken;

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
 */
public record Token(
    int index, Span span, String text, String pos, String lemma, int sentence, boolean quoted)
    implements TaggedToken {

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

  /** Returns the token text in lower case, for lexicon look-ups. */
  public String lower() {
    return text.toLowerCase(java.util.Locale.ROOT);
  }
}
