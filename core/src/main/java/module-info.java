/**
 * quotekit: quotation extraction and speaker attribution for English news.
 *
 * <p>Only {@code io.github.quotekit} is exported.
 */
module io.github.quotekit {
  requires org.apache.opennlp.tools;
  requires com.google.common;

  exports io.github.quotekit;

  uses io.github.quotekit.AttributionRule;
}
