package io.github.quotekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Built-in rules run on the public contract like any user's: wrapping each one in a pass-through
 * decorator (the README's pattern) changes nothing in the extraction, not the channel, the cue's
 * lemma, the confidence nor the explanation.
 */
class DecoratedRulesTest {
  private static final long MASTER_SEED = Long.getLong("quotekit.seed", 0xDEC0_2026L);

  /** A rule that forwards everything to {@code rule}: what a user's decorator does. */
  private static AttributionRule passThrough(AttributionRule rule) {
    return new AttributionRule() {
      @Override
      public String name() {
        return rule.name();
      }

      @Override
      public int priority() {
        return rule.priority();
      }

      @Override
      public RuleScope scope() {
        return rule.scope();
      }

      @Override
      public Optional<RuleDecision> attribute(RuleContext context) {
        return rule.attribute(context);
      }
    };
  }

  private static QuoteExtractor decorated(boolean reportedSpeech, boolean explain) {
    QuoteExtractor.Builder builder =
        QuoteExtractor.builder()
            .removeAllRules()
            .reportedSpeech(reportedSpeech)
            .explain(explain)
            .minUnattributedWords(0);
    AttributionRule.builtIns().forEach(rule -> builder.addRule(passThrough(rule)));
    return builder.build();
  }

  private static QuoteExtractor plain(boolean reportedSpeech, boolean explain) {
    return QuoteExtractor.builder()
        .reportedSpeech(reportedSpeech)
        .explain(explain)
        .minUnattributedWords(0)
        .build();
  }

  static Stream<String> articles() throws Exception {
    System.out.println("DecoratedRulesTest master seed -Dquotekit.seed=" + MASTER_SEED);
    List<String> texts = new ArrayList<>();
    texts.add(
        Files.readString(
            Path.of("..", "examples", "sample-article.txt"), StandardCharsets.UTF_8));
    RandomNewsArticles.seeds(MASTER_SEED, 40).mapToObj(RandomNewsArticles::article)
        .forEach(texts::add);
    return texts.stream();
  }

  @ParameterizedTest
  @MethodSource("articles")
  void decoratedBuiltInsGiveTheDefaultExtraction(String article) {
    for (boolean reportedSpeech : new boolean[] {false, true}) {
      for (boolean explain : new boolean[] {false, true}) {
        assertThat(decorated(reportedSpeech, explain).extract(article))
            .as("reported speech %s, explain %s", reportedSpeech, explain)
            .isEqualTo(plain(reportedSpeech, explain).extract(article));
      }
    }
  }
}
