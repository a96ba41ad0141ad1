package io.github.quotekit.internal.attribution;

import io.github.quotekit.internal.rules.BuiltInRules;
import io.github.quotekit.internal.rules.RuleFixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.AttributionRule;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttributorTest {

  private static List<String> rules(RuleFixture fixture) {
    return fixture.standardDecisions().stream()
        .map(d -> d.map(Attribution::rule).orElse("-"))
        .toList();
  }

  @Test
  void oneDecisionPerQuotationInTextOrder() {
    RuleFixture fixture =
        RuleFixture.of(
            "“We will appeal,” Ruiz said. “This is not over.”\n\n"
                + "The council met again. “Nobody asked us,” said Omar Leck.\n\n"
                + "The board adjourned.\n\n"
                + "“Some words with nobody to say them.”");

    assertThat(rules(fixture))
        .containsExactly(
            "quote-comma-name-verb", "split-quote-continuation", "quote-comma-verb-name", "-");
  }

  @Test
  void mostPreciseSieveWins() {
    // Both quote-comma-name-verb and sentence-cue see this speaker; the first in the list decides.
    RuleFixture fixture = RuleFixture.of("“We will appeal,” Ruiz said.");
    assertThat(fixture.apply(BuiltInRules.named("sentence-cue"))).isPresent();

    Attribution decision = fixture.standardDecisions().get(0).orElseThrow();

    assertThat(decision.rule()).isEqualTo("quote-comma-name-verb");
  }

  @Test
  void colonAttributionBeatsPartialQuoteAndSentenceSubject() {
    RuleFixture fixture = RuleFixture.of("Omar Leck said: “The ferry is late again.”");
    assertThat(fixture.apply(BuiltInRules.named("name-verb-partial-quote"))).isPresent();
    assertThat(fixture.apply(BuiltInRules.named("sentence-subject"))).isPresent();

    assertThat(rules(fixture)).containsExactly("name-verb-colon");
  }

  @Test
  void quotedAsSayingBeatsTheQuotingSubject() {
    RuleFixture fixture =
        RuleFixture.of("The paper quoted Ida Brom as saying “the river is rising.”");

    Attribution decision = fixture.standardDecisions().get(0).orElseThrow();

    assertThat(decision.rule()).isEqualTo("quoted-as-saying");
    assertThat(fixture.mentionText(decision)).isEqualTo("Ida Brom");
  }

  @Test
  void sieveOrderIsTheListOrder() {
    RuleFixture fixture = RuleFixture.of("“We will appeal,” Ruiz said.");
    Attributor reversed =
        new Attributor(
            List.of(
                AttributionRule.builtIn("sentence-cue"),
                AttributionRule.builtIn("quote-comma-name-verb")),
            false);

    List<Optional<Attribution>> decisions =
        reversed.attribute(fixture.finder(), fixture.segments()).decisions();

    assertThat(decisions.get(0).orElseThrow().rule()).isEqualTo("sentence-cue");
  }

  @Test
  void soCalledScareQuoteIsNotAttributed() {
    RuleFixture fixture = RuleFixture.of("Ortiz backed the so-called “green corridor” plan.");
    assertThat(fixture.context(0).isScareQuote()).isTrue();

    assertThat(fixture.standardDecisions()).containsExactly(Optional.empty());
  }

  @Test
  void scareQuoteIsSkippedBeforeAnySieveRuns() {
    RuleFixture fixture =
        RuleFixture.of("“It will cost us dearly,” Ortiz said of the so-called “green corridor.”");
    // Left to the sieves, the scare quote would pass for the second half of a split quote.
    assertThat(fixture.apply(BuiltInRules.named("split-quote-continuation"), 1)).isPresent();

    assertThat(rules(fixture)).containsExactly("quote-comma-name-verb", "-");
  }
  @Test
  void scareQuoteDoesNotHideTheCueOfTheNextQuotation() {
    RuleFixture fixture =
        RuleFixture.of("Ortiz said the so-called “green corridor” would “cost us dearly.”");

    assertThat(rules(fixture)).containsExactly("-", "name-verb-partial-quote");
  }

  @Test
  void noSievesNoDecisions() {
    RuleFixture fixture = RuleFixture.of("“We will appeal,” Ruiz said.");

    assertThat(
            new Attributor(List.of(), false)
                .attribute(fixture.finder(), fixture.segments())
                .decisions())
        .containsExactly(Optional.empty());
  }
}
