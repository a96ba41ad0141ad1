package io.github.quotekit.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceRepairTest {

  /** Cuts {@code paragraph} after each of the given strings, as a sentence detector would. */
  private static List<String> repaired(String paragraph, String... pieces) {
    List<opennlp.tools.util.Span> detected = new ArrayList<>();
    int begin = 0;
    for (String piece : pieces) {
      int start = paragraph.indexOf(piece, begin);
      assertThat(start).as("piece <%s>", piece).isNotNegative();
      detected.add(new opennlp.tools.util.Span(start, start + piece.length()));
      begin = start + piece.length();
    }
    List<Span> sentences =
        SentenceRepair.repair(paragraph, detected.toArray(opennlp.tools.util.Span[]::new));
    return sentences.stream().map(s -> s.textIn(paragraph)).toList();
  }

  @Test
  void aHeadlineLineIsASentenceOfItsOwn() {
    String text =
        "Ruiz Says She Will Block The Bill\nAna Ruiz said on Monday that she would block the harbour"
            + " bill in committee.";

    assertThat(repaired(text, text))
        .containsExactly(
            "Ruiz Says She Will Block The Bill",
            "Ana Ruiz said on Monday that she would block the harbour bill in committee.");
  }

  @Test
  void aHardWrappedLineStaysInItsSentence() {
    String text =
        "Ana Ruiz said on Monday that she would block the\n"
            + "harbour bill in committee, where her party holds\n"
            + "a majority of one.";

    assertThat(repaired(text, text)).containsExactly(text);
  }

  @Test
  void splitAfterATitleIsUndone() {
    String text = "Sen. Ana Ruiz, D-Ore., said the bill was dead.";

    assertThat(repaired(text, "Sen.", "Ana Ruiz, D-Ore.", ", said the bill was dead."))
        .containsExactly(text);
  }

  @Test
  void splitBeforeALowerCaseWordIsUndone() {
    String text = "Ana Ruiz, D-Ore. said the bill was dead.";

    assertThat(repaired(text, "Ana Ruiz, D-Ore.", "said the bill was dead.")).containsExactly(text);
  }

  @Test
  void splitAfterAnInitialIsUndone() {
    String text = "Omar J. Vance chaired the hearing.";

    assertThat(repaired(text, "Omar J.", "Vance chaired the hearing.")).containsExactly(text);
  }

  @Test
  void splitAfterAMonthAbbreviationIsUndone() {
    String text = "The vote is on Nov. 18 at noon.";

    assertThat(repaired(text, "The vote is on Nov.", "18 at noon.")).containsExactly(text);
  }

  @Test
  void splitBeforeClosingPunctuationIsUndone() {
    String text = "Rep. Jon Abel (R-Ohio.) voted no.";

    assertThat(repaired(text, "Rep. Jon Abel (R-Ohio.", ") voted no.")).containsExactly(text);
  }

  @Test
  void splitBetweenAQuestionMarkAndItsClosingMarkBeforeALowerCaseAttributionIsUndone() {
    String text = "“Why now?” a narrator asks.";

    assertThat(repaired(text, "“Why now?", "” a narrator asks.")).containsExactly(text);
  }

  @Test
  void aClosingMarkBeforeANewSentenceKeepsTheBoundary() {
    String text = "“Why now?” The spot ends.";

    assertThat(repaired(text, "“Why now?", "” The spot ends.")).hasSize(2);
  }

  @Test
  void realSentenceBoundariesAreKept() {
    String text = "The council voted. Ruiz left early. She did not comment.";

    assertThat(repaired(text, "The council voted.", "Ruiz left early.", "She did not comment."))
        .containsExactly("The council voted.", "Ruiz left early.", "She did not comment.");
  }

  @Test
  void longWordEndingInAPeriodIsNoInitial() {
    String text = "He met Dr. Vance at the port. Vance was late.";

    assertThat(repaired(text, "He met Dr.", "Vance at the port.", "Vance was late."))
        .containsExactly("He met Dr. Vance at the port.", "Vance was late.");
  }

  @Test
  void nothingDetectedGivesNoSentence() {
    assertThat(repaired("")).isEmpty();
  }
}
