/**
 * quotekit: quotation extraction and speaker attribution for English news.
 *
 * <p>Only {@code io.github.quotekit} is exported. No OpenNLP type appears in its API: OpenNLP and
 * its English models are an implementation detail (the {@code io.github.quotekit.opennlp} module
 * plugs in an OpenNLP name-finder model).
 */
module io.github.quotekit {
  requires org.apache.opennlp.tools;
  // OpenNLP, an automatic module, logs through SLF4J but cannot require it: core does, so that
  // SLF4J is resolved on the module path.
  requires org.slf4j;

  exports io.github.quotekit;

  uses io.github.quotekit.AttributionRule;
  // QuietLogging looks for a logger binding before OpenNLP starts SLF4J.
  uses org.slf4j.spi.SLF4JServiceProvider;
}
