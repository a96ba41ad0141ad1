package io.github.quotekit.internal.attribution;

import io.github.quotekit.AttributionRule;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The built-in attribution rules, most precise first, at priorities 100, 200, .... */
public final class BuiltInRules {
  private static final int PRIORITY_STEP = 100;
  private static final List<AttributionRule> ALL = create();

  private BuiltInRules() {}

  private static List<AttributionRule> create() {
    List<AttributionSieve> sieves =
        List.of(
            new QuoteCommaVerbNameSieve(),
            new QuoteCommaNameVerbSieve(),
            new DashSignOffSieve(),
            new NameVerbColonSieve(),
            new AccordingToSieve(),
            new QuotedAsSayingSieve(),
            new NameVerbPartialQuoteSieve(),
            new SentenceCueSieve(),
            new SplitQuoteContinuationSieve(),
            new PreviousSentenceCueSieve(),
            new ColonLeadInParagraphSieve(),
            new ParagraphContinuationSieve(),
            new SentenceSubjectSieve());
    List<AttributionRule> rules = new ArrayList<>();
    for (int i = 0; i < sieves.size(); i++) {
      rules.add(new BuiltInRule(sieves.get(i), (i + 1) * PRIORITY_STEP));
    }
    return List.copyOf(rules);
  }

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
