package io.github.quotekit.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quotekit.Channel;
import io.github.quotekit.Cue;
import io.github.quotekit.Extraction;
import io.github.quotekit.Mention;
import io.github.quotekit.Quote;
import io.github.quotekit.QuoteType;
import io.github.quotekit.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The checks on hand-made extractions: some faults, such as a speaker mention inside the
 * quotation, cannot be produced through the public rule API, whose contexts offer no candidate
 * inside a quotation, so they are shown here.
 */
final class ExtractionChecksTest {

  private static final String TEXT = "“Dana Ortiz will win,” she said.";
  private static final Span QUOTE = Span.of(1, 21);

  @Test
  void aWellFormedAttributionPasses() {
    assertThatCode(() -> check(quote(Span.of(23, 26), "she", Optional.of(Span.of(27, 31)))))
        .doesNotThrowAnyException();
  }

  @Test
  void aMentionInsideTheQuotationFails() {
    assertThatThrownBy(() -> check(quote(Span.of(1, 11), "Dana Ortiz", Optional.empty())))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("a case, quote 0 at Span[begin=1, end=21] decided by mine")
        .hasMessageContaining("speaker mention Span[begin=1, end=11] overlaps the quoted words");
  }

  @Test
  void aMentionPastTheEndOfTheTextFails() {
    assertThatThrownBy(() -> check(quote(Span.of(30, 40), "she", Optional.empty())))
        .hasMessageContaining("ends inside the text");
  }

  @Test
  void aCueInsideTheQuotationFails() {
    assertThatThrownBy(() -> check(quote(Span.of(23, 26), "she", Optional.of(Span.of(12, 16)))))
        .hasMessageContaining("cue “will” at Span[begin=12, end=16] lies inside the quoted words");
  }

  @Test
  void aCueOverlappingTheMentionFails() {
    assertThatThrownBy(() -> check(quote(Span.of(23, 31), "she said", Optional.of(Span.of(27, 31)))))
        .hasMessageContaining("overlaps the speaker mention");
  }

  private static void check(Quote quote) {
    ExtractionChecks.check("mine", "a case", new Extraction(TEXT, List.of(quote), List.of()));
  }

  private static Quote quote(Span mention, String mentionText, Optional<Span> cue) {
    return new Quote(
        QUOTE.textIn(TEXT),
        QUOTE,
        QuoteType.DIRECT,
        List.of(QUOTE),
        cue.map(span -> new Cue(span, span.textIn(TEXT), "say")),
        Optional.of(new Mention(mention, mentionText)),
        Optional.empty(),
        0.9,
        "mine",
        Channel.SPOKEN,
        0,
        Optional.empty(),
        Optional.empty());
  }
}
