package io.github.quotekit.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.internal.rules.ReportedFixture.Found;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportedCueFirstRuleTest {
  private final ReportedCueFirstRule rule = new ReportedCueFirstRule();

  @Test
  void clauseAfterTheCue() {
    assertThat(ReportedFixture.find("Mayor Ana Ruiz said the dredging would start in May.", rule))
        .containsExactly(
            new Found("the dredging would start in May", "Mayor Ana Ruiz", "say",
                "reported-cue-first"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Senator Ada Vance last week said the ferry would run again. | Senator Ada Vance",
        "The harbor master earlier this month told reporters the pier was sound. | The harbor"
            + " master",
        "Ruiz this morning argued that the levy was too high. | Ruiz"
      })
  void anAdjunctOfTimeWithoutPrepositionMayStandBeforeTheCue(String sentence, String source) {
    assertThat(ReportedFixture.find(sentence, rule)).extracting(Found::source)
        .containsExactly(source);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Mayor Quist called for a second ferry landing. | a second ferry landing",
        "Osei warned against any delay to the dredging. | any delay to the dredging",
        "Ruiz asked for a second ferry at the landing. | a second ferry at the landing",
        "Mayor Quist called for calm. | calm"
      })
  void thePrepositionOfAPhrasalSpeechVerbGoesWithTheCue(String sentence, String content) {
    assertThat(ReportedFixture.find(sentence, rule)).extracting(Found::content)
        .containsExactly(content);
  }

  @Test
  void prepositionOfTimeAfterASpeechVerbOpensNoContent() {
    assertThat(ReportedFixture.find("Mayor Quist spoke on Tuesday.", rule)).isEmpty();
    assertThat(ReportedFixture.find("Osei called for hours.", rule)).isEmpty();
  }

  @Test
  void verbsOfCharacterisingReportAStance() {
    assertThat(
            ReportedFixture.find(
                "Ruiz characterized the levy as a tax on the fishing fleet. Osei views the levy as"
                    + " fair.",
                rule))
        .extracting(Found::source, Found::cue)
        .containsExactly(Tuple.tuple("Ruiz", "characterize"), Tuple.tuple("Osei", "view"));
  }

  @Test
  void subordinateClauseThatOpensTheSentenceComesFirst() {
    assertThat(
            ReportedFixture.find(
                "While Ruiz said the pier was safe, the inspectors said it was not.", rule))
        .extracting(Found::content, Found::source)
        .containsExactly(
            Tuple.tuple("the pier was safe", "Ruiz"), Tuple.tuple("it was not", "the inspectors"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "As the Harbor Gazette noted, the ferry lost money for a third year. | the Harbor Gazette",
        "But as Osei pointed out in May, the levy has never been collected. | Osei"
      })
  void anAsClauseWithACueAttributesTheMainClause(String sentence, String source) {
    String main = sentence.substring(sentence.indexOf(", ") + 2, sentence.length() - 1);
    assertThat(ReportedFixture.find(sentence, rule))
        .extracting(Found::content, Found::source)
        .containsExactly(Tuple.tuple(main, source));
  }

  @Test
  void anAsClauseThatGoesOnAfterItsCueAttributesNothing() {
    assertThat(
            ReportedFixture.find(
                "As Osei noted in a letter she sent, the ferry left the harbor.", rule))
        .isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Ruiz told him the pier was safe. | the pier was safe",
        "Ruiz told her staff the pier was safe. | the pier was safe"
      })
  void anObjectPronounAfterToldIsTheListener(String sentence, String content) {
    assertThat(ReportedFixture.find(sentence, rule)).extracting(Found::content)
        .containsExactly(content);
  }

  @Test
  void attributionBeforeWhatLooksLikeTheMainClauseIsRead() {
    assertThat(
            ReportedFixture.find(
                "Just 28 percent of riders said the ferry was too slow, compared with 33 percent"
                    + " last spring.",
                rule))
        .extracting(Found::source, Found::cue)
        .containsExactly(Tuple.tuple("riders", "say"));
  }

  @Test
  void coordinatedAttributionsGiveTwoContents() {
    assertThat(
            ReportedFixture.find(
                "Ruiz said the pier was unsafe, and Osei said it would be repaired in May.", rule))
        .extracting(Found::content, Found::source)
        .containsExactly(
            Tuple.tuple("the pier was unsafe", "Ruiz"),
            Tuple.tuple("it would be repaired in May", "Osei"));
  }

  @Test
  void coordinatedClauseWithItsOwnSubjectEndsTheContent() {
    assertThat(
            ReportedFixture.find(
                "Ruiz said the ferry was late again, and Osei has since sold his season ticket.",
                rule))
        .extracting(Found::content, Found::source)
        .containsExactly(Tuple.tuple("the ferry was late again", "Ruiz"));
  }

  /**
   * Where a content ends: a parenthetical in its subject, before its verb, does not end it; a
   * contrast after its verb does; a coordinated predicate without a subject of its own stays in it.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Ruiz said the mayor, despite her wealth, is better placed to win the dock vote.           | the mayor, despite her wealth, is better placed to win the dock vote
          Ruiz said the mayor was well placed, despite her wealth, to win the dock vote.           | the mayor was well placed
          Ruiz said the ferry was late again, and would be sold in the spring.           | the ferry was late again, and would be sold in the spring
          """)
  void contentEndsAtTheEndOfTheReportedClause(String sentence, String content) {
    assertThat(ReportedFixture.find(sentence, rule))
        .extracting(Found::content)
        .containsExactly(content);
  }

  @Test
  void sentenceFramedByAClosingAttributionIsLeftAlone() {
    assertThat(
            ReportedFixture.find(
                "Ruiz said the pier was unsafe, officials said.", new ReportedCueLastRule(), rule))
        .extracting(Found::rule)
        .containsExactly("reported-cue-last");
  }

  @Test
  void writersReadingHasNoSource() {
    assertThat(ReportedFixture.find("The harbor talks seem to have stalled again.", rule))
        .containsExactly(new Found("to have stalled again", null, "seem", "reported-cue-first"));
  }

  @Test
  void aNounNamedByAParticipleIsNoSpeaker() {
    assertThat(ReportedFixture.find("The form had a box labeled “urgent repairs” on its back.", rule))
        .isNotEmpty()
        .extracting(Found::source)
        .containsOnlyNulls();
  }

  @Test
  void aVerblessPhraseAfterACommaIsNoContent() {
    assertThat(
            ReportedFixture.find(
                "The treasurer explained slowly, line by line. The clerk reported back, item by"
                    + " item. Ruiz said, finally, that the pier would close.",
                rule))
        .extracting(Found::content, Found::source)
        .containsExactly(Tuple.tuple("that the pier would close", "Ruiz"));
  }

  @Test
  void aPrepositionalPhraseIsNoContent() {
    assertThat(
            ReportedFixture.find(
                "Osei pointed at the old cannery. Osei wrote from the pier and said it was"
                    + " sinking.",
                rule))
        .extracting(Found::content, Found::source)
        .containsExactly(Tuple.tuple("it was sinking", "Osei"));
  }

  @Test
  void aParentheticalParticipleIsNoCue() {
    assertThat(ReportedFixture.find("Ruiz, asked about the levy, said it was fair.", rule))
        .extracting(Found::content, Found::source)
        .containsExactly(Tuple.tuple("it was fair", "Ruiz"));
  }

  @Test
  void aParticipleAfterWithHasItsOwnSubject() {
    assertThat(
            ReportedFixture.find(
                "The talks ended on Friday, with Ana Ruiz and Lena Osei each saying the other had"
                    + " walked out.",
                rule))
        .extracting(Found::source)
        .containsExactly("Lena Osei");
  }
}
