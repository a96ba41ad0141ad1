package io.github.quotekit;

import static io.github.quotekit.Extractors.ALL_QUOTES;
import static io.github.quotekit.Extractors.DIRECT_ONLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuoteExtractorTest {
  /** One attributed quotation, one short scare quote and one long unattributed quotation. */
  private static final String MIXED =
      "“We will not back down,” Mayor Ana Ruiz said on Tuesday of the so-called “blue"
          + " line.”\n\n"
          + "The ferry was late again that night.\n\n"
          + "“Some words with nobody nearby to say them.”";

  /** A sure attribution and a guess from the sentence subject. */
  private static final String MIXED_CONFIDENCE =
      "“We will not back down,” Mayor Ana Ruiz said on Tuesday.\n\n"
          + "Omar Vance likened the old levee to a “paper wall.”";

  private static List<String> texts(Extraction extraction) {
    return extraction.quotes().stream().map(Quote::text).toList();
  }

  @Test
  void nullTextIsRejectedByName() {
    assertThatNullPointerException().isThrownBy(() -> DIRECT_ONLY.extract(null)).withMessage("text");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\n", " \t\u00A0\r\n \u2029 "})
  void emptyOrBlankTextHasNoQuotes(String text) {
    Extraction extraction = ALL_QUOTES.extract(text);

    assertThat(extraction.text()).isEqualTo(text);
    assertThat(extraction.quotes()).isEmpty();
    assertThat(extraction.speakers()).isEmpty();
  }

  @Test
  void textWithoutQuotationMarksHasNoQuotes() {
    Extraction extraction =
        ALL_QUOTES.extract("Ruiz said the ferry would run on Sunday. Nobody believed her.");

    assertThat(extraction.quotes()).isEmpty();
    assertThat(extraction.speakers()).isEmpty();
  }

  @Test
  void readmeExample() {
    String text = "“We will not back down,” Mayor Ana Ruiz said on Tuesday.";

    Extraction extraction = DIRECT_ONLY.extract(text);

    assertThat(extraction.text()).isSameAs(text);
    assertThat(extraction.quotes()).hasSize(1);
    Quote quote = extraction.quotes().get(0);
    assertThat(quote.text()).isEqualTo("We will not back down,");
    assertThat(quote.span()).isEqualTo(Span.of(1, 23));
    assertThat(quote.type()).isEqualTo(QuoteType.DIRECT);
    assertThat(quote.cue()).contains(new Cue(Span.of(40, 44), "said", "say"));
    assertThat(quote.speakerMention()).contains(new Mention(Span.of(25, 39), "Mayor Ana Ruiz"));
    assertThat(quote.rule()).isEqualTo("quote-comma-name-verb");
    assertThat(quote.confidence()).isBetween(0.5, 1.0);
    assertThat(quote.group()).isZero();
    assertThat(quote.joinedBy()).isEmpty();
    Speaker ruiz = quote.speaker().orElseThrow();
    assertThat(ruiz.id()).isZero();
    assertThat(ruiz.name()).isEqualTo("Ana Ruiz");
    assertThat(ruiz.kind()).isEqualTo(SpeakerKind.PERSON);
    assertThat(ruiz.title()).contains("Mayor");
    assertThat(ruiz.description()).isEmpty();
    assertThat(ruiz.mentions()).containsExactly(new Mention(Span.of(25, 39), "Mayor Ana Ruiz"));
    assertThat(extraction.speakers()).containsExactly(ruiz);
  }

  @Test
  void javadocExampleContinuesTheSpeakerWithStraightQuotes() {
    Extraction extraction =
        DIRECT_ONLY.extract(
            "\"We will not back down,\" Mayor Ana Ruiz said on Tuesday.\n\n"
                + "\"Not now, not ever.\"");

    assertThat(texts(extraction)).containsExactly("We will not back down,", "Not now, not ever.");
    assertThat(extraction.quotes())
        .extracting(q -> q.speaker().map(Speaker::name).orElse("-"))
        .containsExactly("Ana Ruiz", "Ana Ruiz");
    assertThat(extraction.speakers()).hasSize(1);
  }

  @Test
  void byDefaultOnlyAttributedQuotationsAreReported() {
    Extraction extraction = DIRECT_ONLY.extract(MIXED);

    assertThat(texts(extraction)).containsExactly("We will not back down,");
    assertThat(extraction.quotes()).allMatch(q -> q.speaker().isPresent());
  }

  @Test
  void minUnattributedWordsZeroKeepsEveryQuotation() {
    Extraction extraction = ALL_QUOTES.extract(MIXED);

    assertThat(texts(extraction))
        .containsExactly(
            "We will not back down,", "blue line.", "Some words with nobody nearby to say them.");
    Quote scare = extraction.quotes().get(1);
    assertThat(scare.rule()).isEqualTo(Quote.UNATTRIBUTED);
    assertThat(scare.cue()).isEmpty();
    assertThat(scare.speakerMention()).isEmpty();
    assertThat(scare.speaker()).isEmpty();
    assertThat(scare.confidence()).isBetween(0.0, 1.0);
  }

  @Test
  void minUnattributedWordsKeepsOnlyLongEnoughUnattributedQuotations() {
    QuoteExtractor four = QuoteExtractor.builder().reportedSpeech(false).minUnattributedWords(4).build();

    assertThat(texts(four.extract(MIXED)))
        .containsExactly("We will not back down,", "Some words with nobody nearby to say them.");
  }

  @Test
  void minUnattributedWordsCountsWhitespaceSeparatedWords() {
    String text = "The motto on the pier was plain.\n\n“Measure twice, pour once.”";

    assertThat(texts(QuoteExtractor.builder().reportedSpeech(false).minUnattributedWords(4).build().extract(text)))
        .containsExactly("Measure twice, pour once.");
    assertThat(QuoteExtractor.builder().reportedSpeech(false).minUnattributedWords(5).build().extract(text).quotes())
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.1, 1.1, Double.NaN})
  void minConfidenceOutsideTheUnitIntervalIsRejected(double confidence) {
    QuoteExtractor.Builder builder = QuoteExtractor.builder();

    assertThatIllegalArgumentException().isThrownBy(() -> builder.minConfidence(confidence));
  }

  @Test
  void minConfidenceDropsLessCertainAttributions() {
    List<Quote> all = DIRECT_ONLY.extract(MIXED_CONFIDENCE).quotes();
    assertThat(all).hasSize(2);
    double lower = Math.min(all.get(0).confidence(), all.get(1).confidence());
    double higher = Math.max(all.get(0).confidence(), all.get(1).confidence());
    assertThat(lower).isLessThan(higher);

    List<Quote> sure =
        QuoteExtractor.builder().reportedSpeech(false).minConfidence(higher).build().extract(MIXED_CONFIDENCE).quotes();

    assertThat(sure).extracting(Quote::confidence).containsExactly(higher);
    assertThat(
            QuoteExtractor.builder().reportedSpeech(false).minConfidence(1.0).build().extract(MIXED_CONFIDENCE).quotes())
        .allMatch(q -> q.confidence() == 1.0);
  }
  @Test
  void aThresholdKeepsOrDropsASplitQuotationWhole() {
    String text =
        "Ortiz likened the old levee to a “paper wall.” “It will not hold through another"
            + " winter.”";
    List<Quote> all = DIRECT_ONLY.extract(text).quotes();
    assertThat(all)
        .extracting(Quote::rule)
        .containsExactly("sentence-subject", "split-quote-continuation");
    double first = all.get(0).confidence();

    List<Quote> atFirst =
        QuoteExtractor.builder().reportedSpeech(false).minConfidence(first).build().extract(text).quotes();
    List<Quote> aboveFirst =
        QuoteExtractor.builder().reportedSpeech(false).minConfidence(Math.nextUp(first)).build()
            .extract(text).quotes();

    assertThat(atFirst).hasSize(2);
    assertThat(atFirst.get(1).joinedBy()).contains(JoinReason.SPLIT_QUOTE);
    assertThat(aboveFirst).isEmpty();
  }

  @Test
  void negativeMinUnattributedWordsIsRejected() {
    QuoteExtractor.Builder builder = QuoteExtractor.builder();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder.minUnattributedWords(-1))
        .withMessageContaining("-1");
  }

  @Test
  void builderOptionsAreIndependentOfLaterChanges() {
    QuoteExtractor.Builder builder = QuoteExtractor.builder().reportedSpeech(false).minUnattributedWords(0);
    QuoteExtractor all = builder.build();

    builder.minUnattributedWords(Integer.MAX_VALUE);

    assertThat(all.extract(MIXED).quotes()).hasSize(3);
    assertThat(builder.build().extract(MIXED).quotes()).hasSize(1);
  }

  @Test
  void quotesAreInTextOrder() {
    Extraction extraction =
        ALL_QUOTES.extract(
            "“First,” said Omar Vance. “Second,” he added.\n\n"
                + "Dana Ortiz said: “Third.”\n\n"
                + "“Fourth and last,” Ortiz said.");

    assertThat(texts(extraction))
        .containsExactly("First,", "Second,", "Third.", "Fourth and last,");
    assertThat(extraction.quotes()).extracting(Quote::span).isSorted();
  }

  @Test
  void speakersAreThoseOfReportedQuotesOrderedById() {
    Extraction extraction =
        DIRECT_ONLY.extract(
            "Omar Vance and Dana Ortiz run the ferry together.\n\n"
                + "“We sail at six,” Ortiz said.\n\n"
                + "“We are never late,” Vance said.");

    assertThat(extraction.speakers()).extracting(Speaker::id).containsExactly(0, 1);
    assertThat(extraction.speakers())
        .extracting(Speaker::name)
        .containsExactly("Omar Vance", "Dana Ortiz");
    for (Quote quote : extraction.quotes()) {
      assertThat(extraction.speakers()).contains(quote.speaker().orElseThrow());
    }
  }

  @Test
  void concurrentExtractionGivesTheSameResults() throws Exception {
    List<String> articles =
        IntStream.range(0, 16)
            .mapToObj(
                i ->
                    "“The tide is late by "
                        + i
                        + " minutes,” said Omar Vance.\n\n“We will wait,” Dana Ortiz said.")
            .toList();
    List<Extraction> expected = articles.stream().map(DIRECT_ONLY::extract).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Extraction>> futures =
          articles.stream().map(a -> pool.submit(() -> DIRECT_ONLY.extract(a))).toList();
      for (int i = 0; i < articles.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(expected.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
