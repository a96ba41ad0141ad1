package io.github.quotekit.internal.rules;

import io.github.quotekit.AttributionRule;
import io.github.quotekit.internal.attribution.ReportedSpeechAttributor;
import java.util.List;

/** Runs a chain of reported-speech rules over a text, as the extractor does. */
final class ReportedFixture {
  private ReportedFixture() {}

  /**
   * One content as written: its words, its source's words (null without source), its cue's lemma
   * (null without cue) and the deciding rule.
   */
  record Found(String content, String source, String cue, String rule) {}

  /** Returns what the chain {@code rules} finds in {@code text}, in text order. */
  static List<Found> find(String text, AttributionRule... rules) {
    RuleFixture fixture = RuleFixture.of(text);
    return new ReportedSpeechAttributor(List.of(rules), false)
        .attribute(fixture.finder(), fixture.segments()).stream()
        .map(
            s ->
                new Found(
                    s.content().textIn(text),
                    s.source().map(m -> m.span().textIn(text)).orElse(null),
                    s.cue().map(c -> c.lemma()).orElse(null),
                    s.rule()))
        .toList();
  }
}
