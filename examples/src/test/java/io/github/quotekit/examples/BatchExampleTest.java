package io.github.quotekit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

final class BatchExampleTest {

  @Test
  void printsTheSameOnFourThreadsAsOnOne() {
    String parallel = CapturedOutput.of(() -> BatchExample.run(builtInArticles(), 4));
    String sequential = CapturedOutput.of(() -> BatchExample.run(builtInArticles(), 1));

    assertThat(parallel)
        .isEqualTo(sequential)
        .containsSubsequence(
            "sample-article.txt: ",
            "built-in text: 3 quotes",
            "  “The roof is finally fixed,” — Priya Lindholm",
            "built-in text: 2 quotes",
            "built-in text: 1 quotes");
  }

  @Test
  void reportsAnArticleThatCannotBeReadAndGoesOn() {
    Stream<BatchExample.Article> articles =
        Stream.of(
            new BatchExample.Article(
                "missing.txt", () -> {
                  throw new UncheckedIOException(new IOException("no such file"));
                }),
            new BatchExample.Article("present.txt", () -> BatchExample.BUILT_IN_TEXTS.get(2)));

    assertThat(CapturedOutput.of(() -> BatchExample.run(articles, 2)))
        .containsSubsequence("missing.txt: failed, java.io.UncheckedIOException", "present.txt: 1 quotes");
  }

  private static Stream<BatchExample.Article> builtInArticles() {
    try {
      return BatchExample.builtInArticles();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
