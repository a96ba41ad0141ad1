package io.github.quotekit.internal.attribution;

import io.github.quotekit.internal.rules.RuleFixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.Channel;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChannelClassifierTest {
  private final ChannelClassifier classifier = new ChannelClassifier();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "“We will dredge,” Mayor Ana Ruiz said on Tuesday. | SPOKEN",
        "“We will dredge,” Mayor Ana Ruiz said in a statement. | STATEMENT",
        "“We will dredge,” Mayor Ana Ruiz tweeted. | SOCIAL_MEDIA",
        "“We will dredge,” Mayor Ana Ruiz wrote on Facebook. | SOCIAL_MEDIA",
        "“We will dredge,” Mayor Ana Ruiz told the Calloway Gazette. | INTERVIEW",
        "“We will dredge,” Mayor Ana Ruiz said in an interview. | INTERVIEW",
        "“We will dredge,” Mayor Ana Ruiz told reporters. | SPOKEN",
        "“We will dredge,” Mayor Ana Ruiz wrote in an op-ed. | WRITTEN",
        "“We will dredge,” according to Mayor Ana Ruiz. | ACCORDING_TO",
        "“We will dredge,” Mayor Ana Ruiz said, declining to comment further. | DECLINED_COMMENT",
      })
  void readsTheChannelOfTheFirstQuote(String sentence, Channel expected) {
    RuleFixture fixture = RuleFixture.of(sentence);
    Optional<Attribution> decision = fixture.standardDecisions().get(0);

    assertThat(decision).isPresent();
    assertThat(classifier.classify(fixture.finder().doc(), decision.get().cue())).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"“Not now.” ― Ana Ruiz | UNSPECIFIED"})
  void noCueIsUnspecified(String sentence, Channel expected) {
    RuleFixture fixture = RuleFixture.of(sentence);

    assertThat(classifier.classify(fixture.finder().doc(), Optional.empty())).isEqualTo(expected);
  }
}
