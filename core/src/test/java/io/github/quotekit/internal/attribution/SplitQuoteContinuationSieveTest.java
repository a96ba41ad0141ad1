package io.github.quotekit.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.JoinReason;
import io.github.quotekit.internal.attribution.SieveFixture.Seen;
import org.junit.jupiter.api.Test;

class SplitQuoteContinuationSieveTest extends AttributionSieveTestCase {
  private static final AttributionSieve SIEVE = new SplitQuoteContinuationSieve();

  @Override
  protected AttributionSieve sieve() {
    return SIEVE;
  }

  @Test
  void secondHalfOfASplitQuoteKeepsTheSpeaker() {
    SieveFixture fixture = SieveFixture.of("“We will appeal,” Ruiz said. “This is not over.”");

    assertThat(fixture.seen(SIEVE, 1))
        .contains(new Seen("Ruiz", "said", "say", "split-quote-continuation"));
    Attribution first = fixture.standardDecisions().get(0).orElseThrow();
    Attribution second = fixture.apply(SIEVE, 1).orElseThrow();
    assertThat(second.mention()).isEqualTo(first.mention());
    assertThat(second.cue()).isEqualTo(first.cue());
    assertThat(first.joins()).isEmpty();
    assertThat(second.joins()).contains(JoinReason.SPLIT_QUOTE);
  }

  @Test
  void laterQuotationOfTheSameParagraph() {
    SieveFixture fixture =
        SieveFixture.of("“We will appeal,” said Ana Ruiz. Then she left. “This is not over.”");

    assertThat(fixture.seen(SIEVE, 1))
        .contains(new Seen("Ana Ruiz", "said", "say", "split-quote-continuation"));
  }

  @Test
  void firstQuotationHasNothingToContinue() {
    assertThat(SieveFixture.of("“We will appeal,” Ruiz said.").seen(SIEVE, 0)).isEmpty();
  }

  @Test
  void quotationInTheNextParagraphIsAnotherPattern() {
    assertThat(
            SieveFixture.of("“We will appeal,” Ruiz said.\n\n“This is not over.”").seen(SIEVE, 1))
        .isEmpty();
  }

  @Test
  void unattributedPreviousQuotationGivesNothing() {
    assertThat(SieveFixture.of("“We will appeal.” Then “This is not over.”").seen(SIEVE, 1))
        .isEmpty();
  }
}
