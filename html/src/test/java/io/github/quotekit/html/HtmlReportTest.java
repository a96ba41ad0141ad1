package io.github.quotekit.html;

import static io.github.quotekit.html.Fixtures.find;
import static io.github.quotekit.html.Fixtures.quote;
import static io.github.quotekit.html.Fixtures.speaker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quotekit.Extraction;
import io.github.quotekit.Quote;
import io.github.quotekit.Span;
import io.github.quotekit.Speaker;
import io.github.quotekit.SpeakerKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The report on hand-built extractions: escaping, overlapping spans, failures, settings. */
class HtmlReportTest {

  private static final HtmlReport REPORT = HtmlReport.builder().build();

  private static Document page(String html) {
    return Jsoup.parse(html);
  }

  /** The text of quote {@code q} (from 0) of article 1 as shown: all its highlight's fragments. */
  private static String highlighted(Document page, int q) {
    StringBuilder text = new StringBuilder();
    for (Element mark : Fixtures.textOf(page, 1).select("mark.q[data-quote=" + q + "]")) {
      Element copy = mark.clone();
      copy.select(".badge, .flag, .tip").remove();
      text.append(copy.wholeText());
    }
    return text.toString();
  }

  @Test
  void markupInTextNamesAndSpeakersIsEscaped() {
    String text =
        "<script>alert('x')</script> Tom & Jerry said: “<b>Cats & dogs</b> \"agree\" <!-- no -->”"
            + " & <img src=x onerror=alert(1)>";
    Span quoted = find(text, "<b>Cats & dogs</b> \"agree\" <!-- no -->");
    Speaker speaker =
        speaker(0, "Tom & <i>Jerry</i>", SpeakerKind.PERSON, "\"Dr.\" <script>'");
    Quote quote =
        quote(text, quoted.begin(), quoted.end(), find(text, "said"), find(text, "Tom & Jerry"),
            speaker, 0.9, 0);
    String html =
        HtmlReport.builder()
            .title("</title><script>alert(1)</script>")
            .build()
            .render(
                List.of(
                    new NamedExtraction(
                        "\"><script>alert(2)</script>.txt",
                        new Extraction(text, List.of(quote), List.of(speaker)))));

    assertThat(html.toLowerCase(Locale.ROOT))
        .doesNotContain("<script", "<img", "<i>", "<!-- no");
    Document page = page(html);
    assertThat(page.select("script, img, [src], [onerror], b:matchesOwn(Cats), i")).isEmpty();
    assertThat(page.title()).isEqualTo("</title><script>alert(1)</script>");
    assertThat(Fixtures.shownText(Fixtures.textOf(page, 1))).isEqualTo(text);
    assertThat(highlighted(page, 0)).isEqualTo(quoted.textIn(text));
    assertThat(page.selectFirst("#a1 summary h2").text())
        .isEqualTo("1. \"><script>alert(2)</script>.txt");
    assertThat(page.selectFirst("table.speakers tbody tr").text())
        .contains("Tom & <i>Jerry</i>", "\"Dr.\" <script>'");
    assertThat(page.getElementById("a1-q0-tip").text()).contains("Tom & <i>Jerry</i>");
    Fixtures.assertWellNested(html, "<div class=\"text\" lang=\"en\">", "</div>");
  }

  @Test
  void unnamedSpeakersOfSeveralArticlesAreNotRankedAsOneSpeaker() {
    String text = "“We sail at six,” she said.";
    Speaker unnamed = speaker(0, "", SpeakerKind.PERSON, null);
    Quote quote =
        quote(text, 1, text.indexOf(",”") + 1, find(text, "said"), find(text, "she"), unnamed,
            0.96, 0);
    Extraction extraction = new Extraction(text, List.of(quote), List.of(unnamed));
    String html =
        REPORT.render(
            List.of(new NamedExtraction("a", extraction), new NamedExtraction("b", extraction)));

    assertThat(page(html).select("table.speakers tbody tr").text())
        .isEqualTo("No attributed quotation.");
  }

