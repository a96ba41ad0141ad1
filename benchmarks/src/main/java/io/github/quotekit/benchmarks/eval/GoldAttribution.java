package io.github.quotekit.benchmarks.eval;

import java.util.List;

/**
 * A gold attribution ({@code doc["attributions"][i]}, PolNeAR): reported speech, direct or
 * indirect, with the spans of its content and source.
 *
 * @param content the content's spans; their union is what predictions are matched against
 * @param source the spans of the source mention; empty for an attribution without source
 * @param sourceText the source's words, or null when the file has none
 */
public record GoldAttribution(List<Interval> content, List<Interval> source, String sourceText) {

  /** Copies the lists. */
  public GoldAttribution {
    content = List.copyOf(content);
    source = List.copyOf(source);
  }
}
