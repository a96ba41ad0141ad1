package io.github.quotekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * The output contract of {@link QuoteExtractor#extract(String)} on any text, as one assertion:
 * every span lies inside the text and its text is the substring it covers, quotes are in text
 * order and disjoint, confidences are probabilities, speakers are numbered and consistent.
 */
public final class ExtractionContract {
  private ExtractionContract() {}

  /**
   * Asserts that {@code extraction} is a well-formed result for {@code text}.
   *
   * @param description names the input in a failure message, such as its seed
   */
  public static void assertWellFormed(String text, Extraction extraction, String description) {
    assertThat(extraction.text()).as("%s: text", description).isEqualTo(text);
    List<Quote> quotes = extraction.quotes();
    List<Speaker> speakers = extraction.speakers();
    for (int i = 0; i < quotes.size(); i++) {
      Quote quote = quotes.get(i);
      String what = description + ": quote " + i;
      assertSpan(text, quote.span(), quote.text(), what);
      assertThat(quote.text()).as(what).isNotEmpty();
      for (Span fragment : quote.fragments()) {
        assertThat(quote.span().contains(fragment)).as("%s: fragment %s", what, fragment).isTrue();
      }
      assertThat(quote.confidence()).as(what).isBetween(0.0, 1.0);
      assertThat(quote.rule()).as(what).isNotBlank();
      quote.cue().ifPresent(cue -> assertSpan(text, cue.span(), cue.text(), what + " cue"));
      quote.cue().ifPresent(cue -> assertThat(cue.lemma()).as(what).isNotBlank());
      quote
          .speakerMention()
          .ifPresent(m -> assertSpan(text, m.span(), m.text(), what + " mention"));
      quote
          .speaker()
          .ifPresent(
              speaker -> {
                assertThat(speaker.id()).as(what).isBetween(0, speakers.size() - 1);
                assertThat(speakers.get(speaker.id())).as(what).isEqualTo(speaker);
              });
      if (i > 0) {
        assertThat(quote.span().begin())
            .as("%s begins after quote %d ends", what, i - 1)
            .isGreaterThanOrEqualTo(quotes.get(i - 1).span().end());
        assertThat(quote.group()).as(what).isBetween(quotes.get(i - 1).group(), i);
      }
    }
    for (int id = 0; id < speakers.size(); id++) {
      Speaker speaker = speakers.get(id);
      assertThat(speaker.id()).as("%s: speaker %d", description, id).isEqualTo(id);
      if (speaker.name().isEmpty()) {
        // A pronoun that stands for no one named: its mentions are pronouns, one word each.
        assertThat(speaker.mentions())
            .as("%s: unnamed speaker %d", description, id)
            .allSatisfy(m -> assertThat(m.text()).doesNotContainAnyWhitespaces());
      } else {
        assertThat(speaker.name()).as("%s: speaker %d", description, id).isNotBlank();
      }
      for (Mention mention : speaker.mentions()) {
        assertSpan(text, mention.span(), mention.text(), description + ": speaker " + id);
      }
    }
  }

  private static void assertSpan(String text, Span span, String spanText, String what) {
    assertThat(span.end())
        .as("%s: span %s inside a text of %d", what, span, text.length())
        .isLessThanOrEqualTo(text.length());
    assertThat(spanText).as("%s: text of span %s", what, span).isEqualTo(span.textIn(text));
  }
}
