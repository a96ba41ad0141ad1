package io.github.quotekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class TokenRangeTest {

  @Test
  void rangeOfOneToken() {
    TokenRange range = TokenRange.of(4);

    assertThat(range).isEqualTo(new TokenRange(4, 5));
    assertThat(range.size()).isEqualTo(1);
    assertThat(range.isEmpty()).isFalse();
    assertThat(range.contains(4)).isTrue();
    assertThat(range.contains(5)).isFalse();
  }

  @Test
  void emptyRangeContainsNothing() {
    TokenRange range = new TokenRange(3, 3);

    assertThat(range.isEmpty()).isTrue();
    assertThat(range.contains(3)).isFalse();
  }

  @Test
  void malformedRangesAreRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> new TokenRange(-1, 2));
    assertThatIllegalArgumentException().isThrownBy(() -> new TokenRange(5, 4));
  }
}
