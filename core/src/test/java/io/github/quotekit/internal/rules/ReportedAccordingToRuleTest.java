package io.github.quotekit.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.internal.rules.ReportedFixture.Found;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportedAccordingToRuleTest {
  private final ReportedAccordingToRule rule = new ReportedAccordingToRule();

  @Test
  void sourceBeforeTheContent() {
    assertThat(
            ReportedFixture.find(
                "According to the Harbor Authority, the channel is six feet deep.", rule))
        .containsExactly(
            new Found("the channel is six feet deep", "the Harbor Authority", "according to",
                "reported-according-to"));
  }

  @Test
  void sourceAfterTheContent() {
    assertThat(
            ReportedFixture.find(
                "The channel is six feet deep, according to the Harbor Authority.", rule))
        .extracting(Found::content, Found::source)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "The channel is six feet deep", "the Harbor Authority"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "But, according to the Harbor Authority, the channel is six feet deep. | the channel is six"
            + " feet deep",
        "At the root of the delay, according to the Harbor Authority, was a shortage of dredgers."
            + " | At the root of the delay, according to the Harbor Authority, was a shortage of"
            + " dredgers",
        "The channel is six feet deep, according to the Harbor Authority, the port's regulator. |"
            + " The channel is six feet deep"
      })
  void theContentIsTheClauseAroundTheAttribution(String sentence, String content) {
    assertThat(ReportedFixture.find(sentence, rule))
        .extracting(Found::content, Found::source)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(content, "the Harbor Authority"));
  }

  @Test
  void sourceThatNamesNoSpeakerIsItsNounPhrase() {
    assertThat(
            ReportedFixture.find("The levy passed by four votes, according to early tallies.", rule))
        .extracting(Found::source)
        .containsExactly("early tallies");
  }

  @Test
  void noCommaBeforeTheSourceFramesNothing() {
    assertThat(ReportedFixture.find("The levy passed according to the plan of the council.", rule))
        .isEmpty();
  }
}
