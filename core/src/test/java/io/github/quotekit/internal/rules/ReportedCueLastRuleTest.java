package io.github.quotekit.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.internal.rules.ReportedFixture.Found;
import org.junit.jupiter.api.Test;

class ReportedCueLastRuleTest {
  private final ReportedCueLastRule rule = new ReportedCueLastRule();

  @Test
  void clauseBeforeAClosingAttribution() {
    assertThat(ReportedFixture.find("The dredging will start in May, officials said.", rule))
        .containsExactly(
            new Found("The dredging will start in May", "officials", "say", "reported-cue-last"));
  }

  @Test
  void speakerAfterTheVerbWithAnAppositive() {
    assertThat(
            ReportedFixture.find("The pier is unsafe, said Lena Osei, the harbor master.", rule))
        .extracting(Found::content, Found::source)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("The pier is unsafe", "Lena Osei"));
  }

  @Test
  void attributionThatSplitsTheSentenceIsLeftToTheCueInsideRule() {
    assertThat(ReportedFixture.find("The new ferry, Ruiz said, will sail twice a day.", rule))
        .isEmpty();
  }

  @Test
  void clauseWithAVerbAfterTheAttributionIsNoClosingOne() {
    assertThat(
            ReportedFixture.find("The pier is old, officials said it was closing soon.", rule))
        .isEmpty();
  }

  @Test
  void onlyASpeechVerbPutsItsSpeakerAfterIt() {
    assertThat(
            ReportedFixture.find(
                "The ferry company, Harbourlink, welcomed the decision. The pier is safe, added the"
                    + " inspector.",
                rule))
        .extracting(Found::content, Found::source)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("The pier is safe", "the inspector"));
  }

  @Test
  void aParticipleAfterTheCommaIsNoInvertedAttribution() {
    assertThat(
            ReportedFixture.find(
                "Osei said she would not seek a recount, conceding the race.", rule))
        .isEmpty();
  }
}
