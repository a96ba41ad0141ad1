package io.github.quotekit.benchmarks.eval;

import com.google.gson.JsonElement;

/**
 * A predicted quote as score.py keeps it: the trimmed quote span, the raw mention span and the
 * speaker name, plus the rule that produced it (for error reports), its confidence (for the
 * calibration report) and its cue's text (for the cue-family report); score.py ignores all three.
 *
 * @param span the quote span after {@link Scorer#trim(PyText, Interval)}, non-empty
 * @param mention the speaker mention's span, or null
 * @param name the speaker name as decoded from JSON (usually a string), or null for Python None
 * @param rule the prediction's {@code rule} field, or null
 * @param confidence the prediction's {@code confidence} field when it is a JSON number, else null
 * @param cue the prediction's {@code cue.text} when it is a string, else null
 */
public record Prediction(
    Interval span, Interval mention, JsonElement name, String rule, Double confidence, String cue) {

  /** A prediction without confidence and cue. */
  public Prediction(Interval span, Interval mention, JsonElement name, String rule) {
    this(span, mention, name, rule, null, null);
  }

  /** Returns Python's {@code bool(name)}. */
  public boolean hasName() {
    return PyJson.truthy(name);
  }

  /** Returns true when the prediction names no speaker at all: no mention and no name. */
  public boolean unattributed() {
    return mention == null && !hasName();
  }
}
