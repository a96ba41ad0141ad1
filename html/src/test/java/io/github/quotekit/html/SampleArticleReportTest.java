package io.github.quotekit.html;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.Extraction;
import io.github.quotekit.Quote;
import io.github.quotekit.QuoteExtractor;
import io.github.quotekit.SpeakerKind;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Renders the project's sample article and checks the page as a browser would parse it. */
class SampleArticleReportTest {

  private static final Path ARTICLE = Path.of("..", "examples", "sample-article.txt");

  private static Extraction extraction;
  private static String html;
  private static Document page;

  @BeforeAll
  static void render() throws IOException {
    String text = Files.readString(ARTICLE, UTF_8);
    extraction = QuoteExtractor.builder().reportedSpeech(false).build().extract(text);
    html =
        HtmlReport.builder()
            .build()
            .render(List.of(new NamedExtraction("sample-article.txt", extraction)));
    page = Jsoup.parse(html);
  }

  @Test
  void theSampleHasQuotesToShow() {
    assertThat(extraction.quotes()).hasSizeGreaterThan(10);
    assertThat(extraction.speakers()).hasSizeGreaterThan(5);
  }

  @Test
  void everyQuoteIsHighlightedExactlyOnceWithItsWords() {
    Element text = Fixtures.textOf(page, 1);
    assertThat(text.select("mark.q")).hasSize(extraction.quotes().size());
    for (int q = 0; q < extraction.quotes().size(); q++) {
      Quote quote = extraction.quotes().get(q);
      Elements marks = text.select("mark.q[data-quote=" + q + "]");
      assertThat(marks).as("highlights of quote %d", q).hasSize(1);
      Element mark = marks.first();
      assertThat(mark.id()).isEqualTo("a1-q" + q);
      assertThat(mark.wholeText()).isEqualTo(quote.text());
      assertThat(mark.attr("tabindex")).isEqualTo("0");
      assertThat(page.getElementById("a1-q" + q + "-tip")).isNotNull();
      assertThat(page.getElementById("a1-q" + q + "-row")).isNotNull();
    }
  }

  @Test
  void eachHighlightHasASpeakerBadgeAndColourOfItsSpeaker() {
    Element text = Fixtures.textOf(page, 1);
    for (Element mark : text.select("mark.q")) {
      Quote quote = extraction.quotes().get(Integer.parseInt(mark.attr("data-quote")));
      Element badge = mark.previousElementSibling();
      if (badge != null && badge.hasClass("flag")) {
        badge = badge.previousElementSibling();
      }
      assertThat(badge).isNotNull();
      assertThat(badge.hasClass("badge")).isTrue();
      String name = quote.speaker().orElseThrow().name();
      // The badge gives the speaker's id, the number the JSON output gives it.
      int id = quote.speaker().get().id();
      assertThat(badge.wholeText()).isEqualTo(id + "\u00a0" + Palette.initials(name));
      String colour = "s" + (extraction.speakers().indexOf(quote.speaker().get()) % Palette.size());
      assertThat(mark.hasClass(colour)).as("colour of %s", name).isTrue();
      assertThat(badge.hasClass(colour)).isTrue();
      Element tip = mark.nextElementSibling();
      assertThat(tip.hasClass("tip")).isTrue();
      assertThat(tip.text())
          .contains(name, quote.type().name(), quote.rule(), quote.channel().name())
          .contains(ArticleView.confidence(quote.confidence()));
    }
  }

  @Test
  void theTextIsShownWhole() {
    assertThat(Fixtures.shownText(Fixtures.textOf(page, 1)))
        .isEqualTo(extraction.text().replace("\r\n", "\n"));
    Fixtures.assertWellNested(html, "<div class=\"text\" lang=\"en\">", "</div>");
  }

