package io.github.quotekit.html;

import static java.util.Objects.requireNonNull;

import io.github.quotekit.Explanation;
import io.github.quotekit.Quote;
import io.github.quotekit.Speaker;
import io.github.quotekit.SpeakerKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Renders a batch of articles and their quotations as one self-contained HTML page that a person
 * can check at a glance.
 *
 * <p>The page has a summary of the batch (totals; a chart of the share of quotes by speaker kind;
 * quotes per article, which is also the table of contents; speakers ranked by number of quotes,
 * across articles, with their kind and title) and then one section per article. Each section
 * shows the article text with every quotation highlighted in its speaker's colour and preceded by
 * a badge with the speaker's id and initials (so colour is never the only cue), the cue
 * underlined and the speaker mention framed; hovering or focusing (Tab) a highlight shows its
 * speaker, type, channel, rule and confidence. Attributed quotations whose confidence is below
 * {@link Builder#lowConfidenceBelow(double)} (default {@value #DEFAULT_LOW_CONFIDENCE}) are flagged
 * with a dashed outline and a {@code LOW} tag. A table under each article lists its quotations
 * with the same details and, when the extractor explains its decisions ({@link
 * io.github.quotekit.QuoteExtractor.Builder#explain(boolean)}), why each speaker was chosen; an
 * article that failed shows its error instead. Speakers and quotations carry the numbers the JSON
 * output gives them: the speaker's {@link Speaker#id()} and the quotation's index in {@link
 * io.github.quotekit.Extraction#quotes()}, both from 0.
 *
 * <p>Nothing scrolls inside the page: every table row and the whole article text show at once, on
 * screen, on paper and in a full-page screenshot.
 *
 * <p>Long batches stay usable because each article is a collapsible {@code <details>} section:
 * the first {@link Builder#expandedArticles(int)} (default {@value #DEFAULT_EXPANDED_ARTICLES})
 * start open, the others closed, and the table of contents links to every one.
 *
 * <p>The page is self-contained: one inline stylesheet, an inline SVG chart, no script, no font
 * and no URL of any external resource; a Content-Security-Policy forbids loading anything. All text
 * from articles and extractions is escaped, so an article containing {@code <script>} or {@code &}
 * renders as that text. Article text is shown with its line breaks.
 *
 * <p>Instances are immutable and thread-safe: one report may render many batches at once.
 *
 * <pre>{@code
 * QuoteExtractor extractor = QuoteExtractor.english();
 * String text = Files.readString(Path.of("examples/sample-article.txt"));
 * HtmlReport report = HtmlReport.builder().title("Harbor coverage").build();
 * String html = report.render(List.of(new NamedExtraction("sample", extractor.extract(text))));
 * Files.writeString(Path.of("report.html"), html);
 * }</pre>
 */
public final class HtmlReport {

  /** The default confidence under which an attributed quotation is flagged as low. */
  public static final double DEFAULT_LOW_CONFIDENCE = 0.6;

  /** The default number of article sections that start expanded. */
  public static final int DEFAULT_EXPANDED_ARTICLES = 10;

  /** The default page title. */
  public static final String DEFAULT_TITLE = "quotekit report";

  private static final int EXCERPT = 90;

  private final String title;
  private final double lowConfidenceBelow;
  private final int expandedArticles;

  private HtmlReport(Builder builder) {
    this.title = builder.title;
    this.lowConfidenceBelow = builder.lowConfidenceBelow;
    this.expandedArticles = builder.expandedArticles;
  }

  /**
   * Returns a builder with the default settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the page title.
   *
   * @return the title, as given (it is escaped when written)
   */
  public String title() {
    return title;
  }

  /**
   * Returns the confidence under which an attributed quotation is flagged as low.
   *
   * @return the threshold, in {@code [0, 1]}
   */
  public double lowConfidenceBelow() {
    return lowConfidenceBelow;
  }

  /**
   * Returns the number of article sections that start expanded.
   *
   * @return the count, {@code >= 0}
   */
  public int expandedArticles() {
    return expandedArticles;
  }

  /**
   * Returns the page for a batch of articles.
   *
   * @param articles the articles, in the order to show them; may be empty
   * @return a complete HTML document
   */
  public String render(List<NamedExtraction> articles) {
    StringBuilder out = new StringBuilder(4096);
    try {
      writeTo(articles, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // StringBuilder does not throw
    }
    return out.toString();
  }

  /**
   * Writes the page for a batch of articles, piece by piece, without building it as one string.
   *
   * @param articles the articles, in the order to show them; may be empty
   * @param out where to write; it is neither flushed nor closed
   * @throws IOException if {@code out} throws
   */
  public void writeTo(List<NamedExtraction> articles, Appendable out) throws IOException {
    requireNonNull(out, "out");
    List<ArticleView> views = views(articles);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\"")
        .append(" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"generator\" content=\"quotekit\">\n<title>");
    Markup.escape(out, title);
    out.append("</title>\n<style>\n").append(Style.css()).append("</style>\n</head>\n<body>\n");
    out.append("<header>\n<h1>");
    Markup.escape(out, title);
    out.append("</h1>\n<p class=\"lede\">")
        .append(count(views.size(), "article", "articles"))
        .append(". Each quotation is highlighted in its speaker&#39;s colour after a badge with the")
        .append(" speaker&#39;s id and initials; hover over it or focus it (Tab) for details.")
        .append("</p>\n</header>\n<main>\n");
    writeSections(out, views);
    out.append("</main>\n<footer>Made by quotekit. This page is self-contained: it")
        .append(" loads nothing and runs no script.</footer>\n</body>\n</html>\n");
  }

  /**
   * Writes the body of the page for a batch of articles, its summary and article sections, for a
   * page of your own (the quotekit server's live page is one). The fragment needs the report's
   * {@linkplain #stylesheet() stylesheet}; like the page, it has no script and no URL.
   *
   * <pre>{@code
   * StringBuilder page = new StringBuilder("<style>").append(HtmlReport.stylesheet());
   * page.append("</style><main>");
   * report.writeFragment(List.of(new NamedExtraction("pasted", extraction)), page);
   * page.append("</main>");
   * }</pre>
   *
   * @param articles the articles, in the order to show them; may be empty
   * @param out where to write; it is neither flushed nor closed
   * @throws IOException if {@code out} throws
   */
  public void writeFragment(List<NamedExtraction> articles, Appendable out) throws IOException {
    requireNonNull(out, "out");
    writeSections(out, views(articles));
  }

  /**
   * Returns the report's stylesheet, for a page that shows a {@linkplain #writeFragment
   * fragment}. It names no URL and loads no font.
   *
   * @return CSS text
   */
  public static String stylesheet() {
    return Style.css();
  }

  private List<ArticleView> views(List<NamedExtraction> articles) {
    List<ArticleView> views = new ArrayList<>();
    for (NamedExtraction article : List.copyOf(articles)) {
      views.add(new ArticleView(views.size() + 1, article, lowConfidenceBelow));
    }
    return views;
  }

  private void writeSections(Appendable out, List<ArticleView> views) throws IOException {
    writeSummary(out, views);
    out.append("<section id=\"articles\" aria-labelledby=\"articles-h\">\n")
        .append("<h2 id=\"articles-h\">Articles</h2>\n");
    for (ArticleView view : views) {
      writeArticle(out, view);
    }
    out.append("</section>\n");
  }

  private void writeSummary(Appendable out, List<ArticleView> views) throws IOException {
    Map<String, SpeakerRow> rows = new LinkedHashMap<>();
    Map<SpeakerKind, Integer> byKind = new EnumMap<>(SpeakerKind.class);
    int quotes = 0;
    int unattributed = 0;
    int low = 0;
    int failed = 0;
    for (ArticleView view : views) {
      if (view.failed()) {
        failed++;
      }
      for (Quote quote : view.quotes()) {
        quotes++;
        if (view.low(quote)) {
          low++;
        }
        Optional<Speaker> speaker = quote.speaker();
        if (speaker.isEmpty()) {
          unattributed++;
          continue;
        }
        Speaker s = speaker.get();
        byKind.merge(s.kind(), 1, Integer::sum);
        if (s.name().isEmpty()) {
          // A pronoun that stands for no one named: the unnamed of all articles are no one speaker.
          continue;
        }
        SpeakerRow row =
            rows.computeIfAbsent(s.kind().name() + '\u0000' + s.name(), k -> new SpeakerRow(s));
        row.quotes++;
        row.articles.add(view.number());
        if (view.low(quote)) {
          row.low++;
        }
        if (row.title.isEmpty()) {
          row.title = s.title();
        }
      }
    }
    List<SpeakerRow> ranked = new ArrayList<>(rows.values());
    ranked.sort(
        Comparator.<SpeakerRow>comparingInt(r -> -r.quotes)
            .thenComparingInt(r -> -r.articles.size())
            .thenComparing(r -> r.name)
            .thenComparing(r -> r.kind));

    out.append("<section id=\"summary\" aria-labelledby=\"summary-h\">\n")
        .append("<h2 id=\"summary-h\">Summary</h2>\n<ul class=\"totals\">\n");
    total(out, "articles", Integer.toString(views.size()), failed == 0 ? "" : failed + " failed");
    total(out, "quotes", Integer.toString(quotes), "");
    total(out, "speakers", Integer.toString(ranked.size()), "across articles");
    total(
        out,
        "low confidence",
        Integer.toString(low),
        "below " + ArticleView.confidence(lowConfidenceBelow));
    total(out, "unattributed", Integer.toString(unattributed), "");
    out.append("</ul>\n<div class=\"summary-grid\">\n<div>\n");

    out.append("<h3 id=\"kinds-h\">Share of quotes by speaker kind</h3>\n<figure>\n");
    writeKindChart(out, byKind, unattributed, quotes);
    out.append("<figcaption>Each speaker is counted once per quotation.</figcaption>\n")
        .append("</figure>\n");

    out.append("<h3 id=\"toc-h\">Quotes per article</h3>\n")
        .append("<table class=\"toc\" aria-labelledby=\"toc-h\">\n")
        .append("<thead><tr><th class=\"n\">#</th><th>Article</th><th class=\"n\">Quotes</th>")
        .append("<th class=\"n\">Speakers</th><th class=\"n\">Low</th>")
        .append("<th class=\"n\">Unattributed</th></tr></thead>\n<tbody>\n");
    for (ArticleView view : views) {
      out.append("<tr><td class=\"n\">").append(Integer.toString(view.number()))
          .append("</td><td><a href=\"#").append(view.anchor()).append("\">");
      Markup.escape(out, view.article().name());
      out.append("</a></td>");
      if (view.failed()) {
        out.append("<td colspan=\"4\" class=\"error\">failed</td></tr>\n");
        continue;
      }
      Set<Integer> speakers = new LinkedHashSet<>();
      int articleLow = 0;
      int articleNone = 0;
      for (Quote quote : view.quotes()) {
        int n = view.speakerNumber(quote);
        if (n == 0) {
          articleNone++;
        } else {
          speakers.add(n);
        }
        if (view.low(quote)) {
          articleLow++;
        }
      }
      cell(out, view.quotes().size());
      cell(out, speakers.size());
      cell(out, articleLow);
      cell(out, articleNone);
      out.append("</tr>\n");
    }
    out.append("</tbody></table>\n</div>\n<div>\n");

    out.append("<h3 id=\"speakers-h\">Speakers by number of quotes</h3>\n")
        .append("<table class=\"speakers\" aria-labelledby=\"speakers-h\">\n")
        .append("<thead><tr><th class=\"n\">Rank</th><th>Speaker</th><th>Kind</th>")
        .append("<th>Title</th><th class=\"n\">Quotes</th><th class=\"n\">Articles</th>")
        .append("<th class=\"n\">Low</th></tr></thead>\n<tbody>\n");
    int rank = 0;
    for (SpeakerRow row : ranked) {
      out.append("<tr><td class=\"n\">").append(Integer.toString(++rank)).append("</td><td>");
      Markup.escape(out, row.name);
      out.append("</td><td>").append(row.kind.name()).append("</td><td>");
      Markup.escape(out, row.title.orElse(""));
      out.append("</td>");
      cell(out, row.quotes);
      cell(out, row.articles.size());
      cell(out, row.low);
      out.append("</tr>\n");
    }
    if (ranked.isEmpty()) {
      out.append("<tr><td colspan=\"7\">No attributed quotation.</td></tr>\n");
    }
    out.append("</tbody></table>\n</div>\n</div>\n");

    out.append("<p class=\"key\"><b>How to read the articles:</b> ")
        .append("<span class=\"badge s0\">1&#160;AB</span><span class=\"q s0\">quoted words")
        .append("</span> a quotation of speaker 1, initials AB (speakers and quotes are numbered")
        .append(" as in the JSON output: speaker <code>id</code>, index in <code>quotes</code>,")
        .append(" from 0); ")
        .append("<span class=\"cue\">said</span> the cue; ")
        .append("<span class=\"mention s0\">Ana Bell</span> the speaker mention; ")
        .append("<span class=\"badge sx\">?</span><span class=\"q sx\">words</span> no speaker; ")
        .append("<span class=\"flag\">low</span><span class=\"q s0 low\">words</span> an")
        .append(" attribution with a confidence below ")
        .append(ArticleView.confidence(lowConfidenceBelow))
        .append(".</p>\n</section>\n");
  }

  private static void total(Appendable out, String label, String value, String note)
      throws IOException {
    out.append("<li><b>").append(value).append("</b> ").append(label);
    if (!note.isEmpty()) {
      out.append(" <span class=\"key\">(");
      Markup.escape(out, note);
      out.append(")</span>");
    }
    out.append("</li>\n");
  }

  private static void cell(Appendable out, int value) throws IOException {
    out.append("<td class=\"n\">").append(Integer.toString(value)).append("</td>");
  }

  /** Writes a horizontal bar chart: one bar per speaker kind, then one for unattributed ones. */
  private static void writeKindChart(
      Appendable out, Map<SpeakerKind, Integer> byKind, int unattributed, int total)
      throws IOException {
    List<String> labels = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    for (SpeakerKind kind : SpeakerKind.values()) {
      labels.add(kind.name());
      counts.add(byKind.getOrDefault(kind, 0));
    }
    if (unattributed > 0) {
      labels.add("no speaker");
      counts.add(unattributed);
    }
    int rowHeight = 30;
    int labelWidth = 118;
    int barWidth = 230;
    int width = labelWidth + barWidth + 110;
    int height = rowHeight * labels.size() + 4;
    StringBuilder description = new StringBuilder();
    for (int i = 0; i < labels.size(); i++) {
      description
          .append(i == 0 ? "" : "; ")
          .append(labels.get(i))
          .append(": ")
          .append(share(counts.get(i), total));
    }
    out.append("<svg class=\"chart\" role=\"img\" aria-labelledby=\"kinds-title kinds-desc\"")
        .append(" width=\"").append(Integer.toString(width))
        .append("\" height=\"").append(Integer.toString(height))
        .append("\" viewBox=\"0 0 ").append(Integer.toString(width)).append(' ')
        .append(Integer.toString(height)).append("\">\n")
        .append("<title id=\"kinds-title\">Share of quotes by speaker kind</title>\n")
        .append("<desc id=\"kinds-desc\">");
    Markup.escape(out, description);
    out.append("</desc>\n");
    for (int i = 0; i < labels.size(); i++) {
      int y = i * rowHeight + 4;
      int count = counts.get(i);
      int length = total == 0 ? 0 : (int) Math.round((double) barWidth * count / total);
      String colour = Palette.KIND.get(Math.min(i, Palette.KIND.size() - 1));
      out.append("<g class=\"bar\"><text x=\"0\" y=\"").append(Integer.toString(y + 16))
          .append("\">").append(labels.get(i)).append("</text>")
          .append("<rect x=\"").append(Integer.toString(labelWidth)).append("\" y=\"")
          .append(Integer.toString(y + 2)).append("\" width=\"").append(Integer.toString(barWidth))
          .append("\" height=\"18\" rx=\"3\" fill=\"#eef0f3\"/>")
          .append("<rect x=\"").append(Integer.toString(labelWidth)).append("\" y=\"")
          .append(Integer.toString(y + 2)).append("\" width=\"").append(Integer.toString(length))
          .append("\" height=\"18\" rx=\"3\" fill=\"").append(colour).append("\"/>")
          .append("<text x=\"").append(Integer.toString(labelWidth + barWidth + 8))
          .append("\" y=\"").append(Integer.toString(y + 16)).append("\">")
          .append(share(count, total)).append("</text></g>\n");
    }
    out.append("</svg>\n");
  }

  /** Formats a share as "12 (71%)", percentages rounded to whole numbers. */
  private static String share(int count, int total) {
    long percent = total == 0 ? 0 : Math.round(100.0 * count / total);
    return count + " (" + percent + "%)";
  }

  private void writeArticle(Appendable out, ArticleView view) throws IOException {
    String anchor = view.anchor();
    out.append("<section class=\"article\" id=\"").append(anchor)
        .append("\" aria-labelledby=\"").append(anchor).append("-h\">\n<details")
        .append(view.number() <= expandedArticles ? " open" : "")
        .append(">\n<summary><h2 id=\"").append(anchor).append("-h\">")
        .append(Integer.toString(view.number())).append(". ");
    Markup.escape(out, view.article().name());
    out.append("</h2><span class=\"meta\">");
    if (view.failed()) {
      out.append("failed</span></summary>\n<div class=\"body\"><p class=\"error\">");
      Markup.escape(out, view.article().error().orElseThrow());
      out.append("</p></div>\n</details>\n</section>\n");
      return;
    }
    List<Quote> quotes = view.quotes();
    int low = 0;
    for (Quote quote : quotes) {
      low += view.low(quote) ? 1 : 0;
    }
    out.append(count(quotes.size(), "quote", "quotes"))
        .append(" \u00b7 ")
        .append(count(view.speakers().size(), "speaker", "speakers"));
    if (low > 0) {
      out.append(" \u00b7 ").append(Integer.toString(low)).append(" low confidence");
    }
    out.append("</span></summary>\n<div class=\"body\">\n<div class=\"cols\">\n")
        .append("<div class=\"text\" lang=\"en\">");
    view.writeText(out);
    out.append("</div>\n<aside class=\"legend\" aria-label=\"Speakers of article ")
        .append(Integer.toString(view.number())).append("\">\n<h3>Speakers</h3>\n<ol>\n");
    List<Speaker> speakers = view.speakers();
    for (int i = 0; i < speakers.size(); i++) {
      Speaker speaker = speakers.get(i);
      int n = i + 1;
      out.append("<li><span class=\"badge ").append(ArticleView.colour(n)).append("\">");
      Markup.escape(out, ArticleView.badge(speaker));
      out.append("</span> <b>");
      Markup.escape(out, speaker.name());
      out.append("</b><br><span class=\"what\">");
      StringBuilder what = new StringBuilder();
      speaker.title().ifPresent(t -> what.append(t).append(" \u00b7 "));
      speaker.description().ifPresent(d -> what.append(d).append(" \u00b7 "));
      what.append(speaker.kind().name())
          .append(" \u00b7 ")
          .append(count(view.quoteCount(n), "quote", "quotes"));
      Markup.escape(out, what);
      out.append("</span></li>\n");
    }
    if (view.quoteCount(0) > 0) {
      out.append("<li><span class=\"badge sx\">?</span> <b>no speaker</b><br>")
          .append("<span class=\"what\">")
          .append(count(view.quoteCount(0), "quote", "quotes"))
          .append("</span></li>\n");
    }
    out.append("</ol>\n</aside>\n</div>\n");
    if (!quotes.isEmpty()) {
      writeQuoteTable(out, view);
    }
    out.append("</div>\n</details>\n</section>\n");
  }

  private void writeQuoteTable(Appendable out, ArticleView view) throws IOException {
    List<Quote> quotes = view.quotes();
    boolean explained = quotes.stream().anyMatch(quote -> quote.explanation().isPresent());
    out.append("<h3>Quotes</h3>\n<table class=\"quotes\">\n")
        .append("<thead><tr><th class=\"n\">#</th><th>Speaker</th><th>Quote</th><th>Type</th>")
        .append("<th>Channel</th><th>Rule</th><th class=\"n\">Confidence</th>")
        .append(explained ? "<th>Why</th>" : "")
        .append("</tr></thead>\n<tbody>\n");
    for (int q = 0; q < quotes.size(); q++) {
      Quote quote = quotes.get(q);
      int n = view.speakerNumber(quote);
      out.append("<tr id=\"").append(view.quoteAnchor(q)).append("-row\"><td class=\"n\">")
          .append("<a href=\"#").append(view.quoteAnchor(q)).append("\">")
          .append(Integer.toString(q)).append("</a></td><td><span class=\"badge ")
          .append(ArticleView.colour(n)).append("\">");
      Markup.escape(out, view.badge(quote));
      out.append("</span> ");
      Markup.escape(out, n == 0 ? "none" : view.speakers().get(n - 1).name());
      out.append("</td><td>");
      Markup.escape(out, excerpt(quote.text()));
      out.append("</td><td>").append(quote.type().name());
      if (quote.joinedBy().isPresent()) {
        out.append("<br><span class=\"key\">").append(quote.joinedBy().get().name())
            .append("</span>");
      }
      out.append("</td><td>").append(quote.channel().name()).append("</td><td>");
      Markup.escape(out, quote.rule());
      out.append("</td><td class=\"n\">").append(ArticleView.confidence(quote.confidence()));
      if (view.low(quote)) {
        out.append(" <span class=\"flag\">low</span>");
      }
      out.append("</td>");
      if (explained) {
        out.append("<td class=\"why\">");
        if (quote.explanation().isPresent()) {
          writeExplanation(out, quote.explanation().get());
        }
        out.append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody></table>\n");
  }

  /**
   * Writes how a quotation's speaker was decided: each rule asked, what it decided or passed over
   * and why, then how the mention was resolved to the speaker.
   */
  private static void writeExplanation(Appendable out, Explanation explanation) throws IOException {
    out.append("<ol>");
    for (Explanation.RuleTrial trial : explanation.trials()) {
      out.append("<li><code>");
      Markup.escape(out, trial.rule());
      out.append("</code> ").append(trial.decided() ? "<b>decided</b>" : "declined");
      if (!trial.evidence().isEmpty()) {
        out.append(": ");
        Markup.escape(out, trial.evidence());
      }
      for (Explanation.Rejection rejection : trial.rejected()) {
        out.append("<br>passed over \u201c");
        Markup.escape(out, rejection.candidate().text());
        out.append("\u201d: ");
        Markup.escape(out, rejection.reason());
      }
      out.append("</li>");
    }
    out.append("</ol>");
    if (explanation.resolution().isPresent()) {
      Explanation.Resolution resolution = explanation.resolution().get();
      out.append("<span class=\"key\">speaker by ")
          .append(resolution.method().name())
          .append(": \u201c");
      Markup.escape(out, resolution.mention().text());
      out.append('\u201d');
      if (resolution.antecedent().isPresent()) {
        out.append(" \u2192 \u201c");
        Markup.escape(out, resolution.antecedent().get().text());
        out.append('\u201d');
      }
      out.append("</span>");
    }
  }

  /** The first {@value #EXCERPT} characters of a quotation, cut at a word when possible. */
  static String excerpt(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    if (flat.length() <= EXCERPT) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', EXCERPT);
    if (cut < EXCERPT / 2) {
      cut = EXCERPT;
      if (Character.isLowSurrogate(flat.charAt(cut))) {
        cut--;
      }
    }
    return flat.substring(0, cut).strip() + "\u2026";
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** One row of the ranking of speakers: a name and kind, across articles. */
  private static final class SpeakerRow {
    final String name;
    final SpeakerKind kind;
    Optional<String> title;
    int quotes;
    int low;
    final Set<Integer> articles = new LinkedHashSet<>();

    SpeakerRow(Speaker speaker) {
      this.name = speaker.name();
      this.kind = speaker.kind();
      this.title = speaker.title();
    }
  }

  /** Builds an {@link HtmlReport}. Not thread-safe; the report it builds is. */
  public static final class Builder {
    private String title = DEFAULT_TITLE;
    private double lowConfidenceBelow = DEFAULT_LOW_CONFIDENCE;
    private int expandedArticles = DEFAULT_EXPANDED_ARTICLES;

    private Builder() {}

    /**
     * Sets the page title (default {@value HtmlReport#DEFAULT_TITLE}).
     *
     * @param title any text; it is escaped
     * @return this builder
     */
    public Builder title(String title) {
      this.title = requireNonNull(title, "title");
      return this;
    }

    /**
     * Sets the confidence under which an attributed quotation is flagged as low (default {@value
     * HtmlReport#DEFAULT_LOW_CONFIDENCE}: on the README's calibration the attributions below it
     * are right little more than half the time, those above it mostly more than 85% of the time).
     * Unattributed quotations are marked as such, not flagged.
     *
     * @param threshold in {@code [0, 1]}; {@code 0} flags none
     * @return this builder
     * @throws IllegalArgumentException if {@code threshold} is outside {@code [0, 1]}
     */
    public Builder lowConfidenceBelow(double threshold) {
      if (!(threshold >= 0.0 && threshold <= 1.0)) {
        throw new IllegalArgumentException("threshold must lie in [0, 1]: " + threshold);
      }
      this.lowConfidenceBelow = threshold;
      return this;
    }

    /**
     * Sets how many article sections start expanded, from the first (default {@value
     * HtmlReport#DEFAULT_EXPANDED_ARTICLES}); the others start collapsed and open on a click.
     *
     * @param count {@code >= 0}
     * @return this builder
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public Builder expandedArticles(int count) {
      if (count < 0) {
        throw new IllegalArgumentException("count must be >= 0: " + count);
      }
      this.expandedArticles = count;
      return this;
    }

    /**
     * Returns the report.
     *
     * @return an immutable report with this builder's settings
     */
    public HtmlReport build() {
      return new HtmlReport(this);
    }
  }
}
