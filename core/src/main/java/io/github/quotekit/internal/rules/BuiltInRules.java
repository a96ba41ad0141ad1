package io.github.quotekit.internal.rules;

import io.github.quotekit.AttributionRule;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The built-in attribution rules: the direct-quotation rules, most precise first, then the
 * reported-speech rules in the order the extractor asks them about a sentence. Each is an ordinary {@link AttributionRule}
 * on the public {@link io.github.quotekit.RuleContext}: the extractor treats them as it treats a
 * user's rules.
 */
public final class BuiltInRules {
  private static final List<AttributionRule> ALL =
      List.of(
          new TitleQuotationRule(),
          new QuoteCommaVerbNameRule(),
          new QuoteCommaNameVerbRule(),
          new FollowingAttributionSentenceRule(),
          new DashSignOffRule(),
          new NameVerbColonRule(),
          new AccordingToRule(),
          new QuotedAsSayingRule(),
          new AsCueClauseRule(),
          new NameVerbPartialQuoteRule(),
          new SentenceCueRule(),
          new SplitQuoteContinuationRule(),
          new PreviousSentenceCueRule(),
          new ColonLeadInParagraphRule(),
          new ParagraphContinuationRule(),
          new SentenceSubjectRule(),
          new PreviousSentenceSubjectRule(),
          new ReportedQuestionRule(),
          new ReportedColonLeadRule(),
          new ReportedAccordingToRule(),
          new ReportedCueInsideRule(),
          new ReportedCueLastRule(),
          new ReportedFollowUpRule(),
          new ReportedCueFirstRule());

  private BuiltInRules() {}

  /** Returns every built-in rule, most precise first. */
  public static List<AttributionRule> all() {
    return ALL;
  }

  /** Returns the built-in rule called {@code name}. */
  public static AttributionRule named(String name) {
    return ALL.stream()
        .filter(rule -> rule.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no built-in rule \"" + name + "\"; the built-in rules are "
                        + ALL.stream().map(AttributionRule::name).collect(Collectors.joining(", "))));
  }
}
