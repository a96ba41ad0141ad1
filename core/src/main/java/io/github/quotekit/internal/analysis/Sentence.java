package io.github.quotekit.internal.analysis;

import io.github.quotekit.Span;

/**
 * One sentence: its span, its paragraph and the range {@code [firstToken, endToken)} of its tokens.
 */
public record Sentence(int index, Span span, int paragraph, int firstToken, int endToken) {

  public boolean isEmpty() {
    return firstToken == endToken;
  }
}
