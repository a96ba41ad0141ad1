package io.github.quotekit.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.JoinReason;
import io.github.quotekit.internal.attribution.SieveFixture.Seen;
import org.junit.jupiter.api.Test;

class ParagraphContinuationSieveTest extends AttributionSieveTestCase {
  private static final AttributionSieve SIEVE = new ParagraphContinuationSieve();

  @Override
  protected AttributionSieve sieve() {
    return SIEVE;
  }

  @Test
  void nextParagraphOpeningWithAQuotationKeepsTheSpeaker() {
    SieveFixture fixture =
        SieveFixture.of(
            "“We tested every section,” Ortiz said.\n\n“The levee will hold through the winter.”");

    assertThat(fixture.seen(SIEVE, 1))
        .contains(new Seen("Ortiz", "said", "say", "paragraph-continuation"));
  }

  @Test
  void quotationRunningOverParagraphsAndNewRemarkAreJoinedForDifferentReasons() {
    SieveFixture running =
        SieveFixture.of(
            "Dana Ortiz told the board:\n\n“We tested every section.\n\n“The levee will hold.”");
    SieveFixture remark =
        SieveFixture.of(
            "Dana Ortiz told the board:\n\n“We tested every section.”\n\n“The levee will hold.”");

    assertThat(running.seen(SIEVE, 1))
        .contains(new Seen("Dana Ortiz", "told", "tell", "paragraph-continuation"));
    assertThat(remark.seen(SIEVE, 1))
        .contains(new Seen("Dana Ortiz", "told", "tell", "paragraph-continuation"));
    assertThat(running.segments().get(1).continuesPrevious()).isTrue();
    assertThat(running.apply(SIEVE, 1).orElseThrow().joins())
        .contains(JoinReason.MULTI_PARAGRAPH_QUOTE);
    assertThat(remark.apply(SIEVE, 1).orElseThrow().joins()).contains(JoinReason.NEXT_PARAGRAPH);
  }

  @Test
  void paragraphInBetweenBreaksTheChain() {
    assertThat(
            SieveFixture.of(
                    "“We tested every section,” Ortiz said.\n\nThe board met again on Friday.\n\n"
                        + "“The levee will hold through the winter.”")
                .seen(SIEVE, 1))
        .isEmpty();
  }

  @Test
  void quotationInsideTheParagraphDoesNotContinue() {
    assertThat(
            SieveFixture.of(
                    "“We tested every section,” Ortiz said.\n\n"
                        + "Later she added a warning about “the winter storms.”")
                .seen(SIEVE, 1))
        .isEmpty();
  }

  @Test
  void unattributedPreviousQuotationGivesNothing() {
    assertThat(
            SieveFixture.of(
                    "“We tested every section.”\n\n“The levee will hold through the winter.”")
                .seen(SIEVE, 1))
        .isEmpty();
  }
}
