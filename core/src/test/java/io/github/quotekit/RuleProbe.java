package io.github.quotekit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A rule that decides nothing and records what a function reads from each context it is given,
 * so that tests can look at contexts after the calls (a context itself must not be kept).
 */
final class RuleProbe<T> implements AttributionRule {
  private final Function<RuleContext, T> reading;
  private final List<T> readings = new ArrayList<>();

  RuleProbe(Function<RuleContext, T> reading) {
    this.reading = reading;
  }

  /** Returns one reading per quotation of {@code text}, extracted with this probe alone. */
  static <T> List<T> read(String text, Function<RuleContext, T> reading) {
    RuleProbe<T> probe = new RuleProbe<>(reading);
    return readWith(QuoteExtractor.builder().removeAllRules().addRule(probe).build(), probe, text);
  }

  /** Returns one reading of {@code probe} per quotation of {@code text}, with {@code extractor}. */
  static <T> List<T> readWith(QuoteExtractor extractor, RuleProbe<T> probe, String text) {
    extractor.extract(text);
    return List.copyOf(probe.readings);
  }

  /** Returns the first candidate of the first quotation's sentence in {@code text}. */
  static SpeakerCandidate firstCandidate(String text) {
    return read(text, context -> context.candidates(context.sentence()).get(0)).get(0);
  }

  @Override
  public String name() {
    return "probe";
  }

  @Override
  public synchronized Optional<RuleDecision> attribute(RuleContext context) {
    readings.add(reading.apply(context));
    return Optional.empty();
  }
}
