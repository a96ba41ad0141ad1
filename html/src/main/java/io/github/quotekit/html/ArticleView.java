package io.github.quotekit.html;

import io.github.quotekit.Extraction;
import io.github.quotekit.Quote;
import io.github.quotekit.Span;
import io.github.quotekit.Speaker;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One article as the report shows it: its speakers numbered {@code 1, 2, ...} and the article text
 * with its quotations, cues and speaker mentions marked up.
 *
 * <p>The markup is built from the sorted boundaries of all spans, so that any overlap renders as
 * well-nested elements: between two consecutive boundaries the set of covering spans is constant,
 * and the elements open at that point are kept as a stack ordered quote, then mention, then cue
 * (then by begin, longest first). Quotations are outermost, so a cue or mention that crosses the
 * edge of a quotation is split in two, never the quotation; only a quotation that partly overlaps
 * another one (which the extractor does not produce) is split, and its later parts carry the class
 * {@code cont}. Spans are clipped to the text; an empty quotation still gets its badge and an empty
 * highlight, while empty cues and mentions are left out.
 */
final class ArticleView {

  private static final int QUOTE = 0;
  private static final int MENTION = 1;
  private static final int CUE = 2;

  /** The stack order: quotations outermost, then mentions, then cues; then outer spans first. */
  private static final Comparator<Element> NESTING =
      Comparator.<Element>comparingInt(e -> e.layer)
          .thenComparingInt(e -> e.begin)
          .thenComparing(e -> e.end, Comparator.reverseOrder())
          .thenComparingInt(e -> e.seq);

  private final int number;
  private final NamedExtraction article;
  private final double lowBelow;
  private final List<Speaker> speakers = new ArrayList<>();
  private final Map<Integer, Integer> numberById = new HashMap<>();
  private final int[] quotesBySpeaker;

  /**
   * Reads one article.
   *
   * @param number the article's position in the report, from 1
   * @param article the article
   * @param lowBelow the confidence under which an attributed quotation is flagged
   */
  ArticleView(int number, NamedExtraction article, double lowBelow) {
    this.number = number;
    this.article = article;
    this.lowBelow = lowBelow;
    Optional<Extraction> extraction = article.extraction();
    if (extraction.isPresent()) {
      for (Speaker speaker : extraction.get().speakers()) {
        register(speaker);
      }
      // A hand-built extraction may quote a speaker that its list lacks.
      for (Quote quote : extraction.get().quotes()) {
        quote.speaker().ifPresent(this::register);
      }
    }
    quotesBySpeaker = new int[speakers.size() + 1];
    for (Quote quote : quotes()) {
      quotesBySpeaker[speakerNumber(quote)]++;
    }
  }

  private void register(Speaker speaker) {
    if (!numberById.containsKey(speaker.id())) {
      speakers.add(speaker);
      numberById.put(speaker.id(), speakers.size());
    }
  }

  /** The article's position in the report, from 1. */
  int number() {
    return number;
  }

  /** The anchor of the article's section: {@code a1}, {@code a2}, ... */
  String anchor() {
    return "a" + number;
  }

  /** The anchor of quote {@code q}, its index in the JSON output's {@code "quotes"} (from 0). */
  String quoteAnchor(int q) {
    return anchor() + "-q" + q;
  }

  NamedExtraction article() {
    return article;
  }

  boolean failed() {
    return article.extraction().isEmpty();
  }

  List<Quote> quotes() {
    return article.extraction().map(Extraction::quotes).orElse(List.of());
  }

  /** The article's speakers: those of the extraction, then any other quoted one. */
  List<Speaker> speakers() {
    return speakers;
  }

  /** The number of quotations of the speaker numbered {@code n}; 0 for unattributed ones. */
  int quoteCount(int n) {
    return quotesBySpeaker[n];
  }

  /**
   * The speaker's position in {@link #speakers()}, from 1, which picks its colour; 0 for an
   * unattributed quotation. The page shows the speaker's id instead, as the JSON output does.
   */
  int speakerNumber(Quote quote) {
    return quote.speaker().map(s -> numberById.get(s.id())).orElse(0);
  }

  /** Whether the quotation is attributed with a confidence below the threshold. */
  boolean low(Quote quote) {
    return quote.speaker().isPresent() && quote.confidence() < lowBelow;
  }

  /** The colour class of speaker number {@code n}: {@code s0}, {@code s1}, ..., or {@code sx}. */
  static String colour(int n) {
    return n == 0 ? "sx" : "s" + ((n - 1) % Palette.size());
  }

