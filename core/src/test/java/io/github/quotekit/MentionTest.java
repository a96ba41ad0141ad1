package io.github.quotekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class MentionTest {

  @Test
  void components() {
    Mention mention = new Mention(Span.of(25, 39), "Mayor Ana Ruiz");

    assertThat(mention.span()).isEqualTo(Span.of(25, 39));
    assertThat(mention.text()).isEqualTo("Mayor Ana Ruiz");
    assertThat(mention).isEqualTo(new Mention(Span.of(25, 39), "Mayor Ana Ruiz"));
  }

  @Test
  void nullComponentsAreRejectedByName() {
    assertThatNullPointerException().isThrownBy(() -> new Mention(null, "she")).withMessage("span");
    assertThatNullPointerException()
        .isThrownBy(() -> new Mention(Span.of(0, 3), null))
        .withMessage("text");
  }
}
