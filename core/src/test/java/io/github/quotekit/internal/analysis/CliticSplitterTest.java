package io.github.quotekit.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CliticSplitterTest {

  private static List<TaggedWord> split(TaggedWord word) {
    List<TaggedWord> out = new ArrayList<>();
    CliticSplitter.split(word, out);
    return out;
  }

  @Test
  void fusedPossessiveIsSplitIntoNameAndClitic() {
    assertThat(split(new TaggedWord("Ruiz's", "PROPN+PART", 10, 16)))
        .containsExactly(
            new TaggedWord("Ruiz", "PROPN", 10, 14), new TaggedWord("'s", "PART", 14, 16));
  }

  @Test
  void fusedNegationIsSplit() {
    assertThat(split(new TaggedWord("wasn't", "AUX+PART", 0, 6)))
        .containsExactly(new TaggedWord("was", "AUX", 0, 3), new TaggedWord("n't", "PART", 3, 6));
  }

  @Test
  void otherFusedCliticsAreSplit() {
    assertThat(split(new TaggedWord("we'll", "PRON+AUX", 5, 10)))
        .containsExactly(new TaggedWord("we", "PRON", 5, 7), new TaggedWord("'ll", "AUX", 7, 10));
    assertThat(split(new TaggedWord("Jones'", "PROPN+PART", 0, 6)))
        .containsExactly(new TaggedWord("Jones", "PROPN", 0, 5), new TaggedWord("'", "PART", 5, 6));
  }

  @Test
  void cantAndWontStayWholeWithTheFirstTag() {
    assertThat(split(new TaggedWord("can't", "AUX+PART", 0, 5)))
        .containsExactly(new TaggedWord("can't", "AUX", 0, 5));
    assertThat(split(new TaggedWord("Won't", "AUX+PART", 0, 5)))
        .containsExactly(new TaggedWord("Won't", "AUX", 0, 5));
  }

  @Test
  void fusedTagWithoutKnownCliticKeepsTheWordWithTheFirstTag() {
    assertThat(split(new TaggedWord("gonna", "VERB+PART", 3, 8)))
        .containsExactly(new TaggedWord("gonna", "VERB", 3, 8));
  }

  @Test
  void capitalisedPossessiveWithASingleTagIsSplitToo() {
    assertThat(split(new TaggedWord("Ruiz's", "PROPN", 20, 26)))
        .containsExactly(
            new TaggedWord("Ruiz", "PROPN", 20, 24), new TaggedWord("'s", "PART", 24, 26));
  }

  @Test
  void lowerCasePossessiveTaggedAsPunctuationIsANounAndItsClitic() {
    assertThat(split(new TaggedWord("board's", "PUNCT", 12, 19)))
        .containsExactly(
            new TaggedWord("board", "NOUN", 12, 17), new TaggedWord("'s", "PART", 17, 19));
    TaggedWord digits = new TaggedWord("1990's", "PUNCT", 0, 6);
    assertThat(split(digits)).containsExactly(digits);
  }

  @Test
  void lowerCaseWordWithASingleTagIsLeftAlone() {
    TaggedWord word = new TaggedWord("it's", "PRON", 0, 4);

    assertThat(split(word)).containsExactly(word);
  }

  @Test
  void plainWordIsLeftAlone() {
    TaggedWord word = new TaggedWord("harbor", "NOUN", 7, 13);

    assertThat(split(word)).containsExactly(word);
  }

  @Test
  void bareCliticIsNotSplitIntoAnEmptyWord() {
    assertThat(split(new TaggedWord("'s", "PART+PART", 0, 2)))
        .containsExactly(new TaggedWord("'s", "PART", 0, 2));
    TaggedWord apostropheS = new TaggedWord("'s", "PART", 0, 2);
    assertThat(split(apostropheS)).containsExactly(apostropheS);
  }

  @Test
  void splitPartsCoverTheWordExactly() {
    for (String word : List.of("Ortiz's", "didn't", "they're", "I'm", "we've", "she'd")) {
      List<TaggedWord> parts = split(new TaggedWord(word, "X+Y", 100, 100 + word.length()));

      assertThat(parts).as(word).hasSize(2);
      assertThat(parts.get(0).begin()).isEqualTo(100);
      assertThat(parts.get(0).end()).isEqualTo(parts.get(1).begin());
      assertThat(parts.get(1).end()).isEqualTo(100 + word.length());
      assertThat(parts.get(0).text() + parts.get(1).text()).isEqualTo(word);
    }
  }
}
