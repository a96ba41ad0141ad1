package io.github.quotekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quotekit.QuotationMarks.Style;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuotationMarksTest {

  @Test
  void presets() {
    assertThat(QuotationMarks.english().styles())
        .containsExactly(Style.CURLY_DOUBLE, Style.STRAIGHT_DOUBLE);
    assertThat(QuotationMarks.british().styles())
        .containsExactly(
            Style.CURLY_DOUBLE, Style.STRAIGHT_DOUBLE, Style.CURLY_SINGLE, Style.STRAIGHT_SINGLE);
    assertThat(QuotationMarks.german().styles())
        .containsExactly(
            Style.CURLY_DOUBLE, Style.STRAIGHT_DOUBLE, Style.LOW_DOUBLE, Style.REVERSED_GUILLEMETS);
    assertThat(QuotationMarks.french().styles())
        .containsExactly(
            Style.CURLY_DOUBLE, Style.STRAIGHT_DOUBLE, Style.GUILLEMETS, Style.SINGLE_GUILLEMETS);
    assertThat(QuotationMarks.all().styles()).containsExactly(Style.values());
  }

  @Test
  void doubleApostrophesAreOptIn() {
    QuotationMarks archive = QuotationMarks.english().with(Style.DOUBLE_APOSTROPHES);

    assertThat(QuotationMarks.english().contains(Style.DOUBLE_APOSTROPHES)).isFalse();
    assertThat(QuotationMarks.british().contains(Style.DOUBLE_APOSTROPHES)).isFalse();
    assertThat(QuotationMarks.all().contains(Style.DOUBLE_APOSTROPHES)).isTrue();
    assertThat(archive.styles())
        .containsExactly(Style.CURLY_DOUBLE, Style.STRAIGHT_DOUBLE, Style.DOUBLE_APOSTROPHES);
    QuotationMarks same =
        QuotationMarks.of(
            List.of(Style.DOUBLE_APOSTROPHES, Style.STRAIGHT_DOUBLE, Style.CURLY_DOUBLE));
    assertThat(archive)
        .isEqualTo(same)
        .hasSameHashCodeAs(same)
        .isNotEqualTo(QuotationMarks.english());
    assertThat(archive.without(Style.DOUBLE_APOSTROPHES)).isEqualTo(QuotationMarks.english());
    assertThat(QuotationMarks.all().without(Style.DOUBLE_APOSTROPHES).styles())
        .hasSize(Style.values().length - 1)
        .doesNotContain(Style.DOUBLE_APOSTROPHES);
    assertThat(archive.toString())
        .isEqualTo("QuotationMarks[CURLY_DOUBLE, STRAIGHT_DOUBLE, DOUBLE_APOSTROPHES]");
  }

  @Test
  void autoDetectsAmongEveryStyleAndKeepsDetectingThroughWithAndWithout() {
    QuotationMarks auto = QuotationMarks.auto();
    QuotationMarks noSingles = auto.without(Style.CURLY_SINGLE, Style.STRAIGHT_SINGLE);

    assertThat(auto.isDetected()).isTrue();
    assertThat(auto.styles()).containsExactly(Style.values());
    assertThat(auto).isNotEqualTo(QuotationMarks.all()).isEqualTo(QuotationMarks.auto());
    assertThat(auto.hashCode()).isNotEqualTo(QuotationMarks.all().hashCode());
    assertThat(noSingles.isDetected()).isTrue();
    assertThat(noSingles.with(Style.CURLY_SINGLE, Style.STRAIGHT_SINGLE)).isEqualTo(auto);
    assertThat(QuotationMarks.all().isDetected()).isFalse();
    assertThat(QuotationMarks.english().isDetected()).isFalse();
    assertThat(noSingles.toString()).startsWith("QuotationMarks.auto[CURLY_DOUBLE, ");
  }

  @Test
  void forTextGivesFixedMarksAsTheDetectionRuleSays() {
    String british = "‘We stay,’ said Ana Ruiz. ‘We always have.’ ‘Not now,’ Dana Ortiz said.";

    QuotationMarks always = QuotationMarks.english().with(Style.BACKTICKS);

    assertThat(QuotationMarks.auto().forText("“Yes,” he said.")).isEqualTo(always);
    assertThat(QuotationMarks.auto().forText("''Yes,'' he said."))
        .isEqualTo(always.with(Style.DOUBLE_APOSTROPHES));
    assertThat(QuotationMarks.auto().forText("« Oui », dit-il."))
        .isEqualTo(QuotationMarks.french().with(Style.BACKTICKS));
    assertThat(QuotationMarks.auto().forText(british))
        .isEqualTo(QuotationMarks.british().with(Style.BACKTICKS));
    assertThat(QuotationMarks.auto().without(Style.CURLY_SINGLE, Style.BACKTICKS).forText(british))
        .isEqualTo(QuotationMarks.english());
    assertThat(QuotationMarks.french().forText(british)).isEqualTo(QuotationMarks.french());
    assertThatNullPointerException()
        .isThrownBy(() -> QuotationMarks.auto().forText(null))
        .withMessage("text");
  }

  @Test
  void withAndWithoutReturnNewInstances() {
    QuotationMarks english = QuotationMarks.english();

    QuotationMarks more = english.with(Style.CORNER_BRACKETS, Style.CURLY_DOUBLE);
    QuotationMarks fewer = english.without(Style.STRAIGHT_DOUBLE, Style.GUILLEMETS);

    assertThat(more.styles())
        .containsExactly(Style.CURLY_DOUBLE, Style.STRAIGHT_DOUBLE, Style.CORNER_BRACKETS);
    assertThat(fewer.styles()).containsExactly(Style.CURLY_DOUBLE);
    assertThat(english.styles()).containsExactly(Style.CURLY_DOUBLE, Style.STRAIGHT_DOUBLE);
    assertThat(fewer.without(Style.CURLY_DOUBLE).styles()).isEmpty();
    assertThat(fewer.without(Style.CURLY_DOUBLE).with(Style.GUILLEMETS).styles())
        .containsExactly(Style.GUILLEMETS);
  }

  @Test
  void valueSemantics() {
    QuotationMarks built = QuotationMarks.of(Style.STRAIGHT_DOUBLE, Style.CURLY_DOUBLE);

    assertThat(built)
        .isEqualTo(QuotationMarks.english())
        .hasSameHashCodeAs(QuotationMarks.english());
    assertThat(QuotationMarks.of(List.of(Style.values()))).isEqualTo(QuotationMarks.all());
    assertThat(built).isNotEqualTo(QuotationMarks.french()).isNotEqualTo("english");
    assertThat(built.contains(Style.CURLY_DOUBLE)).isTrue();
    assertThat(built.contains(Style.GUILLEMETS)).isFalse();
    assertThat(built.toString()).isEqualTo("QuotationMarks[CURLY_DOUBLE, STRAIGHT_DOUBLE]");
  }

  @Test
  void isImmutable() {
    EnumSet<Style> styles = EnumSet.of(Style.GUILLEMETS);
    QuotationMarks marks = QuotationMarks.of(styles);
    styles.add(Style.CORNER_BRACKETS);

    assertThat(marks.styles()).containsExactly(Style.GUILLEMETS);
    assertThatThrownBy(() -> marks.styles().add(Style.CURLY_DOUBLE))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void nullsAreRejectedByName() {
    assertThatNullPointerException()
        .isThrownBy(() -> QuotationMarks.of((Style[]) null))
        .withMessage("styles");
    assertThatNullPointerException()
        .isThrownBy(() -> QuotationMarks.of(Style.GUILLEMETS, null))
        .withMessage("style");
    assertThatNullPointerException()
        .isThrownBy(() -> QuotationMarks.of(Arrays.asList(Style.GUILLEMETS, null)))
        .withMessage("style");
    assertThatNullPointerException()
        .isThrownBy(() -> QuotationMarks.english().with((Style[]) null))
        .withMessage("more");
    assertThatNullPointerException()
        .isThrownBy(() -> QuotationMarks.english().without((Style) null))
        .withMessage("style");
    assertThatNullPointerException()
        .isThrownBy(() -> QuotationMarks.english().contains(null))
        .withMessage("style");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "“We will not back down,” Mayor Ana Ruiz said on Tuesday.",
        "\"We will not back down,\" Mayor Ana Ruiz said on Tuesday.",
        "«We will not back down», Mayor Ana Ruiz said on Tuesday.",
        "« We will not back down », Mayor Ana Ruiz said on Tuesday.",
        "„We will not back down“, Mayor Ana Ruiz said on Tuesday.",
        "»We will not back down«, Mayor Ana Ruiz said on Tuesday.",
        "‹We will not back down›, Mayor Ana Ruiz said on Tuesday.",
        "「We will not back down,」 Mayor Ana Ruiz said on Tuesday.",
        "『We will not back down,』 Mayor Ana Ruiz said on Tuesday.",
        "'We will not back down,' Mayor Ana Ruiz said on Tuesday.",
        "‘We will not back down,’ Mayor Ana Ruiz said on Tuesday.",
        "''We will not back down,'' Mayor Ana Ruiz said on Tuesday."
      })
  void everyStyleIsAttributedLikeEnglishMarks(String text) {
    QuoteExtractor extractor =
        QuoteExtractor.builder().reportedSpeech(false).quotationMarks(QuotationMarks.all()).build();

    Extraction extraction = extractor.extract(text);

    assertThat(extraction.quotes()).hasSize(1);
    Quote quote = extraction.quotes().get(0);
    assertThat(quote.text()).startsWith("We will not back down");
    assertThat(quote.rule()).isEqualTo("quote-comma-name-verb");
    assertThat(quote.cue().map(Cue::text)).contains("said");
    assertThat(quote.speaker().map(Speaker::name)).contains("Ana Ruiz");
  }

  @Test
  void theDefaultExtractorDetectsTheMarksAndEnglishKeepsToEnglishMarks() {
    String text = "«We will not back down», Mayor Ana Ruiz said. 'Not now,' she said.";
    assertThat(allQuotesWith(QuotationMarks.english()).extract(text).quotes()).isEmpty();
    assertThat(Extractors.ALL_QUOTES.extract(text).quotes())
        .extracting(Quote::text)
        .containsExactly("We will not back down");
    assertThat(
            QuoteExtractor.builder()
                .reportedSpeech(false)
                .quotationMarks(QuotationMarks.french())
                .build()
                .extract(text)
                .quotes())
        .extracting(Quote::text)
        .containsExactly("We will not back down");
  }

  @Test
  void doubleApostrophesEndToEnd() {
    String text = "''The harbor will reopen in May,'' said Mayor Ana Ruiz.";
    QuoteExtractor archive =
        QuoteExtractor.builder()
            .reportedSpeech(false)
            .quotationMarks(QuotationMarks.english().with(Style.DOUBLE_APOSTROPHES))
            .build();

    List<Quote> quotes = archive.extract(text).quotes();

    assertThat(quotes).hasSize(1);
    Quote quote = quotes.get(0);
    assertThat(quote.type()).isEqualTo(QuoteType.DIRECT);
    assertThat(quote.text()).isEqualTo("The harbor will reopen in May,");
    assertThat(quote.span()).isEqualTo(Span.of(2, 32));
    assertThat(quote.cue().map(Cue::text)).contains("said");
    assertThat(quote.speaker().map(Speaker::name)).contains("Ana Ruiz");
    assertThat(Extractors.ALL_QUOTES.extract(text).quotes()).isEqualTo(quotes);
    assertThat(
            QuoteExtractor.builder()
                .reportedSpeech(false)
                .quotationMarks(QuotationMarks.english())
                .build()
                .extract(text)
                .quotes())
        .isEmpty();
  }

  @Test
  void britishSplitAndContinuingQuotations() {
    String text =
        "‘The river rose faster than anyone expected,’ said Dana Ortiz, the county engineer."
            + " ‘We had maybe an hour.’\n\n"
            + "‘We didn’t think the ’90s levee would hold.\n\n"
            + "‘It did, and rock ’n’ roll played all night,’ she said.";
    QuoteExtractor british =
        QuoteExtractor.builder().reportedSpeech(false).quotationMarks(QuotationMarks.british()).build();

    List<Quote> quotes = british.extract(text).quotes();

    assertThat(quotes)
        .extracting(Quote::text)
        .containsExactly(
            "The river rose faster than anyone expected,",
            "We had maybe an hour.",
            "We didn’t think the ’90s levee would hold.",
            "It did, and rock ’n’ roll played all night,");
    assertThat(quotes)
        .allMatch(q -> q.speaker().map(Speaker::name).orElse("").equals("Dana Ortiz"));
  }

  @Test
  void apostrophesAreNeverQuotationsWhateverTheMarks() {
    String text =
        "Rock 'n' roll was big in the '90s, and Jones' band didn't mind, O'Neill said. The"
            + " players' union met 'em on Monday.";
    assertThat(allQuotesWith(QuotationMarks.all()).extract(text).quotes()).isEmpty();
  }

  /** Returns an extractor that reports every quotation in the given marks. */
  private static QuoteExtractor allQuotesWith(QuotationMarks marks) {
    return QuoteExtractor.builder().reportedSpeech(false).minUnattributedWords(0).quotationMarks(marks).build();
  }
}
