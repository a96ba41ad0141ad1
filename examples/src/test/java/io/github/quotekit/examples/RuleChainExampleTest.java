package io.github.quotekit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.AttributionRule;
import io.github.quotekit.QuoteExtractor;
import io.github.quotekit.QuoteType;
import io.github.quotekit.Speaker;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class RuleChainExampleTest {

  @Test
  void theHouseChainHasTheHouseRuleAfterTheSignOffsAndNoParagraphContinuation() {
    List<String> expected = new ArrayList<>(names(AttributionRule.builtIns()));
    expected.remove("paragraph-continuation");
    expected.add(expected.indexOf("dash-sign-off") + 1, "from-lead-in");

    assertThat(names(RuleChainExample.houseExtractor().rules())).isEqualTo(expected);
  }

  @Test
  void namesOnlyKeepsANameAsTheSubjectButNotAPronoun() {
    QuoteExtractor house = RuleChainExample.houseExtractor();
    QuoteExtractor english = QuoteExtractor.builder().reportedSpeech(false).build();
    String pronoun = "The council met. She likened the harbor plan to a “sinking ship.”";
    String name = "The council met. Ortiz likened the harbor plan to a “sinking ship.”";

    assertThat(english.extract(pronoun).quotes()).extracting(q -> q.rule())
        .containsExactly("sentence-subject");
    assertThat(house.extract(pronoun).quotes()).noneMatch(q -> q.type() == QuoteType.DIRECT);
    assertThat(house.extract(name).quotes().get(0).speaker().map(Speaker::name))
        .hasValue("Ortiz");
  }

  @Test
  void discoveryFindsTheHouseRuleRegisteredOnTheClassPath() {
    List<AttributionRule> rules = RuleChainExample.discoveringExtractor().rules();

    assertThat(rules).filteredOn(rule -> rule.name().equals("from-lead-in"))
        .singleElement()
        .isInstanceOf(FromLeadInRule.class);
    assertThat(names(rules)).containsSubsequence("dash-sign-off", "from-lead-in", "name-verb-colon");
  }

  @Test
  void printsBothChains() {
    assertThat(CapturedOutput.of(RuleChainExample::run))
        .containsSubsequence(
            "House chain:", "  from-lead-in", "  sentence-subject",
            "Built-in rules and discovered ones:", "  from-lead-in", "  paragraph-continuation");
  }

  private static List<String> names(List<AttributionRule> rules) {
    return rules.stream().map(AttributionRule::name).toList();
  }
}
