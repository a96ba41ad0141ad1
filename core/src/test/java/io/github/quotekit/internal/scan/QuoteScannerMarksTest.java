package io.github.quotekit.internal.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.quotekit.QuotationMarks;
import io.github.quotekit.QuotationMarks.Style;
import io.github.quotekit.Span;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The quotation marks beyond the English double ones, and the apostrophes that look like them. */
class QuoteScannerMarksTest {
  private static final QuoteScanner ENGLISH = QuoteScanner.english();
  private static final QuoteScanner BRITISH = QuoteScanner.of(QuotationMarks.british());
  private static final QuoteScanner GERMAN = QuoteScanner.of(QuotationMarks.german());
  private static final QuoteScanner FRENCH = QuoteScanner.of(QuotationMarks.french());
  private static final QuoteScanner ALL = QuoteScanner.of(QuotationMarks.all());

  private static List<String> contents(QuoteScanner scanner, String text) {
    return scanner.scan(text).stream().map(s -> s.content().textIn(text)).toList();
  }

  @Test
  void englishMarksGiveTheEnglishScanner() {
    assertThat(QuoteScanner.of(QuotationMarks.english())).isSameAs(QuoteScanner.english());
    assertThatNullPointerException().isThrownBy(() -> QuoteScanner.of(null)).withMessage("marks");
    assertThatNullPointerException().isThrownBy(() -> ENGLISH.scan(null)).withMessage("text");
  }

  @Test
  void englishIgnoresTheOtherMarks() {
    String text = "«Non», „nein”, ‹no›, 「いいえ」 and 'no' are not quotations here.";

    assertThat(ENGLISH.scan(text)).isEmpty();
  }

  @Test
  void noStyleFindsNothing() {
    assertThat(QuoteScanner.of(QuotationMarks.of()).scan("“Yes,” she said. \"No.\"")).isEmpty();
  }

