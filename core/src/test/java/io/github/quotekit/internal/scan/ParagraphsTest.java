package io.github.quotekit.internal.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quotekit.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphsTest {

  private static List<String> texts(String text) {
    return Paragraphs.of(text).stream().map(span -> span.textIn(text)).toList();
  }

  @Test
  void blankLinesSeparateParagraphs() {
    String text = "The storm hit at dawn.\n\nCrews worked all day.\n\n\n\nPower is back.";

    assertThat(texts(text))
        .containsExactly("The storm hit at dawn.", "Crews worked all day.", "Power is back.");
  }

  @Test
  void linesOfSpacesAndTabsCountAsBlank() {
    String text = "First report.\n  \t \nSecond report.\n\u00A0\nThird report.";

    assertThat(texts(text)).containsExactly("First report.", "Second report.", "Third report.");
  }

  @Test
  void singleLineBreakKeepsParagraphTogether() {
    String text = "A hard-wrapped line\nthat goes on here.\n\nNext one.";

    assertThat(texts(text)).containsExactly("A hard-wrapped line\nthat goes on here.", "Next one.");
  }

  @Test
  void shortLinesCutMidSentenceMakeAHardWrappedText() {
    String text =
        "The council met on Tuesday to discuss the\n"
            + "harbor, which has been closed since the\n"
            + "storm.\n\n"
            + "Crews worked through the night to clear\n"
            + "the channel before the ferries return.";

    assertThat(Paragraphs.of(text).hardWrapped()).isTrue();
    assertThat(texts(text)).hasSize(2);
  }

  @Test
  void paragraphsWrittenOneALineAreNotHardWrapped() {
    String text =
        "Harbor reopens\n"
            + "The council voted on Tuesday to reopen the harbor after three weeks of repairs.\n"
            + "“We are ready,” the harbor master said.\n"
            + "Ferries return on Monday, and the fish market opens a day later.";

    assertThat(Paragraphs.of(text).hardWrapped()).isFalse();
  }

  @Test
  void longLinesAreParagraphsEvenWithoutFinalPunctuation() {
    String line = "word ".repeat(30).strip();
    String text = line + "\n" + line + "\n" + line + "\n" + line + "\nend.";

    assertThat(Paragraphs.of(text).hardWrapped()).isFalse();
  }

  @Test
  void fewerThanThreeWrappedLinesAreTooFewToTell() {
    assertThat(Paragraphs.of("Harbor reopens\nFerries return on Monday.").hardWrapped()).isFalse();
    assertThat(Paragraphs.of("one\ntwo\nthree\nfour.").hardWrapped()).isTrue();
    assertThat(Paragraphs.of("").hardWrapped()).isFalse();
    assertThat(Paragraphs.of("one\n\ntwo\n\nthree\n\nfour").hardWrapped()).isFalse();
  }

  @Test
  void windowsLineEndingsAreUnderstood() {
    String text = "Line one\r\nstill one.\r\n\r\nParagraph two.\r\n";

    assertThat(texts(text)).containsExactly("Line one\r\nstill one.", "Paragraph two.");
  }

  @Test
  void surroundingWhitespaceIsTrimmedAndEmptyParagraphsSkipped() {
    String text = "\n\n   Indented start.  \n\n \n\t  Tail with spaces.   \n\n\n";

    assertThat(Paragraphs.of(text))
        .containsExactly(Span.of(5, 20), Span.of(29, 46));
    assertThat(texts(text)).containsExactly("Indented start.", "Tail with spaces.");
  }

  @Test
  void textWithoutWordsHasNoParagraphs() {
    assertThat(Paragraphs.of("")).isEmpty();
    assertThat(Paragraphs.of(" \n\n\t \r\n ")).isEmpty();
  }

  @Test
  void paragraphOfFindsHoldingOrPrecedingParagraph() {
    String text = "Alpha.\n\nBeta.\n\nGamma.";
    Paragraphs paragraphs = Paragraphs.of(text);

    assertThat(paragraphs.paragraphOf(0)).isZero();
    assertThat(paragraphs.paragraphOf(5)).isZero();
    assertThat(paragraphs.paragraphOf(7)).as("in the blank line").isZero();
    assertThat(paragraphs.paragraphOf(text.indexOf("Beta"))).isEqualTo(1);
    assertThat(paragraphs.paragraphOf(text.indexOf("Gamma") + 3)).isEqualTo(2);
    assertThat(paragraphs.paragraphOf(text.length())).isEqualTo(2);
  }

  @Test
  void paragraphOfBeforeFirstParagraphIsMinusOne() {
    assertThat(Paragraphs.of("\n\n  Late start.").paragraphOf(1)).isEqualTo(-1);
    assertThat(Paragraphs.of("").paragraphOf(0)).isEqualTo(-1);
  }

  @Test
  void listIsImmutable() {
    Paragraphs paragraphs = Paragraphs.of("One.\n\nTwo.");

    assertThatThrownBy(() -> paragraphs.set(0, Span.of(0, 1)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> paragraphs.add(Span.of(0, 1)))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
