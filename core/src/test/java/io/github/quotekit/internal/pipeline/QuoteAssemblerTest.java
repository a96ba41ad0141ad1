package io.github.quotekit.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.quotekit.Channel;
import io.github.quotekit.Extraction;
import io.github.quotekit.JoinReason;
import io.github.quotekit.Quote;
import io.github.quotekit.QuoteExtractor;
import io.github.quotekit.QuoteType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Grouping, channels and filtering of the quotations the pipeline reports. */
class QuoteAssemblerTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.english();

  @Test
  void partsOfASplitQuoteShareAGroup() {
    List<Quote> quotes =
        EXTRACTOR
            .extract("“The pier is unsafe,” harbor master Lena Osei said. “Nobody should fish there.”")
            .quotes();

    assertThat(quotes).hasSize(2);
    assertThat(quotes.get(0).group()).isEqualTo(quotes.get(1).group());
    assertThat(quotes.get(0).joinedBy()).isEmpty();
    assertThat(quotes.get(1).joinedBy()).contains(JoinReason.SPLIT_QUOTE);
  }

  @Test
  void partsAroundTheirAttributionShareAGroup() {
    List<Quote> quotes =
        EXTRACTOR.extract("“It hurts,” Jonas Berg said, “but we have been here before.”").quotes();

    assertThat(quotes).hasSize(2);
    assertThat(quotes.get(0).group()).isEqualTo(quotes.get(1).group());
    assertThat(quotes.get(1).joinedBy()).contains(JoinReason.SPLIT_QUOTE);
  }

  @Test
  void theSecondPartOfASplitQuoteHasTheFirstPartsConfidence() {
    List<Quote> quotes =
        EXTRACTOR
            .extract("“The pier is unsafe,” harbor master Lena Osei said. “Nobody should fish there.”")
            .quotes();

    assertThat(quotes.get(1).confidence()).isEqualTo(quotes.get(0).confidence());
  }

  @Test
  void withReportedSpeechASplitQuoteStaysItsDirectParts() {
    String text = "“The pier is unsafe,” harbor master Lena Osei said. “Nobody should fish there.”";
    List<Quote> quotes =
        QuoteExtractor.builder().reportedSpeech(true).build().extract(text).quotes();

    assertThat(quotes)
        .extracting(Quote::text)
        .containsExactly("The pier is unsafe,", "Nobody should fish there.");
    assertThat(quotes).allMatch(q -> q.type() == QuoteType.DIRECT && q.group() == 0);
    assertThat(quotes)
        .allSatisfy(
            q ->
                assertThat(q.speakerMention())
                    .map(m -> m.text())
                    .contains("harbor master Lena Osei"));
    assertThat(quotes.get(1).joinedBy()).contains(JoinReason.SPLIT_QUOTE);
  }

  @Test
  void partsOnTwoLinesOfAParagraphStayTwoQuotes() {
    String text = "“The pier is unsafe,” harbor master Lena Osei said.\n“Nobody should fish there.”";
    List<Quote> quotes =
        QuoteExtractor.builder().reportedSpeech(true).build().extract(text).quotes();

    assertThat(quotes).extracting(Quote::type).containsExactly(QuoteType.DIRECT, QuoteType.DIRECT);
    assertThat(quotes.get(1).joinedBy()).contains(JoinReason.SPLIT_QUOTE);
  }

  @Test
  void theWritersViewHasNoSpeaker() {
    List<Quote> quotes =
        QuoteExtractor.builder()
            .reportedSpeech(true)
            .build()
            .extract("Mayor Ana Ruiz seems to have given up on the dredging plan.")
            .quotes();

    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).type()).isEqualTo(QuoteType.INDIRECT);
    assertThat(quotes.get(0).speakerMention()).isEmpty();
    assertThat(quotes.get(0).speaker()).isEmpty();
  }

  @Test
  void paragraphsOfAContinuingQuoteShareAGroup() {
    String text =
        "Fisherman Walt Dorrance told the council:\n\n"
            + "“My grandfather fished this harbor when it was deep.\n\n"
            + "“My father fished it when it was shallow.\n\n"
            + "“I fish it only when the tide lets me.”";

    List<Quote> quotes = EXTRACTOR.extract(text).quotes();

    assertThat(quotes).hasSize(3);
    assertThat(quotes).extracting(Quote::group).containsOnly(quotes.get(0).group());
    assertThat(quotes.get(1).joinedBy()).contains(JoinReason.MULTI_PARAGRAPH_QUOTE);
    assertThat(quotes.get(2).joinedBy()).contains(JoinReason.MULTI_PARAGRAPH_QUOTE);
  }

  @Test
  void differentSpeakersStartNewGroups() {
    String text =
        "“We will dredge,” Mayor Rosa Bellweather said.\n\n"
            + "“We cannot afford it,” Councilwoman Ines Marchetti said.";

    List<Quote> quotes = EXTRACTOR.extract(text).quotes();

    assertThat(quotes).extracting(Quote::group).containsExactly(0, 1);
    assertThat(quotes).extracting(Quote::joinedBy).containsOnly(Optional.empty());
  }

  @Test
  void channelComesFromTheCueAndItsSurroundings() {
    String text =
        "“The channel is open,” the Harbor Authority said in a statement.\n\n"
            + "“Great news for the fleet,” Sen. Helen Ashgrove tweeted.\n\n"
            + "“We are ready,” Bellweather told the Calloway Gazette.\n\n"
            + "“It took years,” Osei said.";

    List<Quote> quotes = EXTRACTOR.extract(text).quotes();

    assertThat(quotes)
        .extracting(Quote::channel)
        .containsExactly(Channel.STATEMENT, Channel.SOCIAL_MEDIA, Channel.INTERVIEW, Channel.SPOKEN);
  }

  @Test
  void minimumConfidenceDropsWeakerAttributions() {
    String text = "“The pier is unsafe,” harbor master Lena Osei said. Osei likened the pier to"
        + " a “sinking ship.”";
    Extraction all = EXTRACTOR.extract(text);
    double first = all.quotes().get(0).confidence();
    double second = all.quotes().get(1).confidence();
    double between = (first + second) / 2;

    Extraction strict = QuoteExtractor.builder().minConfidence(between).build().extract(text);

    assertThat(first).isGreaterThan(second);
    assertThat(strict.quotes()).hasSize(1);
    assertThat(strict.quotes().get(0).text()).isEqualTo(all.quotes().get(0).text());
  }

  @Test
  void reportedSpeechIsOnByDefault() {
    String text = "Mayor Ana Ruiz said the dredging would start in May.";

    assertThat(QuoteExtractor.english().extract(text).quotes())
        .extracting(Quote::type, Quote::text)
        .containsExactly(tuple(QuoteType.INDIRECT, "the dredging would start in May"));
    assertThat(QuoteExtractor.builder().reportedSpeech(false).build().extract(text).quotes())
        .isEmpty();
  }

  @Test
  void mixedContentAbsorbsTheQuotationItHolds() {
    String text = "Mayor Ana Ruiz said she was “in no hurry” to dredge the harbor.";
    QuoteExtractor reporting = QuoteExtractor.builder().reportedSpeech(true).build();

    List<Quote> quotes = reporting.extract(text).quotes();

    assertThat(quotes).hasSize(1);
    Quote mixed = quotes.get(0);
    assertThat(mixed.type()).isEqualTo(QuoteType.MIXED);
    assertThat(mixed.text()).isEqualTo("she was “in no hurry” to dredge the harbor");
    assertThat(mixed.fragments()).hasSize(1);
    assertThat(mixed.fragments().get(0).textIn(text)).isEqualTo("in no hurry");
    assertThat(mixed.speaker().map(s -> s.name())).contains("Ana Ruiz");
  }

  @Test
  void indirectQuotationsHaveNoFragments() {
    String text = "Mayor Ana Ruiz said the dredging would start in May.";
    QuoteExtractor reporting = QuoteExtractor.builder().reportedSpeech(true).build();

    Quote indirect = reporting.extract(text).quotes().get(0);

    assertThat(indirect.type()).isEqualTo(QuoteType.INDIRECT);
    assertThat(indirect.fragments()).isEmpty();
    assertThat(indirect.cue().map(c -> c.lemma())).contains("say");
  }
}
