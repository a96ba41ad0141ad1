package io.github.quotekit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.AttributionRule;
import io.github.quotekit.Explanation;
import io.github.quotekit.Mention;
import io.github.quotekit.Quote;
import io.github.quotekit.QuoteExtractor;
import io.github.quotekit.RuleContext;
import io.github.quotekit.RuleDecision;
import io.github.quotekit.Speaker;
import io.github.quotekit.testkit.AttributionRuleTestCase;
import io.github.quotekit.testkit.RuleContexts;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

// README: testkit
final class FromLeadInRuleTest extends AttributionRuleTestCase {

  @Override
  protected AttributionRule rule() {
    return new FromLeadInRule();
  }

  @Override
  protected List<Example> examples() {
    return List.of(
        Example.attributes(
            "And from Commissioner Dana Ortiz: “A delay is not a plan.”",
            "Commissioner Dana Ortiz"),
        Example.attributes(
            "The reply from the Harbor Authority: “The pier stays closed.”",
            "the Harbor Authority"),
        Example.declines("Officials from the agency said: “The pier stays closed.”"),
        Example.declines("From the archive: “The pier stays closed.”"));
  }

  // Tests of your own go here; the inherited conformance tests run with them. A rule's own unit
  // test needs no extractor: RuleContexts gives the context the rule gets for a quotation.
  @Test
  void namesTheSourceAfterFrom() {
    RuleContext context =
        RuleContexts.forQuotation(
            "And from Commissioner Dana Ortiz: “A delay is not a plan.”", "A delay is not a plan.");

    Optional<RuleDecision> decision = new FromLeadInRule().attribute(context);

    assertThat(RuleContexts.speakerText(context, decision)).contains("Commissioner Dana Ortiz");
    assertThat(decision.map(RuleDecision::confidence)).contains(0.85);
  }
  // END README

  /** Every quotation reported, attributed or not, to see the ones the built-in rules miss. */
  private final QuoteExtractor builtIns = QuoteExtractor.builder().minUnattributedWords(0).build();

  private final QuoteExtractor withRule =
      QuoteExtractor.builder()
          .minUnattributedWords(0)
          .addRule(new FromLeadInRule())
          .explain(true)
          .build();

  @Test
  void attributesALeadInThatTheBuiltInRulesLeaveUnattributed() {
    Quote before = builtIns.extract(HouseStyleExample.ARTICLE).quotes().get(1);
    Quote after = withRule.extract(HouseStyleExample.ARTICLE).quotes().get(1);

    assertThat(before.rule()).isEqualTo(Quote.UNATTRIBUTED);
    assertThat(before.speaker()).isEmpty();
    assertThat(after.rule()).isEqualTo("from-lead-in");
    assertThat(after.speakerMention().map(Mention::text)).hasValue("Commissioner Dana Ortiz");
    assertThat(after.speaker().map(Speaker::name)).hasValue("Dana Ortiz");
  }

  @Test
  void namesTheSpeakerOfALeadInThatTheBuiltInRulesLeaveWithout() {
    String text =
        "“We are done waiting,” said Mayor Ana Ruiz. And from Commissioner Dana Ortiz:"
            + " “A delay is not a plan.”";

    assertThat(builtIns.extract(text).quotes().get(1).speaker().map(Speaker::name))
        .isNotEqualTo(Optional.of("Dana Ortiz"));
    assertThat(withRule.extract(text).quotes().get(1).speaker().map(Speaker::name))
        .hasValue("Dana Ortiz");
  }

  @Test
  void leavesTheSampleArticleAsTheBuiltInRulesExtractIt() throws IOException {
    String sample = QuickStart.sampleArticle();

    assertThat(QuoteExtractor.builder().addRule(new FromLeadInRule()).build().extract(sample))
        .isEqualTo(QuoteExtractor.english().extract(sample));
  }

  @Test
  void explainsWhyItPassesOverAThing() {
    Quote quote = withRule.extract("From the archive: “The pier stays closed.”").quotes().get(0);

    Explanation.RuleTrial trial =
        quote.explanation().orElseThrow().trials().stream()
            .filter(t -> t.rule().equals("from-lead-in"))
            .findFirst()
            .orElseThrow();
    assertThat(trial.decided()).isFalse();
    assertThat(trial.rejected())
        .singleElement()
        .satisfies(
            rejection -> {
              assertThat(rejection.candidate().text()).isEqualTo("the archive");
              assertThat(rejection.reason()).startsWith("a thing, not a speaker");
            });
  }
}
