package io.github.quotekit.internal.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.Span;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class QuoteScannerTest {
  private final QuoteScanner scanner = QuoteScanner.english();

  private List<String> contents(String text) {
    return scanner.scan(text).stream().map(s -> s.content().textIn(text)).toList();
  }

  @Nested
  class SimpleQuotes {
    @Test
    void curlyQuoteIsFoundWithoutItsMarks() {
      String text = "The mayor said: “We will rebuild the bridge by spring.” The council agreed.";

      List<QuotedSegment> segments = scanner.scan(text);

      assertThat(segments).hasSize(1);
      QuotedSegment segment = segments.get(0);
      assertThat(segment.content().textIn(text))
          .isEqualTo("We will rebuild the bridge by spring.");
      assertThat(segment.marked().textIn(text))
          .isEqualTo("“We will rebuild the bridge by spring.”");
      assertThat(segment.paragraph()).isZero();
      assertThat(segment.opened()).isTrue();
      assertThat(segment.closed()).isTrue();
      assertThat(segment.continuesPrevious()).isFalse();
    }

    @Test
    void splitQuoteGivesTwoClosedSegments() {
      String text =
          "“The river rose faster than anyone expected,” said Dana Ortiz, the county engineer."
              + " “We had maybe an hour.”";

      List<QuotedSegment> segments = scanner.scan(text);

      assertThat(contents(text))
          .containsExactly("The river rose faster than anyone expected,", "We had maybe an hour.");
      assertThat(segments).allMatch(QuotedSegment::closed);
      assertThat(segments).noneMatch(QuotedSegment::continuesPrevious);
    }

    @Test
    void contentIsTrimmedButMarkedKeepsTheSpaces() {
      String text = "He shouted “  not again!  ” twice.";

      QuotedSegment segment = scanner.scan(text).get(0);

      assertThat(segment.content().textIn(text)).isEqualTo("not again!");
      assertThat(segment.marked().textIn(text)).isEqualTo("“  not again!  ”");
    }
  }

  @Nested
  class ParagraphConvention {
    @Test
    void quoteRunningOverParagraphsContinuesInEach() {
      String text =
          "“The first week was chaos. Nobody knew where the pumps were.\n\n"
              + "“By the second week we had a rota, and people slept again.\n\n"
              + "“Now we are planning for next year,” Ortiz said.";

      List<QuotedSegment> segments = scanner.scan(text);

      assertThat(contents(text))
          .containsExactly(
              "The first week was chaos. Nobody knew where the pumps were.",
              "By the second week we had a rota, and people slept again.",
              "Now we are planning for next year,");
      assertThat(segments).extracting(QuotedSegment::paragraph).containsExactly(0, 1, 2);
      assertThat(segments).extracting(QuotedSegment::closed).containsExactly(false, false, true);
      assertThat(segments)
          .extracting(QuotedSegment::continuesPrevious)
          .containsExactly(false, true, true);
      assertThat(segments.get(0).marked().textIn(text))
          .isEqualTo("“The first week was chaos. Nobody knew where the pumps were.");
    }

    @Test
    void closedQuoteIsNotContinued() {
      String text = "“The levee held,” she said.\n\n“We were lucky.”";

      assertThat(scanner.scan(text))
          .extracting(QuotedSegment::continuesPrevious)
          .containsExactly(false, false);
    }

    @Test
    void paragraphWithoutQuoteBreaksTheContinuation() {
      String text = "“The levee held.\n\nOfficials disagreed.\n\n“We were lucky.”";

      assertThat(scanner.scan(text))
          .extracting(QuotedSegment::continuesPrevious)
          .containsExactly(false, false);
    }

    @Test
    void quoteOpeningMidParagraphDoesNotContinue() {
      String text = "“The levee held.\n\nShe added: “We were lucky.”";

      assertThat(scanner.scan(text))
          .extracting(QuotedSegment::continuesPrevious)
          .containsExactly(false, false);
    }

    @Test
    void straightQuotesFollowTheSameConvention() {
      String text = "\"We start at six.\n\n\"We finish when it is done,\" the foreman said.";

      List<QuotedSegment> segments = scanner.scan(text);

      assertThat(contents(text)).containsExactly("We start at six.", "We finish when it is done,");
      assertThat(segments).extracting(QuotedSegment::closed).containsExactly(false, true);
      assertThat(segments)
          .extracting(QuotedSegment::continuesPrevious)
          .containsExactly(false, true);
    }
  }

  @Nested
  class SingleQuotes {
    @Test
    void nestedSingleQuotesArePartOfTheContent() {
      String text = "“When the siren went off, my son shouted ‘run’ and we ran,” she said.";

      assertThat(contents(text))
          .containsExactly("When the siren went off, my son shouted ‘run’ and we ran,");
    }

    @Test
    void nestedStraightSingleQuotesArePartOfTheContent() {
      String text = "\"He told us 'stay inside' and hung up,\" the neighbour said.";

      assertThat(contents(text)).containsExactly("He told us 'stay inside' and hung up,");
    }

    @Test
    void topLevelSingleQuotesAreNotQuotations() {
      assertThat(scanner.scan("Mayor calls flood plan 'a disgrace'")).isEmpty();
      assertThat(scanner.scan("Residents call it ‘the long night’ now.")).isEmpty();
    }

    @Test
    void apostrophesNeverStartAQuotation() {
      assertThat(scanner.scan("The '90s were kind to rock 'n' roll, and Jones' band didn't mind."))
          .isEmpty();
      assertThat(scanner.scan("It’s the ’90s again at the owners’ club, isn’t it?")).isEmpty();
    }

    @Test
    void apostrophesInsideAQuotationDoNotEndIt() {
      String text = "“We didn't think it'd rain like that,” he said.";

      assertThat(contents(text)).containsExactly("We didn't think it'd rain like that,");
    }
  }

  @Nested
  class StraightQuotes {
    @Test
    void aStraightMarkRightAfterSentencePunctuationOpensBeforeALetter() {
      String text = "Rep. Ana Ruiz:\"Who told you that?\" The crowd left.\"We stay,\" she said.";

      assertThat(contents(text)).containsExactly("Who told you that?", "We stay,");
      assertThat(contents("It was 5.\"5 and 6,\"7 inches.")).isEmpty();
    }

    @Test
    void pairOfStraightQuotes() {
      String text = "She called it \"a turning point\" and left.";

      QuotedSegment segment = scanner.scan(text).get(0);

      assertThat(segment.content().textIn(text)).isEqualTo("a turning point");
      assertThat(segment.marked().textIn(text)).isEqualTo("\"a turning point\"");
      assertThat(segment.closed()).isTrue();
    }

    @Test
    void opensAfterBracketOrDash() {
      assertThat(contents("The plan (\"a mess\") was dropped.")).containsExactly("a mess");
      assertThat(contents("He turned—\"Not now,\" he said.")).containsExactly("Not now,");
      assertThat(contents("\"Start of text\" counts too.")).containsExactly("Start of text");
    }

    @Test
    void markAfterAWordDoesNotOpen() {
      String text = "He stood 6'2\" tall and said \"hello there.\"";

      assertThat(contents(text)).containsExactly("hello there.");
    }

    @Test
    void markBeforeASpaceDoesNotOpen() {
      assertThat(scanner.scan("Pipes of 3\" and 5\" were used \" here.")).isEmpty();
    }

    @Test
    void mixedCurlyOpeningAndStraightClosingIsAccepted() {
      String text = "“Mixed marks happen\" in hurried copy, she said.";

      List<QuotedSegment> segments = scanner.scan(text);

      assertThat(contents(text)).containsExactly("Mixed marks happen");
      assertThat(segments.get(0).closed()).isTrue();
    }
  }

  @Nested
  class UnbalancedMarks {
    @Test
    void openingMarkWhileOpenEndsThePendingSegment() {
      String text = "“We will not leave. “They cannot make us,” she said.";

      List<QuotedSegment> segments = scanner.scan(text);

      assertThat(contents(text)).containsExactly("We will not leave.", "They cannot make us,");
      assertThat(segments).extracting(QuotedSegment::closed).containsExactly(false, true);
      assertThat(segments)
          .extracting(QuotedSegment::continuesPrevious)
          .containsExactly(false, false);
    }

    @Test
    void quoteLeftOpenEndsWithItsParagraph() {
      String text = "He said “this is not over \n\nNobody answered.";

      List<QuotedSegment> segments = scanner.scan(text);

      assertThat(contents(text)).containsExactly("this is not over");
      assertThat(segments.get(0).closed()).isFalse();
      assertThat(segments.get(0).marked().textIn(text)).isEqualTo("“this is not over");
    }

    @Test
    void strayClosingMarksAreIgnored() {
      String text = "The report” was late. “Fine,” he said.”";

      assertThat(contents(text)).containsExactly("Fine,");
      assertThat(scanner.scan("” ” ”")).isEmpty();
    }

    @Test
    void loneStraightMarkAtEndIsIgnored() {
      assertThat(scanner.scan("The sign just said \"")).isEmpty();
    }

    @Test
    void emptyQuotesAreDropped() {
      assertThat(scanner.scan("He answered “” and then “   ” again.")).isEmpty();
      assertThat(scanner.scan("An empty \"\" pair.")).isEmpty();
    }
  }

  @Nested
  class LineBreaks {
    @Test
    void lineBreakEndsTheQuoteUnclosed() {
      String text = "“We waited\nfor hours,” she said.";

      List<QuotedSegment> segments = scanner.scan(text);

      assertThat(contents(text)).containsExactly("We waited");
      assertThat(segments.get(0).closed()).isFalse();
      assertThat(segments.get(0).paragraph()).isZero();
    }

    @Test
    void quoteReopenedOnTheNextLineContinues() {
      String text = "“We waited for hours.\r\n“Then the boats came,” she said.";

      List<QuotedSegment> segments = scanner.scan(text);

      assertThat(contents(text)).containsExactly("We waited for hours.", "Then the boats came,");
      assertThat(segments).extracting(QuotedSegment::paragraph).containsExactly(0, 0);
      assertThat(segments)
          .extracting(QuotedSegment::continuesPrevious)
          .containsExactly(false, true);
    }

    @Test
    void everyKindOfLineBreakEndsAQuote() {
      for (String lineBreak : List.of("\r", "\u2028", "\u2029", "\u0085", "\u000B", "\u000C")) {
        String text = "“One" + lineBreak + "two”";

        assertThat(contents(text))
            .as("break U+%04X", (int) lineBreak.charAt(0))
            .containsExactly("One");
      }
    }

    @Test
    void segmentsReportTheirParagraph() {
      String text = "Intro.\n\nShe said “yes”.\n\nHe said “no” and “maybe”.";

      assertThat(scanner.scan(text)).extracting(QuotedSegment::paragraph).containsExactly(1, 2, 2);
    }
  }

  @Nested
  class HardWrappedText {
    private static final String WRAPPED =
        "The council met on Tuesday. “We waited for the pumps\n"
            + "for hours, and nobody came,” said Dana Ortiz, the county\n"
            + "engineer, who lives near the harbor and has seen every\n"
            + "flood since the seventies.\n"
            + "\n"
            + "\"The levee will hold,\" the mayor said. \"It was built\n"
            + "for this.\"";

    @Test
    void aSingleLineBreakDoesNotEndTheQuotation() {
      List<QuotedSegment> segments = scanner.scan(WRAPPED);

      assertThat(contents(WRAPPED))
          .containsExactly(
              "We waited for the pumps\nfor hours, and nobody came,",
              "The levee will hold,",
              "It was built\nfor this.");
      assertThat(segments).allMatch(QuotedSegment::closed);
      assertThat(segments).extracting(QuotedSegment::paragraph).containsExactly(0, 1, 1);
    }

    @Test
    void aBlankLineStillEndsIt() {
      String text =
          "“The first week was chaos, and nobody knew where\n"
              + "the pumps were kept or who had the keys to\n"
              + "the shed by the water, which had flooded\n"
              + "twice.\n"
              + "\n"
              + "“Now we are planning for next year,” Ortiz said.";

      List<QuotedSegment> segments = scanner.scan(text);

      assertThat(segments).extracting(QuotedSegment::closed).containsExactly(false, true);
      assertThat(segments)
          .extracting(QuotedSegment::continuesPrevious)
          .containsExactly(false, true);
      assertThat(segments.get(0).content().textIn(text)).endsWith("had flooded\ntwice.");
    }

    @Test
    void aStraightMarkOpeningALineReopensAnUnclosedQuotation() {
      String text =
          "\"We start at six and we work until the light\n"
              + "\"We finish when it is done,\" the foreman said, and\n"
              + "the crew went back to the trucks parked on\n"
              + "the road.";

      List<QuotedSegment> segments = scanner.scan(text);

      assertThat(contents(text))
          .containsExactly(
              "We start at six and we work until the light", "We finish when it is done,");
      assertThat(segments).extracting(QuotedSegment::closed).containsExactly(false, true);
      assertThat(segments)
          .extracting(QuotedSegment::continuesPrevious)
          .containsExactly(false, true);
    }

    @Test
    void textWrittenOneParagraphALineKeepsEndingQuotationsAtLineBreaks() {
      String text =
          "“We waited for hours and hours until the water came over the wall of the harbor.\n"
              + "The boats came at dawn, long after the first calls for help, she said.\n"
              + "Nobody was hurt.";

      assertThat(Paragraphs.of(text).hardWrapped()).isFalse();
      assertThat(contents(text))
          .containsExactly(
              "We waited for hours and hours until the water came over the wall of the harbor.");
    }
  }

  @Nested
  class SameStyleNesting {
    @Test
    void aCurlyQuotationInsideOneOfTheSameMarksIsPartOfIt() {
      String text = "“I’d rather live in what he calls “hell” than live here,” she said.";

      List<QuotedSegment> segments = scanner.scan(text);

      assertThat(contents(text))
          .containsExactly("I’d rather live in what he calls “hell” than live here,");
      assertThat(segments.get(0).closed()).isTrue();
    }

    @Test
    void anOpeningMarkWithOneClosingMarkAfterItStartsANewQuotation() {
      String text = "“The levee held, she said. “We were lucky,” she added.";

      List<QuotedSegment> segments = scanner.scan(text);

      assertThat(contents(text)).containsExactly("The levee held, she said.", "We were lucky,");
      assertThat(segments).extracting(QuotedSegment::closed).containsExactly(false, true);
    }

    @Test
    void anOpeningMarkWhereOnlyAClosingMarkWouldStandClosesTheQuotation() {
      String text = "They asked for an “expedited review“ of the pipes and “a plan.“";

      List<QuotedSegment> segments = scanner.scan(text);

      assertThat(contents(text)).containsExactly("expedited review", "a plan.");
      assertThat(segments).allMatch(QuotedSegment::closed);
    }

    @Test
    void theSearchForClosingMarksStopsAtTheNextOpeningMark() {
      String text = "“One, “two” three. “Four,” she said.";

      assertThat(contents(text)).containsExactly("One,", "two", "Four,");
    }
  }

  @Nested
  class Robustness {
    @Test
    void emptyAndBlankTextsHaveNoQuotes() {
      assertThat(scanner.scan("")).isEmpty();
      assertThat(scanner.scan(" \n\n\t ")).isEmpty();
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void hugeTextWithoutLineBreaks() {
      String text = "“" + "word ".repeat(2_000_000) + "end";

      List<QuotedSegment> segments = scanner.scan(text);

      assertThat(segments).hasSize(1);
      assertThat(segments.get(0).content()).isEqualTo(Span.of(1, text.length()));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void manyLoneMarks() {
      for (String mark : List.of("\"", "“", "”", "'", "‘", "’", "“ ", "\" ", " \"")) {
        assertThat(scanner.scan(mark.repeat(100_000))).as("mark <%s>", mark).isEmpty();
      }
      assertThat(scanner.scan("“a ".repeat(100_000))).hasSize(100_000);
    }

    @Test
    void surrogatesAndControlCharactersAreJustText() {
      String text = "“\uD800 lone\u0000 \uDFFF\u0007”\uDBFF\"\uDC00";

      assertThat(contents(text)).containsExactly("\uD800 lone\u0000 \uDFFF\u0007");
    }
  }
}
