package io.github.quotekit.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.internal.rules.ReportedFixture.Found;
import org.junit.jupiter.api.Test;

class ReportedCueInsideRuleTest {
  private final ReportedCueInsideRule rule = new ReportedCueInsideRule();

  @Test
  void contentRunsAcrossTheAttributionThatSplitsIt() {
    assertThat(ReportedFixture.find("The new ferry, Ruiz said, will sail twice a day.", rule))
        .containsExactly(
            new Found("The new ferry, Ruiz said, will sail twice a day", "Ruiz", "say",
                "reported-cue-inside"));
  }

  @Test
  void closingAttributionIsLeftToTheCueLastRule() {
    assertThat(ReportedFixture.find("The dredging will start in May, officials said.", rule))
        .isEmpty();
  }
}