  @Test
  void controlCharactersAndLoneSurrogatesBecomeReplacementCharacters() {
    assertThat(Markup.escape("a\u0000b\u0007c\u0085d\uD800e\uDC00f\uFFFEg"))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg");
    assertThat(Markup.escape("tab\tline\ncr\r😀 & ' \" < >"))
        .isEqualTo("tab\tline\ncr\r😀 &amp; &#39; &quot; &lt; &gt;");
  }

  @Test
  void aMentionInsideAQuoteAndACueAcrossItsEndNestProperly() {
    //          quote: [“I told Ana it works, said Bo]  mention "Ana" inside, cue "works, said"
    String text = "“I told Ana it works, said Bo,” said Bo. Ana agreed.";
    Speaker bo = speaker(0, "Bo", SpeakerKind.PERSON, null);
    Span quoted = Span.of(1, text.indexOf(",”") + 1);
    Span cue = Span.of(text.indexOf("works"), text.indexOf("”") + 6); // "works, said Bo,” said"
    Span mention = find(text, "Ana");
    Quote quote = quote(text, quoted.begin(), quoted.end(), cue, mention, bo, 0.9, 0);
    String html =
        REPORT.render(
            List.of(new NamedExtraction("a", new Extraction(text, List.of(quote), List.of(bo)))));
    Document page = page(html);
    Fixtures.assertWellNested(html, "<div class=\"text\" lang=\"en\">", "</div>");
    Element body = Fixtures.textOf(page, 1);
    // The quote stays one highlight; the cue that crosses its end is split in two.
    assertThat(body.select("mark.q")).hasSize(1);
    assertThat(highlighted(page, 0)).isEqualTo(quoted.textIn(text));
    assertThat(body.select("mark.q .mention").text()).isEqualTo("Ana");
    Elements cues = body.select(".cue");
    assertThat(cues).hasSize(2);
    assertThat(cues.get(0).wholeText() + cues.get(1).wholeText()).isEqualTo(cue.textIn(text));
    assertThat(cues.get(0).parent().tagName()).isEqualTo("mark");
    assertThat(Fixtures.shownText(body)).isEqualTo(text);
  }

  @Test
  void overlappingMentionAndCueAndSharedCuesRenderOnce() {
    String text = "“One,” said Mayor Ana Ruiz. “Two.” According to Ruiz, “three.”";
    Speaker ruiz = speaker(0, "Ana Ruiz", SpeakerKind.PERSON, "Mayor");
    Span said = find(text, "said Mayor");              // cue overlapping the mention
    Span mayor = find(text, "Mayor Ana Ruiz");
    Quote one = quote(text, 1, 5, said, mayor, ruiz, 0.95, 0);
    Quote two = quote(text, text.indexOf("Two"), text.indexOf("Two") + 4, said, mayor, ruiz,
        0.81, 0);
    Span according = find(text, "According to Ruiz"); // cue containing the mention
    Quote three = quote(text, text.indexOf("three"), text.indexOf("three") + 6, according,
        find(text, "Ruiz,"), ruiz, 0.82, 1);
    String html =
        REPORT.render(
            List.of(new NamedExtraction(
                "b", new Extraction(text, List.of(one, two, three), List.of(ruiz)))));
    Document page = page(html);
    Fixtures.assertWellNested(html, "<div class=\"text\" lang=\"en\">", "</div>");
    Element body = Fixtures.textOf(page, 1);
    assertThat(Fixtures.shownText(body)).isEqualTo(text);
    for (int q = 0; q < 3; q++) {
      assertThat(body.select("mark.q[data-quote=" + q + "]")).hasSize(1);
    }
    assertThat(highlighted(page, 2)).isEqualTo("three.");
    // The shared cue and mention are marked once, the mention whole inside split cue parts.
    assertThat(body.select(".mention").eachText()).containsExactly("Mayor Ana Ruiz", "Ruiz,");
    assertThat(String.join("|", body.select(".cue").eachText()))
        .isEqualTo("said|Mayor|According to|Ruiz");
    assertThat(body.select(".mention .cue, .cue .mention")).hasSize(2);
  }

