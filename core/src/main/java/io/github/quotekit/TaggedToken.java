package io.github.quotekit;

/**
 * One word or punctuation mark of an article, as the analysis stage saw it: its characters, its
 * Universal Dependencies part-of-speech tag and its lemma. An {@link AttributionRule} reads the
 * article's tokens from {@link RuleContext#tokens()}.
 *
 * <p>Only quotekit implements this interface. Instances are immutable and thread-safe.
 */
public sealed interface TaggedToken permits io.github.quotekit.internal.analysis.Token {

  /** Returns the token's position in {@link RuleContext#tokens()}. */
  int index();

  /** Returns where the token stands in the article. */
  Span span();

  /** Returns the token as written. */
  String text();

  /** Returns the Universal Dependencies part-of-speech tag: "PROPN", "VERB", "PUNCT", .... */
  String pos();

  /** Returns the dictionary form, in lower case ("say" for "said"). */
  String lemma();

  /** Returns the index of the sentence holding the token, counted from 0 in the article. */
  int sentence();

  /** Returns true when the token lies inside a quotation. */
  boolean quoted();
}
