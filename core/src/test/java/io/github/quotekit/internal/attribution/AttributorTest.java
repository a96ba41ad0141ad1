package io.github.quotekit.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.AttributionRule;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttributorTest {

  private static List<String> rules(SieveFixture fixture) {
    return fixture.standardDecisions().stream()
        .map(d -> d.map(Attribution::rule).orElse("-"))
        .toList();
  }

  @Test
  void oneDecisionPerQuotationInTextOrder() {
    SieveFixture fixture =
        SieveFixture.of(
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
    SieveFixture fixture = SieveFixture.of("“We will appeal,” Ruiz said.");
    assertThat(fixture.apply(new SentenceCueSieve())).isPresent();

    Attribution decision = fixture.standardDecisions().get(0).orElseThrow();

    assertThat(decision.rule()).isEqualTo("quote-comma-name-verb");
  }

  @Test
  void colonAttributionBeatsPartialQuoteAndSentenceSubject() {
    SieveFixture fixture = SieveFixture.of("Omar Leck said: “The ferry is late again.”");
    assertThat(fixture.apply(new NameVerbPartialQuoteSieve())).isPresent();
    assertThat(fixture.apply(new SentenceSubjectSieve())).isPresent();

    assertThat(rules(fixture)).containsExactly("name-verb-colon");
  }

  @Test
  void quotedAsSayingBeatsTheQuotingSubject() {
    SieveFixture fixture =
        SieveFixture.of("The paper quoted Ida Brom as saying “the river is rising.”");

    Attribution decision = fixture.standardDecisions().get(0).orElseThrow();

    assertThat(decision.rule()).isEqualTo("quoted-as-saying");
    assertThat(fixture.mentionText(decision)).isEqualTo("Ida Brom");
  }

  @Test
  void sieveOrderIsTheListOrder() {
    SieveFixture fixture = SieveFixture.of("“We will appeal,” Ruiz said.");
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
    SieveFixture fixture = SieveFixture.of("Ortiz backed the so-called “green corridor” plan.");
    assertThat(fixture.context(0).isScareQuote()).isTrue();

    assertThat(fixture.standardDecisions()).containsExactly(Optional.empty());
  }

  @Test
  void scareQuoteIsSkippedBeforeAnySieveRuns() {
    SieveFixture fixture =
        SieveFixture.of("“It will cost us dearly,” Ortiz said of the so-called “green corridor.”");
    // Left to the sieves, the scare quote would pass for the second half of a split quote.
    assertThat(fixture.apply(new SplitQuoteContinuationSieve(), 1)).isPresent();

    assertThat(rules(fixture)).containsExactly("quote-comma-name-verb", "-");
  }
  @Test
  void scareQuoteDoesNotHideTheCueOfTheNextQuotation() {
    SieveFixture fixture =
        SieveFixture.of("Ortiz said the so-called “green corridor” would “cost us dearly.”");

    assertThat(rules(fixture)).containsExactly("-", "name-verb-partial-quote");
  }

  @Test
  void noSievesNoDecisions() {
    SieveFixture fixture = SieveFixture.of("“We will appeal,” Ruiz said.");

    assertThat(
            new Attributor(List.of(), false)
                .attribute(fixture.finder(), fixture.segments())
                .decisions())
        .containsExactly(Optional.empty());
  }
}
