package io.github.quotekit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.QuoteExtractor;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticlesTest {

  @ParameterizedTest
  @ValueSource(ints = {1_000, 5_000, 50_000})
  void articlesHaveTheirSizeAreReproducibleAndQuoteSomeone(int size) {
    List<String> articles = Articles.articles(size, 8, size);

    assertThat(articles).doesNotHaveDuplicates();
    assertThat(articles).allSatisfy(text -> assertThat(text.length()).isBetween(size, size + 800));
    assertThat(Articles.articles(size, 8, size)).isEqualTo(articles);
    assertThat(QuoteExtractor.english().extract(articles.get(0)).quotes()).isNotEmpty();
  }
}
