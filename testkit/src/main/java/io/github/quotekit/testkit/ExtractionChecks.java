package io.github.quotekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.Cue;
import io.github.quotekit.Extraction;
import io.github.quotekit.Mention;
import io.github.quotekit.Quote;
import io.github.quotekit.Span;

/**
 * What must hold of every extraction made with one rule alone, whatever the text: the checks
 * {@link AttributionRuleTestCase} applies to each text it tries.
 */
final class ExtractionChecks {

  private ExtractionChecks() {}

  /**
   * Checks that every attributed quote of {@code extraction} names {@code rule}, that its speaker
   * mention and cue are well-placed text of the article outside the quotation, and that its
   * confidence is a probability.
   *
   * @param rule the name of the only rule of the extractor
   * @param label what to call the text in a failure: its case and seed
   * @throws AssertionError naming {@code label} and the quote, if a check fails
   */
  static void check(String rule, String label, Extraction extraction) {
    String text = extraction.text();
    for (int i = 0; i < extraction.quotes().size(); i++) {
      Quote quote = extraction.quotes().get(i);
      String where = label + ", quote " + i + " at " + quote.span();
      if (!quote.rule().equals(Quote.UNATTRIBUTED)) {
        assertThat(quote.rule()).as("%s: the deciding rule", where).isEqualTo(rule);
      }
      assertThat(quote.confidence()).as("%s: confidence", where).isBetween(0.0, 1.0);
      for (Mention mention : quote.speakerMention().stream().toList()) {
        assertThat(quote.rule()).as("%s: rule of a quote with a speaker mention", where)
            .isEqualTo(rule);
        checkPlaced(where + ", speaker mention", mention.span(), mention.text(), text);
        assertThat(mention.span().overlaps(quote.span()))
            .as("%s: speaker mention %s overlaps the quotation", where, mention.span())
            .isFalse();
      }
      for (Cue cue : quote.cue().stream().toList()) {
        checkPlaced(where + ", cue", cue.span(), cue.text(), text);
      }
    }
  }

  /** Checks that {@code span} lies in {@code text} and that {@code words} is what it covers. */
  private static void checkPlaced(String what, Span span, String words, String text) {
    assertThat(span.end()).as("%s: %s ends inside the text", what, span)
        .isLessThanOrEqualTo(text.length());
    assertThat(words).as("%s: its text equals the text at %s", what, span)
        .isEqualTo(span.textIn(text));
  }
}
