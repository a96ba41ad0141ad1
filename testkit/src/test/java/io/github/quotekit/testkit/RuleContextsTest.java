package io.github.quotekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quotekit.AttributionRule;
import io.github.quotekit.QuoteExtractor;
import io.github.quotekit.RuleContext;
import io.github.quotekit.RuleDecision;
import io.github.quotekit.SpeakerCandidate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleContextsTest {
  private static final String TWO_QUOTES =
      "“The pier stays shut,” said Mayor Lena Okafor.\n\n“Until spring,” she added.";

  @Test
  void oneContextPerQuotationInTextOrder() {
    List<RuleContext> contexts = RuleContexts.of(TWO_QUOTES);

    assertThat(contexts)
        .extracting(context -> context.quote().textIn(TWO_QUOTES))
        .containsExactly("The pier stays shut,", "Until spring,");
    assertThat(contexts).extracting(RuleContext::quoteIndex).containsExactly(0, 1);
  }

  @Test
  void aBuiltInRuleDecidesOnTheContextAsInAnExtraction() {
    RuleContext context = RuleContexts.forQuotation(TWO_QUOTES, "The pier stays shut,");
    Optional<RuleDecision> decision =
        AttributionRule.builtIn("quote-comma-verb-name").attribute(context);

    assertThat(RuleContexts.speakerText(context, decision)).contains("Mayor Lena Okafor");
    assertThat(RuleContexts.cueText(context, decision)).contains("said");
  }

  @Test
  void theContextCarriesTheDecisionForTheQuotationBefore() {
    RuleContext second = RuleContexts.forQuotation(TWO_QUOTES, "Until spring,");

    assertThat(second.previousDecision().flatMap(RuleDecision::speaker).map(SpeakerCandidate::name))
        .contains("Lena Okafor");
  }

  @Test
  void aRuleThatDeclinesGivesNoDecision() {
    RuleContext context = RuleContexts.forQuotation(TWO_QUOTES, "Until spring,");
    Optional<RuleDecision> decision = AttributionRule.builtIn("dash-sign-off").attribute(context);

    assertThat(decision).isEmpty();
    assertThat(RuleContexts.speakerText(context, decision)).isEmpty();
  }

  @Test
  void theExtractorGivenSetsTheQuotationMarks() {
    QuoteExtractor british =
        QuoteExtractor.builder()
            .quotationMarks(io.github.quotekit.QuotationMarks.british())
            .build();
    RuleContext context =
        RuleContexts.forQuotation(british, "‘Not today,’ said Omar Leck.", "Not today,");

    assertThat(context.quoteWithMarks().textIn(context.text())).isEqualTo("‘Not today,’");
  }

  @Test
  void anUnknownQuotationIsRejectedWithTheQuotationsThereAre() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RuleContexts.forQuotation(TWO_QUOTES, "Never"))
        .withMessageContaining("“Never”")
        .withMessageContaining("“Until spring,”");
  }
}
