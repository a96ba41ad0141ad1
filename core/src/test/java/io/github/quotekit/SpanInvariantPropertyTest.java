package io.github.quotekit;

import static io.github.quotekit.Extractors.ALL_QUOTES;
import static io.github.quotekit.Extractors.DIRECT_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the output contract on random articles: spans index the text, quotes are ordered and
 * disjoint, speakers are consistent and extraction is deterministic. Each case is named by its
 * seed; {@link RandomNewsArticles#article(long)} rebuilds the failing text from it.
 */
class SpanInvariantPropertyTest {
  private static final long MASTER_SEED = 0x0A77_2026L;
  private static final int ARTICLES = 300;

  /** One extraction per seed, shared by the properties; every quotation is reported. */
  private static final Map<Long, Extraction> EXTRACTIONS = new ConcurrentHashMap<>();

  static LongStream seeds() {
    return RandomNewsArticles.seeds(MASTER_SEED, ARTICLES);
  }

  private static Extraction extraction(long seed) {
    return EXTRACTIONS.computeIfAbsent(
        seed, s -> ALL_QUOTES.extract(RandomNewsArticles.article(s)));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void spansIndexTheText(long seed) {
    Extraction extraction = extraction(seed);
    String text = extraction.text();
    assertThat(text).isEqualTo(RandomNewsArticles.article(seed));

    for (Quote quote : extraction.quotes()) {
      assertWithin(quote.span(), text);
      assertThat(quote.text()).isNotEmpty().isEqualTo(quote.span().textIn(text));
      quote
          .cue()
          .ifPresent(
              cue -> {
                assertWithin(cue.span(), text);
                assertThat(cue.text()).isNotEmpty().isEqualTo(cue.span().textIn(text));
                assertThat(cue.lemma()).isNotBlank();
              });
      quote
          .speakerMention()
          .ifPresent(
              mention -> {
                assertWithin(mention.span(), text);
                assertThat(mention.text()).isNotEmpty().isEqualTo(mention.span().textIn(text));
              });
    }
    for (Speaker speaker : extraction.speakers()) {
      for (Mention mention : speaker.mentions()) {
        assertWithin(mention.span(), text);
        assertThat(mention.text()).isEqualTo(mention.span().textIn(text));
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void quotesAreInTextOrderAndDisjoint(long seed) {
    List<Quote> quotes = extraction(seed).quotes();

    for (int i = 1; i < quotes.size(); i++) {
      Span previous = quotes.get(i - 1).span();
      Span current = quotes.get(i).span();
      assertThat(previous.end())
          .as("quote %d ends before quote %d", i - 1, i)
          .isLessThanOrEqualTo(current.begin());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void cuesAndMentionsLieOutsideQuotations(long seed) {
    List<Quote> quotes = extraction(seed).quotes();

    for (Quote quote : quotes) {
      for (Quote other : quotes) {
        quote
            .cue()
            .ifPresent(
                c ->
                    assertThat(c.span().overlaps(other.span()))
                        .as("cue <%s> inside quote <%s>", c.text(), other.text())
                        .isFalse());
        quote
            .speakerMention()
            .ifPresent(
                m ->
                    assertThat(m.span().overlaps(other.span()))
                        .as("mention <%s> inside quote <%s>", m.text(), other.text())
                        .isFalse());
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void attributionFieldsAgree(long seed) {
    for (Quote quote : extraction(seed).quotes()) {
      assertThat(quote.confidence()).isBetween(0.0, 1.0);
      assertThat(quote.type()).isEqualTo(QuoteType.DIRECT);
      assertThat(quote.rule()).isNotBlank();
      boolean attributed = !quote.rule().equals(Quote.UNATTRIBUTED);
      assertThat(quote.speaker().isPresent())
          .as("speaker of <%s>", quote.text())
          .isEqualTo(attributed);
      assertThat(quote.speakerMention().isPresent()).isEqualTo(attributed);
      if (!attributed) {
        assertThat(quote.cue()).isEmpty();
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void speakersAreConsistent(long seed) {
    Extraction extraction = extraction(seed);
    List<Speaker> speakers = extraction.speakers();

    assertThat(speakers)
        .extracting(Speaker::id)
        .containsExactlyElementsOf(IntStream.range(0, speakers.size()).boxed().toList());
    for (Quote quote : extraction.quotes()) {
      quote
          .speaker()
          .ifPresent(
              speaker -> {
                assertThat(speaker.id()).isBetween(0, speakers.size() - 1);
                assertThat(speakers.get(speaker.id())).isEqualTo(speaker);
                assertThat(speaker.mentions()).contains(quote.speakerMention().orElseThrow());
              });
    }
    Set<Speaker> used =
        extraction.quotes().stream().flatMap(q -> q.speaker().stream()).collect(Collectors.toSet());
    assertThat(used).containsExactlyInAnyOrderElementsOf(speakers);
    for (Speaker speaker : speakers) {
      // Empty only for a pronoun that stands for no one named.
      assertThat(speaker.name().isEmpty() || !speaker.name().isBlank()).isTrue();
      assertThat(speaker.mentions()).isNotEmpty().doesNotHaveDuplicates();
      assertThat(speaker.mentions()).extracting(Mention::span).isSorted();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void extractionIsDeterministic(long seed) {
    String text = RandomNewsArticles.article(seed);

    assertThat(ALL_QUOTES.extract(new String(text.toCharArray()))).isEqualTo(extraction(seed));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void defaultOptionsReportTheAttributedQuotes(long seed) {
    if (seed % 4 != 0) {
      return; // a quarter of the articles is enough to check the filter
    }
    Extraction all = extraction(seed);

    Extraction attributed = DIRECT_ONLY.extract(all.text());

    List<Quote> expected = all.quotes().stream().filter(q -> q.speaker().isPresent()).toList();
    // Groups are numbered over the reported quotes, so only how they partition the quotes counts.
    assertThat(attributed.quotes().stream().map(SpanInvariantPropertyTest::ungrouped).toList())
        .containsExactlyElementsOf(
            expected.stream().map(SpanInvariantPropertyTest::ungrouped).toList());
    for (int i = 1; i < expected.size(); i++) {
      assertThat(attributed.quotes().get(i).group() == attributed.quotes().get(i - 1).group())
          .isEqualTo(expected.get(i).group() == expected.get(i - 1).group());
    }
    assertThat(attributed.speakers()).isEqualTo(all.speakers());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void groupsAreNumberedInTextOrder(long seed) {
    List<Quote> quotes = extraction(seed).quotes();

    int group = -1;
    for (Quote quote : quotes) {
      if (quote.joinedBy().isPresent()) {
        assertThat(quote.group()).as("group of joined <%s>", quote.text()).isEqualTo(group);
        assertThat(quote.speaker()).isPresent();
      } else {
        assertThat(quote.group()).as("group of <%s>", quote.text()).isEqualTo(group + 1);
      }
      group = quote.group();
    }
  }

  /** Guards the properties against a generator too tame to reach the interesting cases. */
  @Test
  void articlesExerciseTheAttributionRules() {
    List<Quote> quotes =
        seeds()
            .mapToObj(SpanInvariantPropertyTest::extraction)
            .flatMap(e -> e.quotes().stream())
            .toList();
    Set<String> rules = quotes.stream().map(Quote::rule).collect(Collectors.toSet());

    assertThat(quotes).hasSizeGreaterThan(1000);
    assertThat(rules)
        .contains(
            "quote-comma-verb-name",
            "quote-comma-name-verb",
            "dash-sign-off",
            "name-verb-colon",
            "according-to",
            "quoted-as-saying",
            "name-verb-partial-quote",
            "split-quote-continuation",
            "colon-lead-in-paragraph",
            "paragraph-continuation",
            Quote.UNATTRIBUTED);
    assertThat(quotes)
        .anyMatch(q -> q.speakerMention().map(Mention::text).orElse("").equals("she"));
    assertThat(quotes).anyMatch(q -> q.speaker().flatMap(Speaker::title).isPresent());
    assertThat(quotes).anyMatch(q -> q.speaker().flatMap(Speaker::description).isPresent());
    assertThat(seeds().mapToObj(SpanInvariantPropertyTest::extraction))
        .anyMatch(e -> e.speakers().size() >= 4)
        .anyMatch(e -> e.quotes().isEmpty());
    assertThat(quotes.stream().map(Quote::speaker).flatMap(Optional::stream).map(Speaker::kind))
        .contains(SpeakerKind.values());
  }

  private static Quote ungrouped(Quote q) {
    return new Quote(
        q.text(),
        q.span(),
        q.type(),
        q.fragments(),
        q.cue(),
        q.speakerMention(),
        q.speaker(),
        q.confidence(),
        q.rule(),
        q.channel(),
        0,
        q.joinedBy(),
        Optional.empty());
  }

  private static void assertWithin(Span span, String text) {
    assertThat(span.end())
        .as("span %s in a text of %d", span, text.length())
        .isLessThanOrEqualTo(text.length());
  }
}