  /** The badge text of a quotation's speaker: id and initials, or "?" when unattributed. */
  String badge(Quote quote) {
    int n = speakerNumber(quote);
    return n == 0 ? "?" : badge(speakers.get(n - 1));
  }

  /**
   * The badge text of a speaker: its {@link Speaker#id()}, the number the JSON output gives it,
   * and its initials.
   */
  static String badge(Speaker speaker) {
    String initials = Palette.initials(speaker.name());
    return initials.isEmpty() ? Integer.toString(speaker.id()) : speaker.id() + "\u00a0" + initials;
  }

  /** Formats a confidence with two or three decimals: 0.96, 0.455, 1.00. */
  static String confidence(double confidence) {
    String text = String.format(Locale.ROOT, "%.3f", confidence);
    return text.endsWith("0") ? text.substring(0, text.length() - 1) : text;
  }

  /** Writes the badge of a quotation, and its low-confidence flag, in front of its highlight. */
  void writeBadge(Appendable out, Quote quote) throws IOException {
    int n = speakerNumber(quote);
    out.append("<span class=\"badge ").append(colour(n)).append("\" title=\"");
    Markup.escape(
        out, n == 0 ? "No speaker" : "Speaker " + speakers.get(n - 1).id() + ": " + speakers.get(n - 1).name());
    out.append("\">");
    Markup.escape(out, badge(quote));
    out.append("</span>");
    if (low(quote)) {
      out.append("<span class=\"flag\" title=\"Low confidence: ")
          .append(confidence(quote.confidence()))
          .append(" &lt; ")
          .append(confidence(lowBelow))
          .append("\">low</span>");
    }
  }

  /** Writes the article text with every quotation, cue and speaker mention marked up. */
  void writeText(Appendable out) throws IOException {
    String text = article.extraction().orElseThrow().text();
    int length = text.length();
    List<Quote> quotes = quotes();

    List<Element> elements = new ArrayList<>();
    List<Element> points = new ArrayList<>();
    Map<Span, Element> marks = new LinkedHashMap<>();
    Map<Span, Element> cues = new LinkedHashMap<>();
    for (int q = 0; q < quotes.size(); q++) {
      Quote quote = quotes.get(q);
      Element element = new Element(QUOTE, quote.span(), length, elements.size() + points.size());
      element.quote = q;
      (element.begin == element.end ? points : elements).add(element);
      int n = speakerNumber(quote);
      quote
          .speakerMention()
          .ifPresent(
              mention -> {
                Element mark =
                    marks.computeIfAbsent(
                        mention.span(), span -> new Element(MENTION, span, length, -1));
                if (mark.title == null) {
                  mark.speaker = n;
                  mark.title =
                      "Speaker mention"
                          + (n == 0
                              ? ""
                              : " of " + speakers.get(n - 1).id() + ": " + speakers.get(n - 1).name());
                }
              });
      quote
          .cue()
          .ifPresent(
              cue -> {
                Element mark =
                    cues.computeIfAbsent(cue.span(), span -> new Element(CUE, span, length, -1));
                if (mark.title == null) {
                  mark.title = "Cue: " + cue.text() + " (" + cue.lemma() + ")";
                }
              });
    }
    for (Element mark : marks.values()) {
      if (mark.begin < mark.end) {
        mark.seq = elements.size();
        elements.add(mark);
      }
    }
    for (Element mark : cues.values()) {
      if (mark.begin < mark.end) {
        mark.seq = elements.size();
        elements.add(mark);
      }
    }

    TreeMap<Integer, List<Element>> starts = new TreeMap<>();
    TreeMap<Integer, List<Element>> ends = new TreeMap<>();
    TreeMap<Integer, List<Element>> pointsAt = new TreeMap<>();
    TreeSet<Integer> boundaries = new TreeSet<>(List.of(0, length));
    for (Element element : elements) {
      starts.computeIfAbsent(element.begin, k -> new ArrayList<>()).add(element);
      ends.computeIfAbsent(element.end, k -> new ArrayList<>()).add(element);
      boundaries.add(element.begin);
      boundaries.add(element.end);
    }
    for (Element point : points) {
      pointsAt.computeIfAbsent(point.begin, k -> new ArrayList<>()).add(point);
      boundaries.add(point.begin);
    }

    TreeSet<Element> active = new TreeSet<>(NESTING);
    List<Element> open = new ArrayList<>();
    Integer at = boundaries.first();
    while (at != null) {
      int position = at;
      active.removeAll(ends.getOrDefault(position, List.of()));
      active.addAll(starts.getOrDefault(position, List.of()));
      List<Element> wanted = new ArrayList<>(active);
      int common = 0;
      while (common < open.size()
          && common < wanted.size()
          && open.get(common) == wanted.get(common)) {
        common++;
      }
      for (int i = open.size() - 1; i >= common; i--) {
        close(out, open.remove(i), position, quotes);
      }
      for (Element point : pointsAt.getOrDefault(position, List.of())) {
        openElement(out, point, position, quotes);
        close(out, point, position, quotes);
      }
      for (int i = common; i < wanted.size(); i++) {
        Element element = wanted.get(i);
        openElement(out, element, position, quotes);
        open.add(element);
      }
      Integer next = boundaries.higher(position);
      if (next != null) {
        Markup.escape(out, text, position, next);
      }
      at = next;
    }
  }