  @Test
  void cuesAreUnderlinedAndMentionsMarked() {
    Element text = Fixtures.textOf(page, 1);
    Set<String> cues = new LinkedHashSet<>();
    Set<String> mentions = new LinkedHashSet<>();
    for (Quote quote : extraction.quotes()) {
      quote.cue().ifPresent(c -> cues.add(c.span().begin() + ":" + c.text()));
      quote.speakerMention().ifPresent(m -> mentions.add(m.span().begin() + ":" + m.text()));
    }
    assertThat(text.select(".cue")).hasSize(cues.size());
    assertThat(text.select(".mention")).hasSize(mentions.size());
    assertThat(text.select(".cue").eachText())
        .containsExactlyInAnyOrderElementsOf(cues.stream().map(c -> c.split(":", 2)[1]).toList());
  }

  @Test
  void lowConfidenceQuotesAreFlagged() {
    long low =
        extraction.quotes().stream()
            .filter(q -> q.speaker().isPresent())
            .filter(q -> q.confidence() < HtmlReport.DEFAULT_LOW_CONFIDENCE)
            .count();
    assertThat(low).as("the sample has low-confidence quotes").isPositive();
    Element text = Fixtures.textOf(page, 1);
    assertThat(text.select("mark.q.low")).hasSize((int) low);
    assertThat(text.select(".flag").size() - text.select(".tip .flag").size()).isEqualTo(low);
    for (Element mark : text.select("mark.q.low")) {
      Quote quote = extraction.quotes().get(Integer.parseInt(mark.attr("data-quote")));
      assertThat(quote.confidence()).isLessThan(HtmlReport.DEFAULT_LOW_CONFIDENCE);
      assertThat(mark.previousElementSibling().hasClass("flag")).isTrue();
    }
  }

