package io.github.quotekit.benchmarks.eval;

import java.util.List;

/**
 * A gold attribution ({@code doc["attributions"][i]}, PolNeAR): reported speech, direct or
 * indirect, with the spans of its content and source.
 *
 * @param content the content's spans; their union is what predictions are matched against
 * @param source the spans of the source mention; empty for an attribution without source
 * @param sourceText the source's words, or null when the file has none
 * @param cueText the cue's words ({@code "said"}, {@code "according to"}), or null when the file
 *     has none; score.py ignores it, the cue-family report reads it
 */
public record GoldAttribution(
    List<Interval> content, List<Interval> source, String sourceText, String cueText) {

  /** Copies the lists. */
  public GoldAttribution {
    content = List.copyOf(content);
    source = List.copyOf(source);
  }
}
