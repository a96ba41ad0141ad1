package io.github.quotekit.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.Channel;
import io.github.quotekit.Cue;
import io.github.quotekit.Mention;
import io.github.quotekit.Quote;
import io.github.quotekit.QuoteType;
import io.github.quotekit.Span;
import io.github.quotekit.Speaker;
import io.github.quotekit.SpeakerKind;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Hand-built speakers and quotes, and checks shared by the tests. */
final class Fixtures {

  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>");

  private static final List<String> VOID =
      List.of("br", "meta", "rect", "img", "hr", "input", "link");

  private Fixtures() {}

  static Speaker speaker(int id, String name, SpeakerKind kind, String title) {
    return new Speaker(
        id,
        name,
        kind,
        Optional.ofNullable(title),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of());
  }

  /** A quote of {@code text[begin, end)} with an optional cue and mention ({@code null}: none). */
  static Quote quote(
      String text,
      int begin,
      int end,
      Span cue,
      Span mention,
      Speaker speaker,
      double confidence,
      int group) {
    return new Quote(
        text.substring(Math.min(begin, text.length()), Math.min(end, text.length())),
        Span.of(begin, end),
        QuoteType.DIRECT,
        List.of(Span.of(begin, end)),
        Optional.ofNullable(cue).map(s -> new Cue(s, s.textIn(text), "say")),
        Optional.ofNullable(mention).map(s -> new Mention(s, s.textIn(text))),
        Optional.ofNullable(speaker),
        confidence,
        speaker == null ? Quote.UNATTRIBUTED : "test-rule",
        speaker == null ? Channel.UNSPECIFIED : Channel.SPOKEN,
        group,
        Optional.empty(),
        Optional.empty());
  }

  /** The span of the first occurrence of {@code words} in {@code text}. */
  static Span find(String text, String words) {
    int at = text.indexOf(words);
    assertThat(at).as("'%s' in the text", words).isNotNegative();
    return Span.of(at, at + words.length());
  }

  /** The article text as shown: the text of its element without badges, flags and tips. */
  static String shownText(Element text) {
    Element copy = text.clone();
    copy.select(".badge, .flag, .tip").remove();
    return copy.wholeText();
  }

  /** The text of article {@code n}'s body. */
  static Element textOf(Document page, int n) {
    Element text = page.selectFirst("#a" + n + " .text");
    assertThat(text).as("text of article %d", n).isNotNull();
    return text;
  }

  /**
   * Checks that the raw markup between {@code from} and {@code to} is well nested: every element
   * is closed, in order. Browsers would silently repair bad nesting, so this reads the source.
   */
  static void assertWellNested(String html, String from, String to) {
    int begin = html.indexOf(from);
    int end = html.indexOf(to, begin);
    assertThat(begin).isNotNegative();
    assertThat(end).isGreaterThan(begin);
    Deque<String> open = new ArrayDeque<>();
    Matcher tag = TAG.matcher(html.substring(begin + from.length(), end));
    while (tag.find()) {
      String name = tag.group(2).toLowerCase(java.util.Locale.ROOT);
      if (VOID.contains(name) || !tag.group(3).isEmpty()) {
        continue;
      }
      if (tag.group(1).isEmpty()) {
        open.push(name);
      } else {
        assertThat(open).as("closing </%s> at %d", name, tag.start()).isNotEmpty();
        assertThat(open.pop()).as("closing </%s> at %d", name, tag.start()).isEqualTo(name);
      }
    }
    assertThat(open).as("unclosed elements").isEmpty();
  }
}