  @Nested
  class Guillemets {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "«We will not back down», Ana Ruiz said.",
          "« We will not back down », Ana Ruiz said.",
          "«\u00A0We will not back down\u00A0», Ana Ruiz said.",
          "«\u202FWe will not back down\u202F», Ana Ruiz said."
        })
    void withAndWithoutSpacesInside(String text) {
      List<QuotedSegment> segments = FRENCH.scan(text);

      assertThat(contents(FRENCH, text)).containsExactly("We will not back down");
      assertThat(segments.get(0).closed()).isTrue();
      assertThat(segments.get(0).marked().textIn(text)).startsWith("«").endsWith("»");
    }

    @Test
    void singleGuillemetsNestInsideDoubleOnes() {
      String text = "« Il a dit ‹ non › hier », a-t-elle dit. ‹Alone›.";

      assertThat(contents(FRENCH, text)).containsExactly("Il a dit ‹ non › hier", "Alone");
    }

    @Test
    void reversedGuillemetsInGermanStyle() {
      String text = "»Wir schaffen das«, sagte sie.";

      assertThat(contents(GERMAN, text)).containsExactly("Wir schaffen das");
    }

    @Test
    void bothDirectionsAtOnceFollowTheContext() {
      assertThat(contents(ALL, "Elle a dit « non » hier. »Nein«, sagte er."))
          .containsExactly("non", "Nein");
      assertThat(contents(ALL, "«Oui», dit-il.")).containsExactly("Oui");
    }
  }

  @Nested
  class LowDoubleMarks {
    @Test
    void germanAndPolishClosingMarks() {
      assertThat(contents(GERMAN, "„Wir schaffen das“, sagte sie.")).containsExactly(
          "Wir schaffen das");
      assertThat(contents(GERMAN, "„Damy radę”, powiedziała.")).containsExactly("Damy radę");
    }

    @Test
    void englishMarksStillWorkNextToGermanOnes() {
      String text = "„Wir schaffen das“, sagte sie. “We will manage,” she said in English.";

      assertThat(contents(GERMAN, text)).containsExactly("Wir schaffen das", "We will manage,");
    }

    @Test
    void germanQuotationNestedInAnEnglishOne() {
      String text = "“He said „hallo“ to me,” she said.";

      assertThat(contents(GERMAN, text)).containsExactly("He said „hallo“ to me,");
    }

    @Test
    void englishOpeningMarkAfterAWordIsAGermanClosingMarkThere() {
      assertThat(contents(ENGLISH, "He wrote“now” twice.")).containsExactly("now");
      assertThat(GERMAN.scan("He wrote“now” twice.")).isEmpty();
    }
  }

  @Nested
  class CornerBrackets {
    @Test
    void cornerBracketsWithWhiteOnesNested() {
      String text = "彼は「私は『いいえ』と言った」と述べた。「はい」";

      assertThat(contents(ALL, text)).containsExactly("私は『いいえ』と言った", "はい");
      assertThat(contents(QuoteScanner.of(QuotationMarks.of(Style.CORNER_BRACKETS)), text))
          .containsExactly("私は『いいえ』と言った", "はい");
    }
  }

  @Nested
  class SingleMarks {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "'We will not back down,' Ana Ruiz said.",
          "‘We will not back down,’ Ana Ruiz said.",
          "Ana Ruiz said: 'We will not back down,' and left.",
          "Ana Ruiz said (‘We will not back down,’) and left."
        })
    void singleQuotations(String text) {
      assertThat(contents(BRITISH, text)).containsExactly("We will not back down,");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "We don't know, and O'Neill won't say.",
          "The '90s and the ’80s were kind to rock 'n' roll.",
          "Jones' band and the Smiths' house, and the players’ union.",
          "He stood 6'2 tall; rock ’n’ roll; 'em and 'til and ’tis.",
          "It's a '60s-era car, isn't it?",
          "Goin' home, the Joneses' dog barked."
        })
    void apostrophesAreNeverQuotationMarks(String text) {
      assertThat(BRITISH.scan(text)).isEmpty();
      assertThat(ALL.scan(text)).isEmpty();
    }

    @Test
    void possessiveBeforeTheClosingMarkIsAnApostrophe() {
      assertThat(contents(BRITISH, "'I met the Joneses' dog on Monday,' she said."))
          .containsExactly("I met the Joneses' dog on Monday,");
      assertThat(contents(BRITISH, "‘The players’ union will strike,’ he said."))
          .containsExactly("The players’ union will strike,");
    }

    @Test
    void possessiveLikeMarkWithNoLaterClosingMarkCloses() {
      assertThat(contents(BRITISH, "He called them 'the bosses' and left."))
          .containsExactly("the bosses");
      assertThat(contents(BRITISH, "He called them 'the bosses' and said 'no.'"))
          .containsExactly("the bosses", "no.");
    }

    @Test
    void apostrophesInsideASingleQuotationDoNotEndIt() {
      String text = "'We didn't think the '90s would come back,' he said. 'Rock 'n' roll!'";

      assertThat(contents(BRITISH, text))
          .containsExactly("We didn't think the '90s would come back,", "Rock 'n' roll!");
    }

    @Test
    void nestedDoubleQuotationIsPartOfTheSingleOne() {
      String text = "'He told us \"stay inside\" and hung up,' the neighbour said.";

      assertThat(contents(BRITISH, text))
          .containsExactly("He told us \"stay inside\" and hung up,");
    }

    @Test
    void nestedSingleQuotationIsPartOfTheDoubleOne() {
      String text = "“He said 'no' and ‘never’ and «non»,” she said.";

      assertThat(contents(ALL, text)).containsExactly("He said 'no' and ‘never’ and «non»,");
    }

    @Test
    void unclosedSingleQuotationIsDroppedForTheQuotationsInsideIt() {
      String text = "The 'burbs said “we will win” on Monday.";

      List<QuotedSegment> segments = BRITISH.scan(text);

      assertThat(contents(BRITISH, text)).containsExactly("we will win");
      assertThat(segments.get(0).closed()).isTrue();
    }

    @Test
    void unclosedSingleQuotationOpeningItsLineRunsOverParagraphs() {
      String text =
          "‘The first week was chaos.\n\n‘Now we are planning for next year,’ Ortiz said.";

      List<QuotedSegment> segments = BRITISH.scan(text);

      assertThat(contents(BRITISH, text))
          .containsExactly("The first week was chaos.", "Now we are planning for next year,");
      assertThat(segments).extracting(QuotedSegment::closed).containsExactly(false, true);
      assertThat(segments)
          .extracting(QuotedSegment::continuesPrevious)
          .containsExactly(false, true);
    }

    @Test
    void singleMarksInEnglishArePartOfTheContentOnly() {
      String text = "“When the siren went off, my son shouted ‘run’,” she said. 'Not quoted.'";

      assertThat(contents(ENGLISH, text))
          .containsExactly("When the siren went off, my son shouted ‘run’,");
    }
  }

  @Nested
  class DoubleApostrophes {
    private final QuoteScanner archive =
        QuoteScanner.of(QuotationMarks.english().with(Style.DOUBLE_APOSTROPHES));
    private final QuoteScanner britishArchive =
        QuoteScanner.of(QuotationMarks.british().with(Style.DOUBLE_APOSTROPHES));

    @Test
    void contentLeavesOutBothApostrophesAndMarkedHoldsThem() {
      String text = "''The harbor will reopen in May,'' said Mayor Ana Ruiz.";
      Span content = Span.of(2, 32);
      Span marked = Span.of(0, 34);

      assertThat(archive.scan(text))
          .containsExactly(new QuotedSegment(content, marked, 0, true, true, false));
      assertThat(content.textIn(text)).isEqualTo("The harbor will reopen in May,");
      assertThat(marked.textIn(text)).isEqualTo("''The harbor will reopen in May,''");
    }

    @Test
    void splitQuotationGivesTwoSegments() {
      String text = "''The pier is safe,'' she said. ''It always was.''";

      assertThat(contents(archive, text)).containsExactly("The pier is safe,", "It always was.");
      assertThat(archive.scan(text))
          .extracting(s -> s.marked().textIn(text))
          .containsExactly("''The pier is safe,''", "''It always was.''");
    }

    @Test
    void theEnglishDefaultIgnoresThem() {
      assertThat(ENGLISH.scan("''The pier is safe,'' she said. ''It always was.''")).isEmpty();
    }

    @Test
    void theyPairWithTheStraightDoubleMark() {
      assertThat(contents(archive, "''Not yet,\" he said.")).containsExactly("Not yet,");
      assertThat(contents(archive, "\"Not yet,'' he said.")).containsExactly("Not yet,");
      assertThat(contents(archive, "“Not yet,'' he said.")).containsExactly("Not yet,");
    }

    @Test
    void nestedSingleQuotationEndingBeforeTheClosingMark() {
      String text = "''They called the plan 'old-school,''' the engineer said.";

      for (QuoteScanner scanner : List.of(archive, britishArchive)) {
        List<QuotedSegment> segments = scanner.scan(text);

        assertThat(segments).hasSize(1);
        assertThat(segments.get(0).content().textIn(text))
            .isEqualTo("They called the plan 'old-school,'");
        assertThat(segments.get(0).marked().textIn(text))
            .isEqualTo("''They called the plan 'old-school,'''");
      }
    }

    @Test
    void nestedSingleQuotationAfterTheOpeningMark() {
      String text = "'''Old-school' was his word,'' the engineer said.";

      assertThat(contents(britishArchive, text)).containsExactly("'Old-school' was his word,");
      assertThat(contents(archive, text)).containsExactly("'Old-school' was his word,");
    }

    @Test
    void unclosedAtTheEndOfItsLine() {
      String text = "''The pumps failed at night\nand nobody came,'' he said. ''Then";

      List<QuotedSegment> segments = archive.scan(text);

      assertThat(contents(archive, text)).containsExactly("The pumps failed at night", "Then");
      assertThat(segments).noneMatch(QuotedSegment::closed);
      assertThat(segments.get(0).marked().textIn(text)).isEqualTo("''The pumps failed at night");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\n\n", "\u2028"})
    void twoApostrophesAreNeverSplitByALineBreak(String lineBreak) {
      String text = "''The dam held'" + lineBreak + "'all night,'' she said.";

      List<QuotedSegment> segments = archive.scan(text);

      assertThat(contents(archive, text)).containsExactly("The dam held'");
      assertThat(segments.get(0).closed()).isFalse();
      assertThat(segments.get(0).marked().end()).isEqualTo(text.indexOf(lineBreak));
    }

    @Test
    void withSingleMarksTheyStayADoubleMarkAndApostrophesStayWords() {
      String text =
          "''We don't know Jones' plans for the '90s,'' she said, and added 'not yet.'";

      assertThat(contents(britishArchive, text))
          .containsExactly("We don't know Jones' plans for the '90s,", "not yet.");
      assertThat(contents(britishArchive, "''He told us 'stay inside' and left,'' she said."))
          .containsExactly("He told us 'stay inside' and left,");
      assertThat(contents(britishArchive, "'He told us ''stay inside'' and left,' she said."))
          .containsExactly("He told us ''stay inside'' and left,");
    }

    @Test
    void theyDoNotOpenWhereNoOpeningMarkWouldStand() {
      assertThat(archive.scan("It was 6'' long and the pipe '' was empty.")).isEmpty();
    }
  }

  @Nested
  class Backticks {
    private final QuoteScanner latex =
        QuoteScanner.of(QuotationMarks.english().with(Style.BACKTICKS));

    @Test
    void twoGraveAccentsOpenAndTwoApostrophesClose() {
      String text = "``The harbor will reopen in May,'' said Mayor Ana Ruiz.";

      List<QuotedSegment> segments = latex.scan(text);

      assertThat(contents(latex, text)).containsExactly("The harbor will reopen in May,");
      assertThat(segments.get(0).marked().textIn(text))
          .isEqualTo("``The harbor will reopen in May,''");
    }

    @Test
    void treebankSpacingAndTheOtherDoubleMarksAreAccepted() {
      assertThat(contents(latex, "`` Not yet , '' he said .")).containsExactly("Not yet ,");
      assertThat(contents(latex, "``Not yet,\" he said.")).containsExactly("Not yet,");
      assertThat(contents(latex, "``Not yet,” he said.")).containsExactly("Not yet,");
    }

    @Test
    void twoApostrophesDoNotOpenAndALoneGraveAccentIsText() {
      assertThat(latex.scan("He said ''no'' twice.")).isEmpty();
      assertThat(latex.scan("Run `make` and wait.")).isEmpty();
      assertThat(ENGLISH.scan("``Not yet,'' he said.")).isEmpty();
    }
  }

  @Nested
  class LinearTime {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "'", "‘", "’", "«", "»", "„", "‹", "›", "「", "」", "' ", " '", "'a s' ", "'a ",
          "« ", " »", "„a “", "「a", "'x s' y ", "s' 'a ", "“a 'b ", "''", "'''", "''a ", "a'' ",
          "''a 'b ", "``", "``a ", "“a “b ", "“a\n", "“a\n\"b ", "a \n ", "“ \n”"
        })
    void hundredThousandMarksOnOneLine(String pattern) {
      String text = pattern.repeat(100_000);

      List<QuotedSegment> segments =
          assertTimeoutPreemptively(Duration.ofSeconds(10), () -> ALL.scan(text));

      for (QuotedSegment segment : segments) {
        assertThat(segment.marked().end()).isLessThanOrEqualTo(text.length());
      }
    }

    @Test
    void possessivesWithoutClosingMarksStayLinear() {
      String text = "'" + "the Joneses' dog ".repeat(500_000);

      List<QuotedSegment> segments =
          assertTimeoutPreemptively(Duration.ofSeconds(10), () -> BRITISH.scan(text));

      assertThat(segments).hasSize(1);
      assertThat(segments.get(0).content()).isEqualTo(Span.of(1, 12));
    }
  }

  @Nested
  class Properties {
    static LongStream seeds() {
      return RandomArticles.seeds(0x4D_41_52_4BL, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void segmentsAreWellFormedWithEveryStyle(long seed) {
      String text = RandomArticles.article(seed);
      Paragraphs paragraphs = Paragraphs.of(text);

      List<QuotedSegment> segments = ALL.scan(text);

      QuotedSegment previous = null;
      for (QuotedSegment segment : segments) {
        String quoted = segment.content().textIn(text);
        assertThat(segment.marked().end()).as("seed %d", seed).isLessThanOrEqualTo(text.length());
        assertThat(segment.marked().contains(segment.content())).isTrue();
        assertThat(quoted).isNotBlank();
        if (!paragraphs.hardWrapped()) {
          assertThat(quoted).doesNotContain("\n", "\r", "\u2028", "\u2029");
        }
        assertThat(Paragraphs.isSpace(quoted.charAt(0))).isFalse();
        assertThat(Paragraphs.isSpace(quoted.charAt(quoted.length() - 1))).isFalse();
        assertThat(paragraphs.get(segment.paragraph()).contains(segment.marked())).isTrue();
        if (previous != null) {
          assertThat(previous.marked().end()).isLessThanOrEqualTo(segment.marked().begin());
        }
        previous = segment;
      }
      assertThat(ALL.scan(new String(text.toCharArray()))).isEqualTo(segments);
    }
  }
}
