package io.github.quotekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The project's made-up sample article against its answer key, {@code
 * examples/sample-article.expected.md}: every quote, its speaker, mention, cue and rule, and the
 * speakers with their titles and descriptions.
 */
class SampleArticleEndToEndTest {
  private static final Path ARTICLE = Path.of("..", "examples", "sample-article.txt");

  private static String text;
  private static Extraction extraction;

  /**
   * One row of the answer key. A mention in parentheses is inherited from the quote this one
   * continues: reporting it, or no mention at all, are both right.
   */
  record Expected(
      int number,
      int begin,
      int end,
      String beginsWith,
      String speaker,
      String mention,
      String lemma,
      String rule) {

    boolean inherited() {
      return mention.startsWith("(");
    }

    String mentionText() {
      return inherited() ? mention.substring(1, mention.length() - 1) : mention;
    }

    @Override
    public String toString() {
      return "#" + number + " " + beginsWith + "…";
    }
  }

  static List<Expected> expectedQuotes() {
    return List.of(
        new Expected(
            1,
            1038,
            1151,
            "We don’t get to choose",
            "Rosa Bellweather",
            "the mayor",
            "say",
            "quote-comma-name-verb"),
        new Expected(
            2,
            1250,
            1290,
            "bury this town in debt",
            "Ines Marchetti",
            "Councilwoman Ines Marchetti",
            "say",
            "name-verb-partial-quote"),
        new Expected(
            3,
            1399,
            1476,
            "Our members have waited since the ’90s",
            "Tom Keverne",
            "Tom Keverne",
            "say",
            "quote-comma-verb-name"),
        new Expected(
            4,
            1545,
            1609,
            "Nobody on my crew",
            "Tom Keverne",
            "he",
            "say",
            "quote-comma-name-verb"),
        new Expected(
            5,
            1884,
            1956,
            "The channel is about half as deep",
            "Nadia Fairweather",
            "Nadia Fairweather",
            "say",
            "quote-comma-name-verb"),
        new Expected(
            6,
            2021,
            2062,
            "The mud is not going anywhere",
            "Nadia Fairweather",
            "she",
            "say",
            "quote-comma-name-verb"),
        new Expected(
            7,
            2075,
            2173,
            "If the town waits another five years",
            "Nadia Fairweather",
            "(she)",
            "say",
            "split-quote-continuation"),
        new Expected(
            8,
            2223,
            2323,
            "all dredged material will be tested",
            "Calloway Bay Harbor Authority",
            "The Harbor Authority",
            "say",
            "name-verb-partial-quote"),
        new Expected(
            9,
            2507,
            2596,
            "Nobody has tested what is sitting",
            "Lena Osei",
            "Osei",
            "according to",
            "according-to"),
        new Expected(
            10,
            2712,
            2798,
            "I’ve heard big promises",
            "Gwen Halvorsen",
            "Halvorsen",
            "say",
            "name-verb-colon"),
        new Expected(
            11,
            2802,
            2864,
            "Half the boats that used to tie up here",
            "Gwen Halvorsen",
            "Halvorsen",
            "say",
            "quote-comma-name-verb"),
        new Expected(
            12,
            3128,
            3288,
            "My grandfather fished out of this harbor",
            "Walt Dorrance",
            "Walt Dorrance",
            "tell",
            "colon-lead-in-paragraph"),
        new Expected(
            13,
            3291,
            3438,
            "I don’t need a consultant",
            "Walt Dorrance",
            "(Walt Dorrance)",
            "tell",
            "paragraph-continuation"),
        new Expected(
            14,
            3441,
            3495,
            "Dredge it, and do it right.",
            "Walt Dorrance",
            "(Walt Dorrance)",
            "tell",
            "paragraph-continuation"),
        new Expected(
            15,
            3594,
            3718,
            "When people tell me ‘not in my harbor,’",
            "Rosa Bellweather",
            "Bellweather",
            "say",
            "quote-comma-name-verb"),
        new Expected(
            16,
            3786,
            3905,
            "Port Calloway just showed the whole coast",
            "Helen Ashgrove",
            "Sen. Helen Ashgrove",
            "tweet",
            "quote-comma-name-verb"),
        new Expected(
            17,
            3955,
            4001,
            "We will have dredges in the water",
            "Rosa Bellweather",
            "Bellweather",
            "tell",
            "quote-comma-name-verb"));
  }

  @BeforeAll
  static void extract() throws IOException {
    text = Files.readString(ARTICLE, StandardCharsets.UTF_8);
    extraction = Extractors.DIRECT_ONLY.extract(text);
  }

  private static Quote quote(Expected expected) {
    return extraction.quotes().get(expected.number() - 1);
  }

