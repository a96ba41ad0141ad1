package io.github.quotekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanTest {

  @Test
  void ofBuildsTheSameSpanAsTheConstructor() {
    assertThat(Span.of(3, 8)).isEqualTo(new Span(3, 8));
    assertThat(Span.of(3, 8).begin()).isEqualTo(3);
    assertThat(Span.of(3, 8).end()).isEqualTo(8);
  }

  @Test
  void negativeBeginIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Span.of(-1, 4))
        .withMessageContaining("-1");
  }

  @Test
  void endBeforeBeginIsRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> Span.of(5, 4));
  }

  @Test
  void emptySpanIsAllowed() {
    Span empty = Span.of(4, 4);

    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.length()).isZero();
    assertThat(Span.of(0, 0).isEmpty()).isTrue();
  }

  @Test
  void length() {
    assertThat(Span.of(2, 9).length()).isEqualTo(7);
    assertThat(Span.of(2, 9).isEmpty()).isFalse();
  }

  @Test
  void textInIsTheSubstring() {
    String text = "“Not now,” Ruiz said.";

    assertThat(Span.of(1, 9).textIn(text)).isEqualTo("Not now,");
    assertThat(Span.of(11, 15).textIn(new StringBuilder(text))).isEqualTo("Ruiz");
    assertThat(Span.of(0, 0).textIn(text)).isEmpty();
  }

  @Test
  void textInOutsideTheTextThrows() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Span.of(2, 40).textIn("short"))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void containsIsInclusiveOfBothEnds() {
    Span span = Span.of(10, 20);

    assertThat(span.contains(Span.of(10, 20))).isTrue();
    assertThat(span.contains(Span.of(12, 15))).isTrue();
    assertThat(span.contains(Span.of(20, 20))).isTrue();
    assertThat(span.contains(Span.of(9, 15))).isFalse();
    assertThat(span.contains(Span.of(15, 21))).isFalse();
  }

  @Test
  void overlapsNeedsASharedCharacter() {
    Span span = Span.of(10, 20);

    assertThat(span.overlaps(Span.of(19, 25))).isTrue();
    assertThat(span.overlaps(Span.of(5, 11))).isTrue();
    assertThat(span.overlaps(Span.of(12, 14))).isTrue();
    assertThat(span.overlaps(Span.of(20, 25))).isFalse();
    assertThat(span.overlaps(Span.of(5, 10))).isFalse();
    assertThat(Span.of(19, 25).overlaps(span)).isTrue();
  }
  @Test
  void emptySpanOverlapsNothing() {
    assertThat(Span.of(10, 20).overlaps(Span.of(15, 15))).isFalse();
    assertThat(Span.of(15, 15).overlaps(Span.of(10, 20))).isFalse();
  }

  @Test
  void orderedByBeginThenEnd() {
    List<Span> spans = new ArrayList<>(List.of(Span.of(5, 9), Span.of(1, 7), Span.of(5, 6)));

    Collections.sort(spans);

    assertThat(spans).containsExactly(Span.of(1, 7), Span.of(5, 6), Span.of(5, 9));
    assertThat(Span.of(3, 4).compareTo(Span.of(3, 4))).isZero();
  }

  @Test
  void valueEquality() {
    assertThat(Span.of(1, 2)).isEqualTo(Span.of(1, 2)).hasSameHashCodeAs(Span.of(1, 2));
    assertThat(Span.of(1, 2)).isNotEqualTo(Span.of(1, 3));
  }
}
