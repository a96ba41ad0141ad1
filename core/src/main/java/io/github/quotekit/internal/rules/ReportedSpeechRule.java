package io.github.quotekit.internal.rules;

import io.github.quotekit.AttributionRule;
import io.github.quotekit.RuleScope;

/** A built-in rule of the reported speech of sentences. */
interface ReportedSpeechRule extends AttributionRule {
  @Override
  default RuleScope scope() {
    return RuleScope.REPORTED_SPEECH;
  }
}
