package io.github.quotekit.internal.analysis;

import io.github.quotekit.Span;
import java.util.List;

/**
 * An article split into paragraphs, sentences and tagged tokens. Sentences never cross a paragraph
 * boundary; tokens are in text order.
 */
public final class AnalyzedText {
  private final String text;
  private final List<Span> paragraphs;
  private final List<Sentence> sentences;
  private final List<Token> tokens;

  AnalyzedText(String text, List<Span> paragraphs, List<Sentence> sentences, List<Token> tokens) {
    this.text = text;
    this.paragraphs = List.copyOf(paragraphs);
    this.sentences = List.copyOf(sentences);
    this.tokens = List.copyOf(tokens);
  }

  public String text() {
    return text;
  }

  public List<Span> paragraphs() {
    return paragraphs;
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public List<Token> tokens() {
    return tokens;
  }

  /**
   * Returns this article with other tokens, one for each of its tokens and with the same spans:
   * for corrections that come after analysis, such as lemmas.
   */
  public AnalyzedText withTokens(List<Token> newTokens) {
    if (newTokens.size() != tokens.size()) {
      throw new IllegalArgumentException(
          "expected " + tokens.size() + " tokens, got " + newTokens.size());
    }
    return new AnalyzedText(text, paragraphs, sentences, newTokens);
  }

  public Token token(int index) {
    return tokens.get(index);
  }

  public List<Token> tokensOf(Sentence sentence) {
    return tokens.subList(sentence.firstToken(), sentence.endToken());
  }

  /** Returns the index of the first token that ends after {@code offset}, or the token count. */
  public int firstTokenEndingAfter(int offset) {
    int low = 0;
    int high = tokens.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** Returns the index of the first token that begins at or after {@code offset}. */
  public int firstTokenFrom(int offset) {
    int low = 0;
    int high = tokens.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (tokens.get(mid).begin() < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** Returns the sentence holding the character at {@code offset}, or the last one before it. */
  public Sentence sentenceAt(int offset) {
    int low = 0;
    int high = sentences.size() - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (sentences.get(mid).span().begin() <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return sentences.get(low);
  }

  /** Returns the paragraph index holding {@code offset}, or the last one before it. */
  public int paragraphAt(int offset) {
    int low = 0;
    int high = paragraphs.size() - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (paragraphs.get(mid).begin() <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return Math.max(low, 0);
  }
}
