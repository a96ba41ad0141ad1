package io.github.quotekit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.QuotationMarks.Style;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stories in the conventions that {@link QuotationMarks#auto()} detects, extracted with the
 * default extractor and no option: each gives the same quotations and speakers as its English
 * twin. The stories are made up for these tests.
 */
class DetectedQuotationMarksTest {
  /** The default marks; direct quotations only, since the stories are about the marks. */
  private static final QuoteExtractor DEFAULT =
      QuoteExtractor.builder().reportedSpeech(false).build();
  /** The marks of every document: the English double marks, and ``…''. */
  private static final QuotationMarks ALWAYS = QuotationMarks.english().with(Style.BACKTICKS);

  /** The story every convention below tells: three quotations, two speakers. */
  private static final String ENGLISH_STORY =
      """
      The harbor will reopen on Monday, three weeks after the storm.

      “We are ready,” said Mayor Ana Ruiz. “The ferries run again at six.”

      Dana Ortiz, the county engineer, said the new wall “will hold for another fifty years.”
      """;

  private static final List<String> QUOTES =
      List.of(
          "We are ready,",
          "The ferries run again at six.",
          "will hold for another fifty years.");

  private static final List<String> SPEAKERS = List.of("Ana Ruiz", "Ana Ruiz", "Dana Ortiz");

  private static void assertTellsTheStory(String story) {
    List<Quote> quotes = DEFAULT.extract(story).quotes();

    assertThat(quotes).extracting(Quote::text).containsExactlyElementsOf(QUOTES);
    assertThat(quotes)
        .extracting(q -> q.speaker().map(Speaker::name).orElse("?"))
        .containsExactlyElementsOf(SPEAKERS);
  }

  @Test
  void theEnglishStory() {
    assertTellsTheStory(ENGLISH_STORY);
    assertThat(QuotationMarks.auto().forText(ENGLISH_STORY)).isEqualTo(ALWAYS);
  }

  @Test
  void anArchiveStoryWithTwoApostrophes() {
    String story =
        """
        The harbor will reopen on Monday, and the town's fishermen can't wait.

        ''We are ready,'' said Mayor Ana Ruiz. ''The ferries run again at six.''

        Dana Ortiz, the county engineer, said the new wall ''will hold for another fifty years.''
        """;

    assertTellsTheStory(story);
    assertThat(QuotationMarks.auto().forText(story))
        .isEqualTo(ALWAYS.with(Style.DOUBLE_APOSTROPHES));
  }

  @Test
  void aTreebankStoryWithBackticks() {
    String story =
        """
        The harbor will reopen on Monday, three weeks after the storm.

        ``We are ready,'' said Mayor Ana Ruiz. ``The ferries run again at six.''

        Dana Ortiz, the county engineer, said the new wall ``will hold for another fifty years.''
        """;

    assertTellsTheStory(story);
    assertThat(QuotationMarks.auto().forText(story)).isEqualTo(ALWAYS);
  }

  @Test
  void aHardWrappedStory() {
    String story =
        """
        The harbor will reopen on Monday, three weeks after
        the storm that closed it.

        "We are ready," said Mayor Ana Ruiz. "The ferries run
        again at six."

        Dana Ortiz, the county engineer, said the new wall "will
        hold for another fifty years."
        """;

    List<Quote> quotes = DEFAULT.extract(story).quotes();

    assertThat(quotes)
        .extracting(q -> q.text().replace('\n', ' '))
        .containsExactlyElementsOf(QUOTES);
    assertThat(quotes)
        .extracting(q -> q.speaker().map(Speaker::name).orElse("?"))
        .containsExactlyElementsOf(SPEAKERS);
  }

  @Test
  void aBritishStoryWithSingleMarks() {
    String story =
        """
        The harbour will reopen on Monday, three weeks after the storm.

        ‘We are ready,’ said Mayor Ana Ruiz. ‘The ferries run again at six.’

        Dana Ortiz, the county engineer, said the new wall ‘will hold for another fifty years.’
        """;

    assertTellsTheStory(story);
    assertThat(QuotationMarks.auto().forText(story))
        .isEqualTo(QuotationMarks.british().with(Style.BACKTICKS));
  }

  @Test
  void aStoryWithGuillemets() {
    String story =
        """
        The harbor will reopen on Monday, three weeks after the storm.

        « We are ready », said Mayor Ana Ruiz. « The ferries run again at six. »

        Dana Ortiz, the county engineer, said the new wall «will hold for another fifty years.»
        """;

    List<Quote> quotes = DEFAULT.extract(story).quotes();

    assertThat(quotes)
        .extracting(Quote::text)
        .containsExactly(
            "We are ready", "The ferries run again at six.", "will hold for another fifty years.");
    assertThat(quotes)
        .extracting(q -> q.speaker().map(Speaker::name).orElse("?"))
        .containsExactlyElementsOf(SPEAKERS);
    assertThat(QuotationMarks.auto().forText(story))
        .isEqualTo(QuotationMarks.french().with(Style.BACKTICKS));
  }

  @Test
  void twoApostrophesTypedForAClosingMarkCloseTheQuotation() {
    String story = ENGLISH_STORY.replace("ready,”", "ready,''");

    assertThat(QuotationMarks.auto().forText(story)).isEqualTo(ALWAYS);
    assertTellsTheStory(story);
  }
}
