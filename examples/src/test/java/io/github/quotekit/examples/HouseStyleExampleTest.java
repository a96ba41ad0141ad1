package io.github.quotekit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class HouseStyleExampleTest {

  @Test
  void printsTheQuotationUnattributedWithoutTheRuleAndAttributedWithIt() {
    String output = CapturedOutput.of(HouseStyleExample::run);

    assertThat(output)
        .containsSubsequence(
            "Built-in rules:",
            "“A delay is not a plan. Nobody on this council can tell me what changes by June.” —"
                + " (unattributed) [unattributed]",
            "Built-in rules and from-lead-in:",
            "“A delay is not a plan. Nobody on this council can tell me what changes by June.” —"
                + " Dana Ortiz [from-lead-in]");
  }
}
