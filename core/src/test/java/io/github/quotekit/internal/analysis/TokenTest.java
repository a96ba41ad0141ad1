package io.github.quotekit.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.Span;
import org.junit.jupiter.api.Test;

class TokenTest {
  @Test
  void lowerIsTheTextInLowerCase() {
    Token token = new Token(3, Span.of(10, 15), "ISTAN", "PROPN", "istan", 1, false);

    assertThat(token.lower()).isEqualTo("istan");
    assertThat(token.text()).isEqualTo("ISTAN");
  }

  @Test
  void lowerOfALowerCaseTextIsTheTextItself() {
    Token token = new Token(0, Span.of(0, 4), "said", "VERB", "say", 0, true);

    assertThat(token.lower()).isSameAs(token.text());
  }
}
