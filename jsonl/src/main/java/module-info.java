/**
 * quotekit's JSON Lines input: {@link io.github.quotekit.jsonl.ArticleJson} reads one {@code
 * {"id": ..., "text": ...}} article, as the CLI, the server and the Spark job all read it.
 *
 * <p>Only {@code io.github.quotekit.jsonl} is exported.
 */
module io.github.quotekit.jsonl {
  // The articles' ids are Gson values, written back as given.
  requires transitive com.google.gson;

  exports io.github.quotekit.jsonl;
}
