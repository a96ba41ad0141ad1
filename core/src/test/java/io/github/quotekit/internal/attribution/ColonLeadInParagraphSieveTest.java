package io.github.quotekit.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.internal.attribution.SieveFixture.Seen;
import org.junit.jupiter.api.Test;

class ColonLeadInParagraphSieveTest extends AttributionSieveTestCase {
  private static final AttributionSieve SIEVE = new ColonLeadInParagraphSieve();

  @Override
  protected AttributionSieve sieve() {
    return SIEVE;
  }

  @Test
  void paragraphAfterANameToldColonLeadIn() {
    SieveFixture fixture =
        SieveFixture.of(
            "Dana Ortiz, the county engineer, told the board:\n\n“We tested every section twice.”");

    assertThat(fixture.seen(SIEVE))
        .contains(new Seen("Dana Ortiz", "told", "tell", "colon-lead-in-paragraph"));
    assertThat(fixture.apply(SIEVE).orElseThrow().mention().description())
        .isEqualTo("the county engineer");
  }

  @Test
  void introductoryPhraseBeforeTheSubject() {
    assertThat(
            SieveFixture.of(
                    "Speaking to the board, Dana Ortiz explained:\n\n“We tested every section"
                        + " twice.”")
                .seen(SIEVE))
        .contains(new Seen("Dana Ortiz", "explained", "explain", "colon-lead-in-paragraph"));
  }

  @Test
  void leadInWithoutCueVerb() {
    assertThat(
            SieveFixture.of("The schedule is as follows:\n\n“Phase one begins in June.”")
                .seen(SIEVE))
        .isEmpty();
  }

  @Test
  void leadInWithoutColon() {
    assertThat(
            SieveFixture.of("Dana Ortiz told the board on Monday.\n\n“We tested every section.”")
                .seen(SIEVE))
        .isEmpty();
  }

  @Test
  void quotationThatDoesNotOpenItsParagraph() {
    assertThat(
            SieveFixture.of(
                    "Dana Ortiz told the board:\n\nThe engineers called it “a tested design.”")
                .seen(SIEVE))
        .isEmpty();
  }
}
