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
   * Checks what a rule's decisions decide of every quote of {@code extraction}: its speaker
   * mention and cue lie inside the text, outside the quoted words, and apart from each other.
   * (What the extractor itself guarantees for any rule, such as the text of a span or a
   * confidence in [0, 1], is not checked here: no rule could break it.)
   *
   * @param rule the name of the only rule of the extractor
   * @param label what to call the text in a failure: its case and seed
   * @throws AssertionError naming {@code label} and the quote, if a check fails
   */
  static void check(String rule, String label, Extraction extraction) {
    String text = extraction.text();
    for (int i = 0; i < extraction.quotes().size(); i++) {
      Quote quote = extraction.quotes().get(i);
      String where = label + ", quote " + i + " at " + quote.span() + " decided by " + rule;
      for (Mention mention : quote.speakerMention().stream().toList()) {
        checkInside(where + ", speaker mention", mention.span(), text);
        // Reported content may run across its attribution ("The pier, Ruiz said, will reopen"):
        // only the words between quotation marks must stay clear of the speaker.
        assertThat(quote.fragments().stream().anyMatch(mention.span()::overlaps))
            .as("%s: speaker mention %s overlaps the quoted words", where, mention.span())
            .isFalse();
      }
      for (Cue cue : quote.cue().stream().toList()) {
        checkInside(where + ", cue", cue.span(), text);
        assertThat(quote.fragments().stream().anyMatch(cue.span()::overlaps))
            .as("%s: cue “%s” at %s lies inside the quoted words", where, cue.text(), cue.span())
            .isFalse();
        quote.speakerMention().ifPresent(
            mention ->
                assertThat(mention.span().overlaps(cue.span()))
                    .as("%s: cue %s overlaps the speaker mention %s", where, cue.span(),
                        mention.span())
                    .isFalse());
      }
    }
  }

  private static void checkInside(String what, Span span, String text) {
    assertThat(span.end()).as("%s: %s ends inside the text", what, span)
        .isLessThanOrEqualTo(text.length());
  }
}
