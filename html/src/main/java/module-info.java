/**
 * quotekit's HTML report: renders {@link io.github.quotekit.Extraction}s as one self-contained
 * HTML page.
 *
 * <p>Only {@code io.github.quotekit.html} is exported.
 */
module io.github.quotekit.html {
  requires transitive io.github.quotekit;

  exports io.github.quotekit.html;
}
