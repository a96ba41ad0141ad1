package io.github.quotekit.testkit;

import io.github.quotekit.AttributionRule;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in rule passes the whole conformance base that users' rules are held to, with a few
 * texts each must decide and leave alone. A built-in rule without examples here fails.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("builtIns")
final class BuiltInRuleConformanceTest extends AttributionRuleTestCase {
  private static final Map<String, List<Example>> EXAMPLES =
      Map.ofEntries(
          Map.entry(
              "quote-comma-verb-name",
              List.of(
                  Example.attributes("“The pier is safe,” said Chief Mae Osei.", "Chief Mae Osei"),
                  Example.declines("“The pier is safe,” Chief Mae Osei said."))),
          Map.entry(
              "quote-comma-name-verb",
              List.of(
                  Example.attributes("“The pier is safe,” Chief Mae Osei said.", "Chief Mae Osei"),
                  Example.declines("Chief Mae Osei said: “The pier is safe.”"))),
          Map.entry(
              "title-quotation",
              List.of(
                  Example.notSpeech("Osei hosted “The Harbor Hour” on Sundays."),
                  Example.declines("Osei said, “Probably.”"),
                  Example.declines("The pier was “perfectly safe” for now."))),
          Map.entry(
              "following-attribution-sentence",
              List.of(
                  Example.attributes("“The pier is safe.” Chief Mae Osei said.", "Chief Mae Osei"),
                  Example.declines("“The pier is safe.” The ferry runs again."))),
          Map.entry(
              "as-cue-clause",
              List.of(
                  Example.attributes(
                      "As Chief Mae Osei noted on Monday, the pier is “perfectly safe.”",
                      "Chief Mae Osei"),
                  Example.declines("As the tide rose, the pier was “perfectly safe.”"))),
          Map.entry(
              "dash-sign-off",
              List.of(
                  Example.attributes("“Build the wall higher.” — Tomas Brandvold", "Tomas Brandvold"),
                  Example.declines("“Build the wall higher.” — and then he left the room."))),
          Map.entry(
              "name-verb-colon",
              List.of(
                  Example.attributes("Chief Mae Osei told reporters: “The pier is safe.”",
                      "Chief Mae Osei"),
                  Example.declines("“The pier is safe,” Chief Mae Osei said."))),
          Map.entry(
              "according-to",
              List.of(
                  Example.attributes("“The pier is safe,” according to Chief Mae Osei.",
                      "Chief Mae Osei"),
                  Example.declines("“The pier is safe,” Chief Mae Osei said."))),
          Map.entry(
              "quoted-as-saying",
              List.of(
                  Example.attributes(
                      "The Gazette quoted Chief Mae Osei as saying the pier was “perfectly safe.”",
                      "Chief Mae Osei"),
                  Example.declines("The Gazette called the pier “perfectly safe.”"))),
          Map.entry(
              "name-verb-partial-quote",
              List.of(
                  Example.attributes(
                      "Chief Mae Osei said the pier was “perfectly safe” for now.",
                      "Chief Mae Osei"),
                  Example.declines("The pier was “perfectly safe” for now."))),
          Map.entry(
              "sentence-cue",
              List.of(
                  Example.attributes(
                      "“A disgrace” was how Chief Mae Osei described the pier.",
                      "Chief Mae Osei"),
                  Example.declines("“A disgrace” is the pier's nickname."))),
          Map.entry(
              "split-quote-continuation",
              List.of(
                  Example.declines("“The pier is safe,” he said. “We checked it twice.”"))),
          Map.entry(
              "previous-sentence-cue",
              List.of(
                  Example.attributes(
                      "The pier reopens Monday, Chief Mae Osei said. “We checked it twice.”",
                      "Chief Mae Osei"),
                  Example.declines("The pier reopens Monday. “We checked it twice.”"))),
          Map.entry(
              "colon-lead-in-paragraph",
              List.of(
                  Example.attributes(
                      "Chief Mae Osei said in a statement:\n\n“We checked the pier twice.”",
                      "Chief Mae Osei"),
                  Example.declines("The pier reopens Monday.\n\n“We checked it twice.”"))),
          Map.entry(
              "paragraph-continuation",
              List.of(Example.declines("“The pier is safe.”\n\n“We checked it twice.”"))),
          Map.entry(
              "sentence-subject",
              List.of(
                  Example.attributes(
                      "Chief Mae Osei likened the pier to a “sinking ship.”", "Chief Mae Osei"),
                  Example.declines("The pier is a “sinking ship.”"))),
          Map.entry(
              "previous-sentence-subject",
              List.of(
                  Example.attributes(
                      "Chief Mae Osei shook her head. “We checked it twice.”", "Chief Mae Osei"),
                  Example.declines("The pier reopens Monday. “We checked it twice.”"))),
          Map.entry(
              "reported-question",
              List.of(
                  Example.attributes(
                      "Asked by reporters whether the pier would reopen, the mayor shrugged.",
                      "reporters"),
                  Example.declines("The pier will reopen in May."))),
          Map.entry(
              "reported-colon-lead",
              List.of(
                  Example.attributes("Osei: No repairs before the spring tides.", "Osei"),
                  Example.declines("The pier will reopen in May."))),
          Map.entry(
              "reported-according-to",
              List.of(
                  Example.attributes(
                      "According to Chief Mae Osei, the pier will reopen in May.",
                      "Chief Mae Osei"),
                  Example.declines("The pier will reopen in May."))),
          Map.entry(
              "reported-cue-inside",
              List.of(
                  Example.attributes(
                      "The pier, Chief Mae Osei said, will reopen in May.", "Chief Mae Osei"),
                  Example.declines("Chief Mae Osei said the pier will reopen in May."))),
          Map.entry(
              "reported-cue-last",
              List.of(
                  Example.attributes(
                      "The pier will reopen in May, Chief Mae Osei said.", "Chief Mae Osei"),
                  Example.declines("The pier will reopen in May."))),
          Map.entry(
              "reported-follow-up",
              List.of(Example.declines("The pier will reopen in May and the ferry in June."))),
          Map.entry(
              "reported-cue-first",
              List.of(
                  Example.attributes(
                      "Chief Mae Osei said the pier would reopen in May.", "Chief Mae Osei"),
                  Example.declines("The pier will reopen in May."))));

  /** Injected per run of the class; a field because the base class shares one instance. */
  @Parameter AttributionRule rule;

  static Stream<AttributionRule> builtIns() {
    return AttributionRule.builtIns().stream();
  }

  @Override
  protected AttributionRule rule() {
    return rule;
  }

  /**
   * The continuation rules (split-quote-continuation, paragraph-continuation, reported-follow-up)
   * carry a speaker over, which no rule has decided when alone: they have declining examples only.
   */
  @Override
  protected List<Example> examples() {
    List<Example> examples = EXAMPLES.get(rule.name());
    if (examples == null) {
      throw new AssertionError("no examples for the built-in rule " + rule.name());
    }
    return examples;
  }
}
