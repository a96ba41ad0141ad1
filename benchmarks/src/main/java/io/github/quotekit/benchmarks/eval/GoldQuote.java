package io.github.quotekit.benchmarks.eval;

import java.util.List;

/**
 * A gold direct-quotation unit ({@code doc["quotes"][i]} in the gold file).
 *
 * @param span {@code begin} and {@code end}, UTF-16 offsets of the quoted words
 * @param text the quoted words ({@code text}), or null when the file has none; only error reports
 *     need it
 * @param source the spans of the speaker's mention where the quote is attributed; empty when the
 *     quote has no source (then an unattributed prediction is right)
 * @param sourceText the source's words ({@code sourceText}), or null when the file has none
 * @param entity who the source stands for ({@code entity}), or null when not given or empty
 */
public record GoldQuote(
    Interval span, String text, List<Interval> source, String sourceText, String entity) {

  /** Copies the source list. */
  public GoldQuote {
    source = List.copyOf(source);
  }
}
