package io.github.quotekit.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.internal.rules.ReportedFixture.Found;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportedFollowUpRuleTest {
  private final ReportedFollowUpRule rule = new ReportedFollowUpRule();
  private final ReportedCueFirstRule cueFirst = new ReportedCueFirstRule();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Ruiz said the pier was unsafe, adding that repairs would take a year. | the pier was"
            + " unsafe | say | that repairs would take a year | add",
        "Ruiz declined to name the contractor but said the repairs would start soon. | to name"
            + " the contractor | decline | the repairs would start soon | say",
        "Ruiz said the pier was unsafe — adding that repairs would take a year. | the pier"
            + " was unsafe | say | that repairs would take a year | add",
        "Ruiz said the pier was unsafe and insisting that repairs would take a year. | the pier"
            + " was unsafe | say | that repairs would take a year | insist"
      })
  void furtherCueCarriesTheSpeakerOver(
      String sentence, String first, String firstCue, String second, String secondCue) {
    assertThat(ReportedFixture.find(sentence, rule, cueFirst))
        .containsExactly(
            new Found(first, "Ruiz", firstCue, "reported-cue-first"),
            new Found(second, "Ruiz", secondCue, "reported-follow-up"));
  }

  @Test
  void andBetweenTwoParticiplesOfTheContentIsNoFurtherCue() {
    assertThat(
            ReportedFixture.find(
                "Ruiz said the crews were clearing the pier and offering rides to stranded riders.",
                rule, cueFirst))
        .containsExactly(
            new Found(
                "the crews were clearing the pier and offering rides to stranded riders", "Ruiz",
                "say", "reported-cue-first"));
  }

  @Test
  void secondFiniteVerbAfterAnd() {
    assertThat(
            ReportedFixture.find(
                "Ruiz posted a photograph of the pier and said it had been damaged.",
                rule, cueFirst))
        .extracting(Found::content, Found::rule)
        .contains(
            org.assertj.core.groups.Tuple.tuple("it had been damaged", "reported-follow-up"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Osei praised the levy in May but has since said it is too high. | it is too high",
        "Ruiz declined to name the contractor and later told reporters the work was done. | the"
            + " work was done",
        "Ruiz confirmed the delay but would not say whether the pier would reopen. | whether the"
            + " pier would reopen"
      })
  void adverbsAndAuxiliariesMayStandBetweenTheConjunctionAndTheCue(
      String sentence, String content) {
    List<Found> found = ReportedFixture.find(sentence, rule, cueFirst);
    assertThat(found)
        .extracting(Found::content, Found::rule)
        .contains(org.assertj.core.groups.Tuple.tuple(content, "reported-follow-up"));
    assertThat(found)
        .extracting(Found::content)
        .allSatisfy(text -> assertThat(text).doesNotEndWith(" but").doesNotEndWith(" and")
            .doesNotEndWith(" has since").doesNotEndWith(" later"));
  }

  @Test
  void writersReadingLendsItsSubjectToWhatFollows() {
    assertThat(
            ReportedFixture.find(
                "Ruiz seemed to doubt the plan, saying that the pier would never reopen.",
                rule, cueFirst))
        .containsExactly(
            new Found("to doubt the plan", null, "seem", "reported-cue-first"),
            new Found("that the pier would never reopen", "Ruiz", "say", "reported-follow-up"));
  }

  @Test
  void nothingToFollowUpWithoutAContentBefore() {
    assertThat(
            ReportedFixture.find(
                "Ruiz said the pier was unsafe, adding that repairs would take a year.", rule))
        .isEmpty();
  }

  @Test
  void participleAfterAQuotationsAttributionIsTheQuotationSpeakers() {
    assertThat(
            ReportedFixture.find(
                "“We have the votes,” said Dana Ortiz, referring to the harbor levy.", rule))
        .containsExactly(
            new Found("to the harbor levy", "Dana Ortiz", "refer", "reported-follow-up"));
  }

  @Test
  void sentenceOfMostlyQuotationIsReadAfterItsQuotation() {
    assertThat(
            ReportedFixture.find(
                "“The tunnel will not close this winter, and the ferries will keep running on"
                    + " time,” she said, suggesting that the repairs could wait.",
                rule, cueFirst))
        .containsExactly(
            new Found("that the repairs could wait", "she", "suggest", "reported-follow-up"));
  }

  @Test
  void speakerBeforeTheCueAndItsListener() {
    assertThat(
            ReportedFixture.find(
                "“It was never about money,” Ortiz told reporters, adding that the levy would"
                    + " stay.",
                rule))
        .containsExactly(
            new Found("that the levy would stay", "Ortiz", "add", "reported-follow-up"));
  }

  @Test
  void noQuotationAttributionBeforeTheParticiple() {
    assertThat(
            ReportedFixture.find(
                "The pier, “closed for the winter,” stood empty, suggesting that the repairs had"
                    + " stalled.",
                rule))
        .isEmpty();
    assertThat(
            ReportedFixture.find(
                "“Closed for the winter,” the sign on the pier, facing the harbor, stood empty.",
                rule))
        .isEmpty();
  }
}
