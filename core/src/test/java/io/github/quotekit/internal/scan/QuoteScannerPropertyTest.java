package io.github.quotekit.internal.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.Span;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the invariants that later stages rely on against random articles. Each case is named by
 * its seed; {@link RandomArticles#article(long)} rebuilds the failing text from it.
 */
class QuoteScannerPropertyTest {
  private static final long MASTER_SEED = 0x51_0C_4B_17L;
  private static final String DOUBLE_MARKS = "“”\"";

  private final QuoteScanner scanner = QuoteScanner.english();

  static LongStream seeds() {
    return RandomArticles.seeds(MASTER_SEED, 500);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void segmentsAreWellFormed(long seed) {
    String text = RandomArticles.article(seed);
    Paragraphs paragraphs = Paragraphs.of(text);

    List<QuotedSegment> segments = scanner.scan(text);

    QuotedSegment previous = null;
    for (QuotedSegment segment : segments) {
      Span content = segment.content();
      Span marked = segment.marked();
      String quoted = content.textIn(text);
      assertThat(marked.end()).isLessThanOrEqualTo(text.length());
      assertThat(marked.contains(content)).isTrue();
      assertThat(quoted).isNotEmpty().doesNotContain("\n", "\r", "\u2028", "\u2029");
      assertThat(isSpace(quoted.charAt(0))).as("leading space in <%s>", quoted).isFalse();
      assertThat(isSpace(quoted.charAt(quoted.length() - 1)))
          .as("trailing space in <%s>", quoted)
          .isFalse();
      assertThat(quoted.chars().noneMatch(c -> DOUBLE_MARKS.indexOf(c) >= 0))
          .as("double mark inside <%s>", quoted)
          .isTrue();
      assertThat(DOUBLE_MARKS.indexOf(text.charAt(marked.begin()))).isNotNegative();
      if (segment.closed()) {
        assertThat(DOUBLE_MARKS.indexOf(text.charAt(marked.end() - 1))).isNotNegative();
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
  void scanIsDeterministic(long seed) {
    String text = RandomArticles.article(seed);

    assertThat(scanner.scan(new String(text.toCharArray()))).isEqualTo(scanner.scan(text));
  }

  /** Guards the properties against a generator too tame to reach the interesting cases. */
  @Test
  void articlesExerciseEveryKindOfSegment() {
    List<QuotedSegment> all =
        seeds().mapToObj(RandomArticles::article).flatMap(t -> scanner.scan(t).stream()).toList();

    assertThat(all).hasSizeGreaterThan(1000);
    assertThat(all).anyMatch(QuotedSegment::closed);
    assertThat(all).anyMatch(s -> !s.closed());
    assertThat(all).anyMatch(QuotedSegment::continuesPrevious);
    assertThat(all).anyMatch(s -> s.paragraph() > 0);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
