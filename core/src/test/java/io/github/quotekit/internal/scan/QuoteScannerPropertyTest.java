package io.github.quotekit.internal.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.QuotationMarks;
import io.github.quotekit.QuotationMarks.Style;
import io.github.quotekit.Span;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the invariants that later stages rely on against random articles, with the English
 * double marks and with two apostrophes as a double mark too. Each case is named by its seed;
 * {@link RandomArticles#article(long)} rebuilds the failing text from it.
 */
class QuoteScannerPropertyTest {
  private static final long MASTER_SEED = 0x51_0C_4B_17L;
  private static final String DOUBLE_MARKS = "“”\"";
  private static final String TWO_APOSTROPHES = "''";

  private static final QuoteScanner ENGLISH = QuoteScanner.english();
  private static final QuoteScanner ARCHIVE =
      QuoteScanner.of(QuotationMarks.english().with(Style.DOUBLE_APOSTROPHES));

  static LongStream seeds() {
    return RandomArticles.seeds(MASTER_SEED, 500);
  }

  static Stream<Arguments> seedsAndMarks() {
    return seeds()
        .boxed()
        .flatMap(seed -> Stream.of(Arguments.of(seed, false), Arguments.of(seed, true)));
  }

  private static QuoteScanner scanner(boolean doubleApostrophes) {
    return doubleApostrophes ? ARCHIVE : ENGLISH;
  }

  @ParameterizedTest(name = "seed {0}, double apostrophes {1}")
  @MethodSource("seedsAndMarks")
  void segmentsAreWellFormed(long seed, boolean doubleApostrophes) {
    String text = RandomArticles.article(seed);
    Paragraphs paragraphs = Paragraphs.of(text);

    List<QuotedSegment> segments = scanner(doubleApostrophes).scan(text);

    QuotedSegment previous = null;
    for (QuotedSegment segment : segments) {
      Span content = segment.content();
      Span marked = segment.marked();
      String quoted = content.textIn(text);
      assertThat(marked.end()).isLessThanOrEqualTo(text.length());
      assertThat(marked.contains(content)).isTrue();
      assertThat(quoted).isNotEmpty();
      if (!paragraphs.hardWrapped()) {
        assertThat(quoted).doesNotContain("\n", "\r", "\u2028", "\u2029");
      }
      assertThat(isSpace(quoted.charAt(0))).as("leading space in <%s>", quoted).isFalse();
      assertThat(isSpace(quoted.charAt(quoted.length() - 1)))
          .as("trailing space in <%s>", quoted)
          .isFalse();
      assertThat(isOneNestedQuotationAtMost(quoted, doubleApostrophes))
          .as("double marks inside <%s> other than one nested quotation", quoted)
          .isTrue();
      String opening = withoutSpaces(text.substring(marked.begin(), content.begin()));
      assertThat(isDoubleMark(opening, doubleApostrophes)).as("opening <%s>", opening).isTrue();
      if (segment.closed()) {
        String closing = withoutSpaces(text.substring(content.end(), marked.end()));
        assertThat(isDoubleMark(closing, doubleApostrophes)).as("closing <%s>", closing).isTrue();
      }
      assertThat(segment.opened()).isTrue();
      assertThat(segment.paragraph()).isEqualTo(paragraphs.paragraphOf(content.begin()));
      assertThat(paragraphs.get(segment.paragraph()).contains(marked)).isTrue();
      if (previous != null) {
        assertThat(previous.marked().end()).isLessThanOrEqualTo(marked.begin());
      }
      if (segment.continuesPrevious()) {
        assertThat(previous).isNotNull();
        assertThat(previous.closed()).isFalse();
      }
      previous = segment;
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void detectedMarksScanAsTheMarksDetectedForTheText(long seed) {
    String text = RandomArticles.article(seed);
    QuotationMarks chosen = QuotationMarks.auto().forText(text);

    List<QuotedSegment> segments = QuoteScanner.of(QuotationMarks.auto()).scan(text);

    assertThat(chosen.isDetected()).isFalse();
    assertThat(chosen.styles()).contains(Style.CURLY_DOUBLE, Style.STRAIGHT_DOUBLE);
    assertThat(segments).isEqualTo(QuoteScanner.of(chosen).scan(text));
    for (QuotedSegment segment : segments) {
      assertThat(segment.content().textIn(text))
          .isEqualTo(text.substring(segment.content().begin(), segment.content().end()))
          .isNotBlank();
      assertThat(segment.marked().contains(segment.content())).isTrue();
    }
  }

  @ParameterizedTest(name = "seed {0}, double apostrophes {1}")
  @MethodSource("seedsAndMarks")
  void scanIsDeterministic(long seed, boolean doubleApostrophes) {
    String text = RandomArticles.article(seed);
    QuoteScanner scanner = scanner(doubleApostrophes);

    assertThat(scanner.scan(new String(text.toCharArray()))).isEqualTo(scanner.scan(text));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void scanOfGivenParagraphsIsTheScanOfTheText(long seed) {
    String text = RandomArticles.article(seed);
    QuoteScanner detecting = QuoteScanner.of(QuotationMarks.auto());

    assertThat(detecting.scan(text, Paragraphs.of(text))).isEqualTo(detecting.scan(text));
    assertThat(ENGLISH.scan(text, Paragraphs.of(text))).isEqualTo(ENGLISH.scan(text));
  }

  /** Guards the properties against a generator too tame to reach the interesting cases. */
  @Test
  void articlesExerciseEveryKindOfSegment() {
    List<QuotedSegment> all =
        seeds().mapToObj(RandomArticles::article).flatMap(t -> ENGLISH.scan(t).stream()).toList();

    assertThat(all).hasSizeGreaterThan(1000);
    assertThat(all).anyMatch(QuotedSegment::closed);
    assertThat(all).anyMatch(s -> !s.closed());
    assertThat(all).anyMatch(QuotedSegment::continuesPrevious);
    assertThat(all).anyMatch(s -> s.paragraph() > 0);
  }

  @Test
  void articlesHoldQuotationsBetweenTwoApostrophes() {
    List<String> markedTexts =
        seeds()
            .mapToObj(RandomArticles::article)
            .flatMap(t -> ARCHIVE.scan(t).stream().map(s -> s.marked().textIn(t)))
            .toList();

    assertThat(markedTexts).anyMatch(m -> m.startsWith(TWO_APOSTROPHES));
    assertThat(markedTexts)
        .anyMatch(m -> m.startsWith(TWO_APOSTROPHES) && m.endsWith(TWO_APOSTROPHES));
    assertThat(markedTexts).anyMatch(m -> m.startsWith("\"") && m.endsWith(TWO_APOSTROPHES));
  }

  /**
   * Returns true when the double marks inside a segment's content are none, or the opening and
   * the closing mark of one quotation nested in it (which two apostrophes may close).
   */
  private static boolean isOneNestedQuotationAtMost(String quoted, boolean doubleApostrophes) {
    String inner = quoted.replaceAll("[^“”\"]", "");
    if (inner.isEmpty()) {
      return true;
    }
    boolean closedByMark = inner.length() == 2 && inner.charAt(1) != '“';
    return inner.charAt(0) == '“' && (closedByMark || doubleApostrophes && inner.length() == 1);
  }

  /** Returns true for a mark of the English double family; for two apostrophes if enabled. */
  private static boolean isDoubleMark(String mark, boolean doubleApostrophes) {
    return mark.length() == 1 && DOUBLE_MARKS.contains(mark)
        || doubleApostrophes && mark.equals(TWO_APOSTROPHES);
  }

  private static String withoutSpaces(String s) {
    StringBuilder kept = new StringBuilder();
    s.chars().filter(c -> !isSpace((char) c)).forEach(c -> kept.append((char) c));
    return kept.toString();
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