  @Test
  void quotesThatOverlapEachOtherOrAreEmptyOrOutOfRangeAreEachShownOnce() {
    String text = "“Alpha beta gamma delta,” said Ann.";
    Speaker ann = speaker(0, "Ann", SpeakerKind.PERSON, null);
    Quote outer = quote(text, 1, 23, null, null, ann, 0.9, 0);     // Alpha ... delta
    Quote inner = quote(text, 7, 17, null, null, ann, 0.9, 1);     // beta gamma (nested)
    Quote crossing = quote(text, 12, 30, null, null, null, 0.0, 2); // gamma ... said (crosses)
    Quote empty = quote(text, 3, 3, null, null, ann, 0.5, 3);      // empty
    Quote beyond = quote(text, 31, 80, null, null, ann, 0.9, 4);    // past the end: clipped
    List<Quote> quotes = List.of(outer, empty, inner, crossing, beyond);
    String html =
        REPORT.render(
            List.of(new NamedExtraction("c", new Extraction(text, quotes, List.of(ann)))));
    Document page = page(html);
    Fixtures.assertWellNested(html, "<div class=\"text\" lang=\"en\">", "</div>");
    Element body = Fixtures.textOf(page, 1);
    assertThat(Fixtures.shownText(body)).isEqualTo(text);
    assertThat(body.select("mark.q[id]")).hasSize(quotes.size());
    assertThat(body.select(".tip")).hasSize(quotes.size());
    assertThat(body.select(".badge")).hasSize(quotes.size());
    assertThat(highlighted(page, 0)).isEqualTo("Alpha beta gamma delta");
    assertThat(highlighted(page, 1)).isEmpty();
    assertThat(highlighted(page, 2)).isEqualTo("beta gamma");
    assertThat(highlighted(page, 3)).isEqualTo("gamma delta,” said");
    assertThat(highlighted(page, 4)).isEqualTo("Ann.");
    // The crossing quote is split where the quotes around it end; its later parts say so.
    assertThat(body.select("mark.q[data-quote=3]:not(.cont)")).hasSize(1);
    assertThat(body.select("mark.q.cont[data-quote=3]")).hasSize(2);
    assertThat(body.select("mark.q.cont[id], mark.q.cont[tabindex]")).isEmpty();
    assertThat(body.select("mark.q.sx")).isNotEmpty();
    assertThat(body.select("mark.q.low")).hasSize(1); // the empty one, 0.5 < 0.6
  }

  @Test
  void unattributedQuotesAreMarkedNotFlagged() {
    String text = "The so-called “green corridor” divided the town.";
    Quote scare = quote(text, 14, 28, null, null, null, 0.0, 0);
    Document page =
        page(REPORT.render(List.of(new NamedExtraction("d", new Extraction(text, List.of(scare),
            List.of())))));
    Element mark = Fixtures.textOf(page, 1).selectFirst("mark.q");
    assertThat(mark.classNames()).contains("sx").doesNotContain("low");
    assertThat(mark.previousElementSibling().text()).isEqualTo("?");
    assertThat(page.select("#summary .totals li").eachText()).contains("1 unattributed",
        "0 low confidence (below 0.60)");
    assertThat(page.select("svg.chart g.bar text").eachText()).contains("no speaker", "1 (100%)");
  }

