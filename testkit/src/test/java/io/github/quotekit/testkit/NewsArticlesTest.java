package io.github.quotekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class NewsArticlesTest {

  @Test
  void theSameSeedGivesTheSameArticles() {
    Random first = new Random(42);
    Random second = new Random(42);

    for (int i = 0; i < 20; i++) {
      assertThat(NewsArticles.article(first)).isEqualTo(NewsArticles.article(second));
    }
  }

  @Test
  void articlesVaryInParagraphsMarksAndLength() {
    Random random = new Random(7);
    String all =
        IntStream.range(0, 200)
            .mapToObj(i -> NewsArticles.article(random))
            .collect(Collectors.joining("\n\n"));

    assertThat(all).contains("\n\n", "“”", "\"", "«", "According to", " — ", "so-called");
    assertThat(all.lines().mapToInt(String::length).max().orElseThrow()).isGreaterThan(2_000);
  }

  @Test
  void theLargeArticleHasTheQuotationsAskedFor() {
    String article = NewsArticles.largeArticle(new Random(1), 5_000);

    assertThat(article.chars().filter(c -> c == '“').count()).isEqualTo(5_000);
    assertThat(article).contains("\n\n");
  }
}
