package io.github.quotekit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.AttributionRule;
import io.github.quotekit.Extraction;
import io.github.quotekit.Quote;
import io.github.quotekit.QuoteExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The built-in rules can be taken out of the chain and put back by name, with nothing lost. */
final class BuiltInRuleChainTest {

  @Test
  void withoutRulesTheSampleArticleHasQuotationsButNoSpeaker() throws IOException {
    QuoteExtractor noRules =
        QuoteExtractor.builder().removeAllRules().minUnattributedWords(0).build();

    Extraction result = noRules.extract(QuickStart.sampleArticle());

    assertThat(noRules.rules()).isEmpty();
    assertThat(result.quotes()).isNotEmpty().allSatisfy(quote -> {
      assertThat(quote.rule()).isEqualTo(Quote.UNATTRIBUTED);
      assertThat(quote.speakerMention()).isEmpty();
      assertThat(quote.speaker()).isEmpty();
    });
    assertThat(result.speakers()).isEmpty();
  }

  @Test
  void reAddingTheBuiltInRulesByNameGivesTheDefaultExtraction() throws IOException {
    // README: re-add
    QuoteExtractor.Builder builder = QuoteExtractor.builder().removeAllRules();
    for (AttributionRule builtIn : AttributionRule.builtIns()) {
      builder.addRule(AttributionRule.builtIn(builtIn.name()));
    }
    QuoteExtractor rebuilt = builder.build();
    // END README
    String sample = QuickStart.sampleArticle();

    assertThat(rebuilt.rules()).isEqualTo(QuoteExtractor.english().rules());
    assertThat(rebuilt.extract(sample)).isEqualTo(QuoteExtractor.english().extract(sample));
  }

  @Test
  void theReadmeTableListsTheBuiltInRulesInChainOrder() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    String[] rows =
        AttributionRule.builtIns().stream()
            .map(rule -> "| " + rule.priority() + " | `" + rule.name() + "` |")
            .toArray(String[]::new);

    assertThat(readme).containsSubsequence(rows);
  }
}