  @Test
  void speakersAreRankedAcrossArticlesAndFailuresListed() {
    String a = "“Yes,” said Ann Lee. “No,” said Bo.";
    Speaker ann = speaker(0, "Ann Lee", SpeakerKind.PERSON, "Dr.");
    Speaker bo = speaker(1, "Bo", SpeakerKind.PERSON, null);
    Extraction first =
        new Extraction(a, List.of(quote(a, 1, 5, null, null, ann, 0.9, 0),
            quote(a, 21, 24, null, null, bo, 0.4, 1)), List.of(ann, bo));
    String b = "“Maybe,” said Ann Lee.";
    Speaker ann2 = speaker(0, "Ann Lee", SpeakerKind.PERSON, null);
    Extraction second = new Extraction(b, List.of(quote(b, 1, 7, null, null, ann2, 0.9, 0)),
        List.of(ann2));
    List<NamedExtraction> batch = new ArrayList<>();
    batch.add(new NamedExtraction("one", first));
    batch.add(NamedExtraction.failed("two & <three>", "line 2: not <json>"));
    batch.add(new NamedExtraction("four", second));
    Document page = page(HtmlReport.builder().expandedArticles(1).build().render(batch));

    Elements rows = page.select("table.speakers tbody tr");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).select("td").stream().map(Element::text).toList())
        .containsExactly("1", "Ann Lee", "PERSON", "Dr.", "2", "2", "0");
    assertThat(rows.get(1).select("td").stream().map(Element::text).toList())
        .containsExactly("2", "Bo", "PERSON", "", "1", "1", "1");
    assertThat(page.select("table.toc tbody tr").eachText())
        .containsExactly("1 one 2 2 1 0", "2 two & <three> failed", "3 four 1 1 0 0");
    assertThat(page.select("#summary .totals li").eachText()).contains("3 articles (1 failed)");
    assertThat(page.select("#a2 .error").text()).isEqualTo("line 2: not <json>");
    // Only the first section starts open.
    assertThat(page.select("section.article details[open]")).hasSize(1);
    assertThat(page.selectFirst("#a1 details").hasAttr("open")).isTrue();
    // Speaker colours and numbers are per article.
    assertThat(page.select("#a3 mark.q").first().classNames()).contains("s0");
    assertThat(page.select("#a1 mark.q").get(1).classNames()).contains("s1", "low");
  }

  @Test
  void anEmptyBatchIsAValidPage() {
    Document page = page(REPORT.render(List.of()));
    assertThat(page.select("#summary .totals li").eachText()).contains("0 articles", "0 quotes");
    assertThat(page.select("svg.chart g.bar text").eachText()).contains("0 (0%)");
    assertThat(page.select("section.article")).isEmpty();
  }

  @Test
  void theBuilderChecksItsSettings() {
    assertThat(REPORT.title()).isEqualTo(HtmlReport.DEFAULT_TITLE);
    assertThat(REPORT.lowConfidenceBelow()).isEqualTo(0.6);
    assertThat(REPORT.expandedArticles()).isEqualTo(10);
    assertThatThrownBy(() -> HtmlReport.builder().lowConfidenceBelow(1.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HtmlReport.builder().lowConfidenceBelow(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HtmlReport.builder().expandedArticles(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NamedExtraction("x", Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    HtmlReport strict = HtmlReport.builder().lowConfidenceBelow(0.95).build();
    String text = "“Sure,” said Al.";
    Speaker al = speaker(0, "Al", SpeakerKind.PERSON, null);
    Extraction e = new Extraction(text, List.of(quote(text, 1, 6, null, null, al, 0.9, 0)),
        List.of(al));
    assertThat(page(strict.render(List.of(new NamedExtraction("e", e)))).select("mark.q.low"))
        .hasSize(1);
  }

  @Test
  void oneReportRendersFromManyThreadsAlike() throws Exception {
    String text = "“Sure,” said Al. “Fine,” said Bea.";
    Speaker al = speaker(0, "Al", SpeakerKind.PERSON, null);
    Speaker bea = speaker(1, "Bea", SpeakerKind.GROUP, null);
    List<NamedExtraction> batch =
        List.of(new NamedExtraction("f", new Extraction(text,
            List.of(quote(text, 1, 6, null, null, al, 0.9, 0),
                quote(text, 18, 23, null, null, bea, 0.3, 1)), List.of(al, bea))));
    String expected = REPORT.render(batch);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> REPORT.render(batch)));
      }
      for (Future<String> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void excerptsAreCutAtAWord() {
    assertThat(HtmlReport.excerpt("short  one\n")).isEqualTo("short one");
    String longer = "word ".repeat(40);
    assertThat(HtmlReport.excerpt(longer)).endsWith("word\u2026").hasSizeLessThanOrEqualTo(91);
  }
}
