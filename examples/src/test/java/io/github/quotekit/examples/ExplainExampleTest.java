package io.github.quotekit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

final class ExplainExampleTest {

  @Test
  void printsTheRulesAskedAndTheResolutionOfEachQuotation() throws IOException {
    String sample = QuickStart.sampleArticle();

    String output = CapturedOutput.of(() -> ExplainExample.run(sample));

    assertThat(output)
        .containsSubsequence(
            "“bury this town in debt for a generation.”",
            "  quote-comma-verb-name declined: nothing after the quotation",
            "  name-verb-partial-quote decided: Councilwoman Ines Marchetti, one of the two votes"
                + " against, said",
            "  FIRST_MENTION: Councilwoman Ines Marchetti",
            "“Nobody on my crew is going to miss running aground twice a week,”",
            "  PRONOUN_ANTECEDENT: he is Tom Keverne");
  }
}
