/**
 * quotekit's OpenNLP name-finder adapter: {@link io.github.quotekit.opennlp.NameFinderRecognizer}
 * plugs any OpenNLP {@code TokenNameFinderModel} into a {@link io.github.quotekit.QuoteExtractor}.
 *
 * <p>Only {@code io.github.quotekit.opennlp} is exported.
 */
module io.github.quotekit.opennlp {
  requires transitive io.github.quotekit;
  // NameFinderRecognizer.of takes an OpenNLP model, so users of this module need OpenNLP too.
  requires transitive org.apache.opennlp.tools;

  exports io.github.quotekit.opennlp;
}
