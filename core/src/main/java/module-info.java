/**
 * quotekit: quotation extraction and speaker attribution for English news.
 *
 * <p>Only {@code io.github.quotekit} is exported.
 */
module io.github.quotekit {
  // EntityRecognizer.openNlp takes an OpenNLP model, so users of the API need OpenNLP too.
  requires transitive org.apache.opennlp.tools;
  requires com.google.common;

  exports io.github.quotekit;

  uses io.github.quotekit.AttributionRule;
}
