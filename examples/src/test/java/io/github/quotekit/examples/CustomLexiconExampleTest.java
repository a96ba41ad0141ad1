package io.github.quotekit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.Quote;
import io.github.quotekit.QuoteExtractor;
import java.util.List;
import org.junit.jupiter.api.Test;

final class CustomLexiconExampleTest {

  @Test
  void bundledLexiconMissesTheNewsroomsVerbs() {
    List<Quote> quotes =
        QuoteExtractor.builder()
            .minUnattributedWords(0)
            .build()
            .extract(CustomLexiconExample.ARTICLE)
            .quotes();

    assertThat(quotes).hasSize(2).allSatisfy(q -> assertThat(q.speaker()).isEmpty());
  }

  @Test
  void newsroomLexiconAttributesBothQuotationsWithTheirCuesAndTitle() {
    List<Quote> quotes =
        CustomLexiconExample.newsroomExtractor().extract(CustomLexiconExample.ARTICLE).quotes();

    assertThat(quotes)
        .extracting(
            q -> q.speaker().orElseThrow().name() + " / " + q.cue().orElseThrow().lemma())
        .containsExactly("Lena Okafor / harrumph", "Dana Ortiz / opine");
    assertThat(quotes.get(0).speaker().orElseThrow().title()).contains("Harbormaster");
    assertThat(quotes.get(0).speaker().orElseThrow().role()).contains("harbormaster");
  }

  @Test
  void printsBothExtractions() {
    String output = CapturedOutput.of(CustomLexiconExample::run);

    assertThat(output)
        .containsSubsequence(
            "Bundled lexicon:",
            "“This budget is a fantasy,” — (unattributed)",
            "Newsroom lexicon:",
            "“This budget is a fantasy,” — Lena Okafor (Harbormaster), cue “harrumphed”",
            "“We will see,” — Dana Ortiz, cue “opined”");
  }
}