  private void openElement(Appendable out, Element element, int position, List<Quote> quotes)
      throws IOException {
    switch (element.layer) {
      case QUOTE -> {
        Quote quote = quotes.get(element.quote);
        int n = speakerNumber(quote);
        String id = quoteAnchor(element.quote);
        boolean first = position == element.begin;
        if (first) {
          writeBadge(out, quote);
        }
        out.append("<mark class=\"q ")
            .append(colour(n))
            .append(" t-")
            .append(quote.type().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (low(quote)) {
          out.append(" low");
        }
        if (!first) {
          out.append(" cont");
        }
        out.append("\" data-quote=\"").append(Integer.toString(element.quote)).append('"');
        if (first) {
          out.append(" id=\"")
              .append(id)
              .append("\" tabindex=\"0\" aria-describedby=\"")
              .append(id)
              .append("-tip\"");
        }
        out.append('>');
      }
      case MENTION -> {
        out.append("<span class=\"mention ").append(colour(element.speaker)).append("\" title=\"");
        Markup.escape(out, element.title);
        out.append("\">");
      }
      default -> {
        out.append("<span class=\"cue\" title=\"");
        Markup.escape(out, element.title);
        out.append("\">");
      }
    }
  }

  private void close(Appendable out, Element element, int position, List<Quote> quotes)
      throws IOException {
    if (element.layer != QUOTE) {
      out.append("</span>");
      return;
    }
    out.append("</mark>");
    if (position == element.end) {
      writeTip(out, quotes.get(element.quote), element.quote);
    }
  }

  /** Writes the hover and focus panel of quote {@code q} (from 0), right after its highlight. */
  private void writeTip(Appendable out, Quote quote, int q) throws IOException {
    int n = speakerNumber(quote);
    out.append("<span class=\"tip\" role=\"tooltip\" id=\"")
        .append(quoteAnchor(q))
        .append("-tip\">");
    out.append("<span class=\"k\">Quote</span> ").append(Integer.toString(q));
    out.append("<br><span class=\"k\">Speaker</span> ");
    if (n == 0) {
      out.append("none (unattributed)");
    } else {
      Speaker speaker = speakers.get(n - 1);
      Markup.escape(out, badge(speaker) + " \u2014 " + speaker.name());
      if (speaker.title().isPresent()) {
        out.append(", ");
        Markup.escape(out, speaker.title().get());
      }
      out.append(" (").append(speaker.kind().name()).append(')');
    }
    out.append("<br><span class=\"k\">Type</span> ").append(quote.type().name());
    out.append(" \u00b7 <span class=\"k\">Channel</span> ").append(quote.channel().name());
    out.append("<br><span class=\"k\">Rule</span> ");
    Markup.escape(out, quote.rule());
    out.append("<br><span class=\"k\">Confidence</span> ")
        .append(confidence(quote.confidence()));
    if (low(quote)) {
      out.append(" <span class=\"flag\">low</span>");
    }
    if (quote.cue().isPresent()) {
      out.append("<br><span class=\"k\">Cue</span> ");
      Markup.escape(out, quote.cue().get().text());
    }
    if (quote.speakerMention().isPresent()) {
      out.append("<br><span class=\"k\">Mention</span> ");
      Markup.escape(out, quote.speakerMention().get().text());
    }
    out.append("<br><span class=\"k\">Group</span> ").append(Integer.toString(quote.group()));
    if (quote.joinedBy().isPresent()) {
      out.append(" (").append(quote.joinedBy().get().name()).append(')');
    }
    out.append("</span>");
  }

  /** A span to mark up: a quotation, a speaker mention or a cue, clipped to the text. */
  private static final class Element {
    final int layer;
    final int begin;
    final int end;
    int seq;
    int quote = -1;
    int speaker;
    String title;

    Element(int layer, Span span, int length, int seq) {
      this.layer = layer;
      this.begin = Math.min(span.begin(), length);
      this.end = Math.min(span.end(), length);
      this.seq = seq;
    }
  }
}