  @Test
  void seventeenQuotesInTextOrder() {
    assertThat(extraction.quotes())
        .extracting(Quote::span)
        .containsExactlyElementsOf(
            expectedQuotes().stream().map(e -> Span.of(e.begin(), e.end())).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expectedQuotes")
  void quoteMatchesTheAnswerKey(Expected expected) {
    assertThat(extraction.quotes()).hasSizeGreaterThanOrEqualTo(expected.number());
    Quote quote = quote(expected);

    assertThat(quote.span()).isEqualTo(Span.of(expected.begin(), expected.end()));
    assertThat(quote.text()).startsWith(expected.beginsWith()).isEqualTo(quote.span().textIn(text));
    assertThat(quote.type()).isEqualTo(QuoteType.DIRECT);
    assertThat(quote.speaker().map(Speaker::name)).contains(expected.speaker());
    assertThat(quote.rule()).isEqualTo(expected.rule());
    if (expected.inherited()) {
      quote.speakerMention().ifPresent(m -> assertThat(m.text()).isEqualTo(expected.mentionText()));
      quote.cue().ifPresent(c -> assertThat(c.lemma()).isEqualTo(expected.lemma()));
    } else {
      assertThat(quote.speakerMention().map(Mention::text)).contains(expected.mentionText());
      assertThat(quote.cue().map(Cue::lemma)).contains(expected.lemma());
    }
    quote.speakerMention().ifPresent(m -> assertThat(m.span().textIn(text)).isEqualTo(m.text()));
    quote.cue().ifPresent(c -> assertThat(c.span().textIn(text)).isEqualTo(c.text()));
    assertThat(quote.confidence()).isBetween(0.0, 1.0);
  }

  @Test
  void cuesAsWritten() {
    assertThat(quote(expectedQuotes().get(8)).cue().map(Cue::text)).contains("According to");
    assertThat(quote(expectedQuotes().get(15)).cue().map(Cue::text)).contains("tweeted");
    assertThat(quote(expectedQuotes().get(16)).cue().map(Cue::text)).contains("told");
  }

  @Test
  void scareQuoteIsNotReported() {
    assertThat(extraction.quotes()).noneMatch(q -> q.text().contains("green corridor"));

    Extraction everything = Extractors.ALL_QUOTES.extract(text);
    Quote scare =
        everything.quotes().stream()
            .filter(q -> q.text().equals("green corridor"))
            .findFirst()
            .orElseThrow();
    assertThat(scare.rule()).isEqualTo(Quote.UNATTRIBUTED);
    assertThat(scare.speaker()).isEmpty();
  }

  @Test
  void nestedSingleQuoteIsPartOfTheOuterQuote() {
    assertThat(extraction.quotes()).noneMatch(q -> q.text().startsWith("not in my harbor"));
    assertThat(quote(expectedQuotes().get(14)).text()).contains("‘not in my harbor,’");
  }

  @Test
  void speakersMatchTheAnswerKey() {
    record Who(
        int id,
        String name,
        SpeakerKind kind,
        Optional<String> title,
        Optional<String> description) {}

    assertThat(extraction.speakers())
        .extracting(s -> new Who(s.id(), s.name(), s.kind(), s.title(), s.description()))
        .containsExactly(
            new Who(
                0,
                "Calloway Bay Harbor Authority",
                SpeakerKind.ORGANIZATION,
                Optional.empty(),
                Optional.empty()),
            new Who(
                1, "Rosa Bellweather", SpeakerKind.PERSON, Optional.of("Mayor"), Optional.empty()),
            new Who(
                2,
                "Ines Marchetti",
                SpeakerKind.PERSON,
                Optional.of("Councilwoman"),
                Optional.of("one of the two votes against")),
            new Who(
                3,
                "Tom Keverne",
                SpeakerKind.PERSON,
                Optional.empty(),
                Optional.of("president of the Calloway Ferry Workers Union")),
            new Who(
                4,
                "Nadia Fairweather",
                SpeakerKind.PERSON,
                Optional.empty(),
                Optional.of("a professor at Westmere University")),
            new Who(
                5,
                "Lena Osei",
                SpeakerKind.PERSON,
                Optional.empty(),
                Optional.of("director of the Calloway Baykeepers")),
            new Who(
                6,
                "Gwen Halvorsen",
                SpeakerKind.PERSON,
                Optional.empty(),
                Optional.of("owner of a bait shop on Front Street")),
            new Who(
                7,
                "Walt Dorrance",
                SpeakerKind.PERSON,
                Optional.empty(),
                Optional.of("a third-generation crab fisherman")),
            new Who(
                8,
                "Helen Ashgrove",
                SpeakerKind.PERSON,
                Optional.of("Sen."),
                Optional.of("D-Ore.")));
  }

  @Test
  void quotesOfOnePersonShareOneSpeaker() {
    List<Integer> ids =
        extraction.quotes().stream().map(q -> q.speaker().orElseThrow().id()).toList();

    // Quotes 1..17 by speaker id, as in the answer key's speaker table.
    assertThat(ids).containsExactly(1, 2, 3, 3, 4, 4, 4, 0, 5, 6, 6, 7, 7, 7, 1, 8, 1);
    Speaker bellweather = extraction.speakers().get(1);
    assertThat(
            List.of(
                quote(expectedQuotes().get(0)),
                quote(expectedQuotes().get(14)),
                quote(expectedQuotes().get(16))))
        .allSatisfy(q -> assertThat(q.speaker()).contains(bellweather));
  }

  @Test
  void speakerMentionsBelongToTheirSpeakers() {
    for (Quote quote : extraction.quotes()) {
      Speaker speaker = quote.speaker().orElseThrow();
      assertThat(extraction.speakers().get(speaker.id())).isEqualTo(speaker);
      assertThat(speaker.mentions()).contains(quote.speakerMention().orElseThrow());
    }
    Speaker bellweather = extraction.speakers().get(1);
    assertThat(bellweather.mentions())
        .extracting(Mention::text)
        .startsWith("Mayor Rosa Bellweather", "the mayor")
        .contains("Bellweather");
    Speaker authority = extraction.speakers().get(0);
    assertThat(authority.mentions())
        .extracting(Mention::text)
        .containsExactly("the Calloway Bay Harbor Authority", "The Harbor Authority");
  }
}