  @Test
  void thePageLoadsNothingFromOutside() {
    String lower = html.toLowerCase(Locale.ROOT);
    assertThat(lower)
        .doesNotContain("http://", "https://", "src=", "url(", "@import", "<script", "<link")
        .doesNotContain("<iframe", "<img", "<object", "<embed", "//fonts");
    assertThat(page.select("script, link, img, iframe, object, embed, [src], [href^=http]"))
        .isEmpty();
    for (Element link : page.select("a[href]")) {
      String target = link.attr("href");
      assertThat(target).startsWith("#");
      assertThat(page.getElementById(target.substring(1))).as(target).isNotNull();
    }
    assertThat(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .startsWith("default-src 'none'");
  }

  @Test
  void summaryCountsQuotesSpeakersAndKinds() {
    int quotes = extraction.quotes().size();
    Map<String, Integer> bySpeaker = new LinkedHashMap<>();
    Map<SpeakerKind, Integer> byKind = new LinkedHashMap<>();
    for (Quote quote : extraction.quotes()) {
      bySpeaker.merge(quote.speaker().orElseThrow().name(), 1, Integer::sum);
      byKind.merge(quote.speaker().get().kind(), 1, Integer::sum);
    }
    Element summary = page.getElementById("summary");
    assertThat(summary.select(".totals li").eachText())
        .contains("1 articles", quotes + " quotes", bySpeaker.size() + " speakers (across articles)");

    // Quotes per article: one row, linking to the article's section.
    Elements toc = summary.select("table.toc tbody tr");
    assertThat(toc).hasSize(1);
    assertThat(cells(toc.first()))
        .startsWith("1", "sample-article.txt", Integer.toString(quotes));
    assertThat(toc.first().selectFirst("a").attr("href")).isEqualTo("#a1");

    // Speakers ranked by quotes, ties by name, with kind and title.
    Elements rows = summary.select("table.speakers tbody tr");
    assertThat(rows).hasSize(bySpeaker.size());
    int previous = Integer.MAX_VALUE;
    for (Element row : rows) {
      List<String> cells = cells(row);
      int count = Integer.parseInt(cells.get(4));
      assertThat(count).isLessThanOrEqualTo(previous).isEqualTo(bySpeaker.get(cells.get(1)));
      previous = count;
    }
    List<String> mayor =
        rows.stream().map(SampleArticleReportTest::cells)
            .filter(cells -> cells.get(1).equals("Rosa Bellweather"))
            .findFirst()
            .orElseThrow();
    assertThat(mayor.subList(1, 5)).containsExactly("Rosa Bellweather", "PERSON", "Mayor", "3");

    // The chart: one bar per kind, each with its count and share as text.
    Element chart = summary.selectFirst("svg.chart");
    assertThat(chart.attr("role")).isEqualTo("img");
    Elements bars = chart.select("g.bar");
    assertThat(bars).hasSize(SpeakerKind.values().length);
    for (Element bar : bars) {
      List<String> texts = bar.select("text").eachText();
      SpeakerKind kind = SpeakerKind.valueOf(texts.get(0));
      int count = byKind.getOrDefault(kind, 0);
      long percent = Math.round(100.0 * count / quotes);
      assertThat(texts.get(1)).isEqualTo(count + " (" + percent + "%)");
    }
  }

  /** The texts of a row's cells, empty ones included. */
  private static List<String> cells(Element row) {
    return row.select("td").stream().map(Element::text).toList();
  }

  @Test
  void theArticleSectionIsExpandedWithItsSpeakersAndQuoteTable() {
    Element section = page.getElementById("a1");
    assertThat(section.selectFirst("details").hasAttr("open")).isTrue();
    assertThat(section.select(".legend li")).hasSize(extraction.speakers().size());
    assertThat(section.select("table.quotes tbody tr")).hasSize(extraction.quotes().size());
  }

  @Test
  void quoteRowsAndSpeakerBadgesCarryTheNumbersOfTheJsonOutput() {
    Element section = page.getElementById("a1");
    Elements rows = section.select("table.quotes tbody tr");
    for (int q = 0; q < rows.size(); q++) {
      Element row = rows.get(q);
      assertThat(row.selectFirst("td").text()).isEqualTo(Integer.toString(q));
      int id = extraction.quotes().get(q).speaker().orElseThrow().id();
      assertThat(row.selectFirst(".badge").wholeText()).startsWith(id + "\u00a0");
    }
    List<String> legend =
        section.select(".legend li .badge").stream().map(Element::wholeText).toList();
    assertThat(legend)
        .containsExactlyElementsOf(
            extraction.speakers().stream()
                .map(s -> s.id() + "\u00a0" + Palette.initials(s.name()))
                .toList());
  }

  @Test
  void nothingScrollsInsideThePageAndMentionFramesStayOnOneLine() {
    String css = page.selectFirst("style").data();
    assertThat(css).doesNotContain("overflow:auto", "overflow:scroll", "max-height");
    assertThat(page.select(".scroll")).isEmpty();
    assertThat(css).containsPattern("\\.mention\\{[^}]*white-space:nowrap");
    assertThat(css).containsPattern("\\.mention\\{[^}]*box-decoration-break:clone");
  }

  @Test
  void explainedQuotesSayWhyInTheQuoteTable() {
    Extraction explained =
        QuoteExtractor.builder().reportedSpeech(false).explain(true).build().extract(extraction.text());
    StringBuilder fragment = new StringBuilder();
    try {
      HtmlReport.builder()
          .build()
          .writeFragment(List.of(new NamedExtraction("explained", explained)), fragment);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    Document shown = Jsoup.parseBodyFragment(fragment.toString());
    assertThat(shown.select("#summary")).hasSize(1);
    assertThat(shown.select("table.quotes thead th").eachText()).contains("Why");
    Elements why = shown.select("table.quotes td.why");
    assertThat(why).hasSize(explained.quotes().size());
    for (int q = 0; q < why.size(); q++) {
      Quote quote = explained.quotes().get(q);
      assertThat(why.get(q).text()).contains(quote.rule() + " decided");
    }
    assertThat(page.select("table.quotes td.why")).as("no column without explanations").isEmpty();
  }

  @Test
  void writerAndStringOutputsAreTheSame() throws IOException {
    StringWriter out = new StringWriter();
    HtmlReport.builder()
        .build()
        .writeTo(List.of(new NamedExtraction("sample-article.txt", extraction)), out);
    assertThat(out.toString()).isEqualTo(html);
  }
}
