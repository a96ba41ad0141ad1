package io.github.quotekit.internal.analysis;

/**
 * A distinct token text and what the tagger works out about it once. A thread's {@link
 * CachingTokenizer} gives every occurrence of a text the same instance, so the tagger finds a
 * word's features on the word itself instead of looking them up per token. Not thread-safe: it
 * belongs to one thread's tools, whose one tagger fills it.
 */
final class Word {
  final String text;

  /** The tagger's look-ups for this word, or null until the tagger first sees it. */
  PosTagger.WordFeatures features;

  Word(String text) {
    this.text = text;
  }

  /** Returns new words for {@code texts}, one each: for tagging words that no tokenizer gave. */
  static Word[] of(String... texts) {
    Word[] words = new Word[texts.length];
    for (int i = 0; i < texts.length; i++) {
      words[i] = new Word(texts[i]);
    }
    return words;
  }
}
