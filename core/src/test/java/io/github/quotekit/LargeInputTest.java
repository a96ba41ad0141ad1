package io.github.quotekit;

import static io.github.quotekit.ExtractionContract.assertWellFormed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs far beyond an article: each must finish under a generous bound. Extraction takes time
 * linear in the length of the text, so these take seconds; anything quadratic in the number of
 * characters, marks, quotes or mentions would take hours.
 */
class LargeInputTest {
  /** The issue's bound; the tests take a fraction of it. */
  private static final Duration BOUND = Duration.ofSeconds(60);
  private static final int TEN_MB = 10 * 1024 * 1024;

  @Test
  void tenMegabyteArticleOnOneLine() {
    // News-like paragraphs with many quotes, names, pronouns and marks, joined without a line
    // break: a 10 MB single-line dump.
    StringBuilder builder = new StringBuilder(TEN_MB + 10_000);
    Random seeds = new Random(0x10_3B);
    while (builder.length() < TEN_MB) {
      String article = RandomNewsArticles.article(seeds.nextLong());
      builder.append(article.replaceAll("\\R", " ")).append(' ');
    }
    String text = builder.toString();
    assertThat(text).doesNotContain("\n", "\r", "\u2028", "\u2029", "\u0085");

    Extraction extraction =
        assertTimeoutPreemptively(BOUND, () -> Extractors.ALL_QUOTES.extract(text));

    assertWellFormed(text, extraction, "10 MB article");
    assertThat(extraction.quotes()).hasSizeGreaterThan(10_000);
  }

  @ParameterizedTest(name = "<{0}>")
  @ValueSource(strings = {"a.", "😀", "\uD800"})
  void tenMegabyteQuotationWithoutWhitespace(String unit) {
    String text = "“" + unit.repeat(TEN_MB / unit.length()) + ",” said Ana Ruiz.";

    Extraction extraction =
        assertTimeoutPreemptively(BOUND, () -> Extractors.ALL_QUOTES.extract(text));

    assertWellFormed(text, extraction, "10 MB of <" + unit + ">");
    assertThat(extraction.quotes()).hasSize(1);
  }

  @ParameterizedTest(name = "<{0}>")
  @ValueSource(strings = {"“", "”", "\"", "« ", "„", "' ", "“a ", "\"a ", "a \"", "”a "})
  void hundredThousandLoneQuotationMarks(String mark) {
    String text = mark.repeat(100_000);
    QuoteExtractor extractor =
        QuoteExtractor.builder()
            .minUnattributedWords(0)
            .quotationMarks(QuotationMarks.all())
            .build();

    Extraction extraction = assertTimeoutPreemptively(BOUND, () -> extractor.extract(text));

    assertWellFormed(text, extraction, "100,000 × <" + mark + ">");
  }

  @ParameterizedTest(name = "<{0}>")
  @ValueSource(
      strings = {"said ", "he wrote from ", "the claim that ", "When asked whether ", "Some say ",
          "While he said ", "according to ", "the pier is “open now” and said ",
          "the pier is open, adding that ",
          "Ruiz said. Ruiz said the “pier” is open. “Yes,” she said. "})
  void twoMegabytesOfCueWordsAndQuotations(String unit) {
    // Every cue word, pronoun or part of a split quotation must not read the whole text again.
    String text = "He said " + unit.repeat(2 * 1024 * 1024 / unit.length()) + "the end.";
    QuoteExtractor reported = QuoteExtractor.builder().reportedSpeech(true).build();

    for (QuoteExtractor extractor : List.of(Extractors.ALL_QUOTES, reported)) {
      Extraction extraction = assertTimeoutPreemptively(BOUND, () -> extractor.extract(text));

      assertWellFormed(text, extraction, "2 MB of <" + unit + ">");
    }
  }

  @Test
  void hundredThousandLoneMarksBetweenParagraphsOfText() {
    String text = "“We will not back down, Ruiz said.\n\n“He said.\n\n".repeat(50_000);

    Extraction extraction =
        assertTimeoutPreemptively(BOUND, () -> Extractors.ALL_QUOTES.extract(text));

    assertWellFormed(text, extraction, "100,000 unclosed quotations");
    assertThat(extraction.quotes()).hasSize(100_000);
  }
}
