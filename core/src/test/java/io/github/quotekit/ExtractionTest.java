package io.github.quotekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExtractionTest {
  private static final Quote QUOTE =
      new Quote(
          "Not now,",
          Span.of(1, 9),
          QuoteType.DIRECT,
          List.of(Span.of(1, 9)),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          0.3,
          Quote.UNATTRIBUTED,
          Channel.UNSPECIFIED,
          0,
          Optional.empty(),
          Optional.empty());

  @Test
  void listsAreCopiedAndImmutable() {
    List<Quote> quotes = new ArrayList<>(List.of(QUOTE));
    Extraction extraction = new Extraction("“Not now,” she said.", quotes, new ArrayList<>());

    quotes.clear();

    assertThat(extraction.quotes()).containsExactly(QUOTE);
    assertThatThrownBy(() -> extraction.quotes().add(QUOTE))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> extraction.speakers().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void nullComponentsAreRejected() {
    assertThatNullPointerException()
        .isThrownBy(() -> new Extraction(null, List.of(), List.of()))
        .withMessage("text");
    assertThatNullPointerException().isThrownBy(() -> new Extraction("", null, List.of()));
    assertThatNullPointerException().isThrownBy(() -> new Extraction("", List.of(), null));
  }
}
