package io.github.quotekit.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypographyFoldingTest {

  @Test
  void curlyMarksBecomeStraight() {
    assertThat(TypographyFolding.fold("“Don’t go,” she said. ‘Fine.’"))
        .isEqualTo("\"Don't go,\" she said. 'Fine.'");
  }

  @Test
  void lowAndReversedMarksGuillemetsAndPrimesAreFoldedToo() {
    assertThat(TypographyFolding.fold("„a‟ ‚b‛ «c» 6′2″")).isEqualTo("\"a\" 'b' \"c\" 6'2\"");
  }

  @Test
  void singleGuillemetsAndCornerBracketsAreFoldedToo() {
    assertThat(TypographyFolding.fold("‹a› 「b」 『c』")).isEqualTo("'a' \"b\" \"c\"");
  }

  @Test
  void noBreakAndThinSpacesBecomeSpaces() {
    assertThat(TypographyFolding.fold("10\u00A0km\u2009—\u202Fa\u2007b\u200Ac\u2002d\u2003e"))
        .isEqualTo("10 km — a b c d e");
  }

  @Test
  void horizontalBarBecomesAnEmDash() {
    assertThat(TypographyFolding.fold("yes ― no — maybe")).isEqualTo("yes — no — maybe");
  }

  @Test
  void everythingElseIsLeftAlone() {
    String text = "Café Ñandú, 42 km/h; tab\there\nnew line \uD83D\uDE00 \uD800 - – \"x\" 'y'";

    assertThat(TypographyFolding.fold(text)).isEqualTo(text);
  }

  @Test
  void lengthIsKeptSoOffsetsStayValid() {
    String text = "“Ruiz’s\u00A0plan,” ‘she’ said ― «no» 😀";

    String folded = TypographyFolding.fold(text);

    assertThat(folded).hasSameSizeAs(text);
    for (int i = 0; i < text.length(); i++) {
      char original = text.charAt(i);
      if ("“”‘’\u00A0―«»".indexOf(original) < 0) {
        assertThat(folded.charAt(i)).as("offset %d", i).isEqualTo(original);
      }
    }
  }

  @Test
  void longRunsWithoutWhitespaceAreBroken() {
    String run = "a".repeat(TypographyFolding.MAX_RUN);

    assertThat(TypographyFolding.fold(run)).isEqualTo(run);
    assertThat(TypographyFolding.fold(run + "bc " + run + "e"))
        .isEqualTo(run + " c " + run + " ");
    assertThat(TypographyFolding.fold(run + "😀x")).isEqualTo(run + "  x");
    assertThat(TypographyFolding.fold(run.substring(1) + "😀x")).isEqualTo(run.substring(1) + "  x");
    assertThat(TypographyFolding.fold("😀".repeat(1_000))).doesNotContain("😀".repeat(65));
  }

  @Test
  void emptyText() {
    assertThat(TypographyFolding.fold("")).isEmpty();
  }
}
