package io.github.quotekit;

import static io.github.quotekit.ExtractionContract.assertWellFormed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The library contract on hand-picked nasty texts: any string but null gives a well-formed result,
 * in bounded time, the same each time, whatever the options.
 */
class AnyTextContractTest {
  /** Every option that changes what is scanned or reported. */
  static final List<QuoteExtractor> EXTRACTORS =
      List.of(
          Extractors.DEFAULT,
          Extractors.ALL_QUOTES,
          QuoteExtractor.builder()
              .minUnattributedWords(0)
              .quotationMarks(QuotationMarks.all())
              .build(),
          QuoteExtractor.builder().minUnattributedWords(0).reportedSpeech(true).build());

  static Stream<Arguments> texts() {
    return AdversarialTexts.fixed().entrySet().stream()
        .map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void anyTextGivesAWellFormedDeterministicResult(String name, String text) {
    for (int i = 0; i < EXTRACTORS.size(); i++) {
      QuoteExtractor extractor = EXTRACTORS.get(i);
      String description = name + " (extractor " + i + ")";

      Extraction extraction =
          assertTimeoutPreemptively(
              Duration.ofSeconds(20), () -> extractor.extract(text), description);

      assertWellFormed(text, extraction, description);
      assertThat(extractor.extract(new String(text.toCharArray())))
          .as(description)
          .isEqualTo(extraction);
    }
  }

  @Test
  void textsReachTheAttributionStage() {
    long quotes =
        AdversarialTexts.fixed().values().stream()
            .mapToLong(text -> Extractors.ALL_QUOTES.extract(text).quotes().size())
            .sum();

    assertThat(quotes).isGreaterThan(100);
  }

  @Test
  void speakersAreNumberedWithoutGapsWhenQuotesAreDropped() {
    String text =
        "Omar Vance likened the old levee to a “paper wall.”\n\n"
            + "“We will not back down,” Mayor Ana Ruiz said on Tuesday.";
    QuoteExtractor sure = QuoteExtractor.builder().minConfidence(0.9).build();

    Extraction extraction = sure.extract(text);

    assertThat(extraction.quotes())
        .extracting(Quote::text)
        .containsExactly("We will not back down,");
    assertThat(extraction.speakers()).extracting(Speaker::id).containsExactly(0);
    assertThat(extraction.quotes().get(0).speaker().map(Speaker::id)).contains(0);
    assertWellFormed(text, extraction, "minConfidence 0.9");
  }

  @Test
  void nullArgumentsAreRejectedByName() {
    QuoteExtractor.Builder builder = QuoteExtractor.builder();

    assertThatNullPointerException()
        .isThrownBy(() -> Extractors.DEFAULT.extract(null))
        .withMessage("text");
    assertThatNullPointerException()
        .isThrownBy(() -> builder.quotationMarks(null))
        .withMessage("marks");
  }
}
