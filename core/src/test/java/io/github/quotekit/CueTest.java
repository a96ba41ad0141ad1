package io.github.quotekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class CueTest {

  @Test
  void components() {
    Cue cue = new Cue(Span.of(40, 52), "according to", "according to");

    assertThat(cue.span()).isEqualTo(Span.of(40, 52));
    assertThat(cue.text()).isEqualTo("according to");
    assertThat(cue.lemma()).isEqualTo("according to");
  }

  @Test
  void nullComponentsAreRejectedByName() {
    assertThatNullPointerException()
        .isThrownBy(() -> new Cue(null, "said", "say"))
        .withMessage("span");
    assertThatNullPointerException()
        .isThrownBy(() -> new Cue(Span.of(0, 4), null, "say"))
        .withMessage("text");
    assertThatNullPointerException()
        .isThrownBy(() -> new Cue(Span.of(0, 4), "said", null))
        .withMessage("lemma");
  }
}
