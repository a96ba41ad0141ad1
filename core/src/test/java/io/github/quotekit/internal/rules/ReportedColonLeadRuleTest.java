package io.github.quotekit.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.internal.rules.ReportedFixture.Found;
import org.junit.jupiter.api.Test;

class ReportedColonLeadRuleTest {
  private final ReportedColonLeadRule rule = new ReportedColonLeadRule();

  @Test
  void speakerAndColonFrameTheRestOfTheLine() {
    assertThat(ReportedFixture.find("Ruiz: No dredging before the storm season ends.", rule))
        .containsExactly(
            new Found("No dredging before the storm season ends", "Ruiz", ":",
                "reported-colon-lead"));
  }

  @Test
  void colonAfterAVerbIsNoColonLead() {
    assertThat(ReportedFixture.find("Ruiz said: no dredging before the storm season.", rule))
        .isEmpty();
  }

  @Test
  void colonWithTooLittleAfterItFramesNothing() {
    assertThat(ReportedFixture.find("Ruiz: no.", rule)).isEmpty();
  }
}
