package io.github.quotekit.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.internal.attribution.SieveFixture.Seen;
import org.junit.jupiter.api.Test;

class NameVerbPartialQuoteSieveTest extends AttributionSieveTestCase {
  private static final AttributionSieve SIEVE = new NameVerbPartialQuoteSieve();

  @Override
  protected AttributionSieve sieve() {
    return SIEVE;
  }

  @Test
  void partialQuoteInAThatClause() {
    assertThat(SieveFixture.of("Ruiz said the ruling was “a gift to polluters.”").seen(SIEVE))
        .contains(new Seen("Ruiz", "said", "say", "name-verb-partial-quote"));
  }

  @Test
  void cueAFewWordsAwayFromTheQuotation() {
    assertThat(
            SieveFixture.of("Ruiz warned on Monday that the budget would “hollow out” the parks.")
                .seen(SIEVE))
        .contains(new Seen("Ruiz", "warned", "warn", "name-verb-partial-quote"));
  }

  @Test
  void outermostCueWins() {
    assertThat(
            SieveFixture.of("Dana Ortiz said the engineers had warned of “a slow collapse.”")
                .seen(SIEVE))
        .contains(new Seen("Dana Ortiz", "said", "say", "name-verb-partial-quote"));
  }

  @Test
  void participleTakesTheSubjectOfTheMainClause() {
    assertThat(
            SieveFixture.of("The council, saying the plan was “rushed and unfair,” voted it down.")
                .seen(SIEVE))
        .contains(new Seen("The council", "saying", "say", "name-verb-partial-quote"));
  }

  @Test
  void whatItCalled() {
    assertThat(
            SieveFixture.of("The board approved what it called a “bold first step.”").seen(SIEVE))
        .contains(new Seen("The board", "called", "call", "name-verb-partial-quote"));
  }

  @Test
  void sentenceWithoutCueVerb() {
    assertThat(SieveFixture.of("The ruling was “a gift to polluters.”").seen(SIEVE)).isEmpty();
  }

  @Test
  void cueAfterTheQuotationIsNotSeen() {
    assertThat(SieveFixture.of("“A gift to polluters,” Ruiz said.").seen(SIEVE)).isEmpty();
  }
}
