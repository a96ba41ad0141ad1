package io.github.quotekit.examples;

import io.github.quotekit.AttributionRule;
import io.github.quotekit.MentionKind;
import io.github.quotekit.QuoteExtractor;
import io.github.quotekit.RuleContext;
import io.github.quotekit.RuleDecision;
import io.github.quotekit.SpeakerCandidate;
import java.util.Optional;

/**
 * Configures the chain of attribution rules: adds the house rule, removes a built-in one and
 * replaces another with a narrower version of itself; prints the chain in the order the extractor
 * asks it, then the chain with the rules that {@link java.util.ServiceLoader} finds on the class
 * path. After {@code mvn -B -q package -DskipTests} in the project root:
 *
 * <pre>
 * java -cp examples/target/quotekit-examples.jar io.github.quotekit.examples.RuleChainExample
 * </pre>
 */
public final class RuleChainExample {

  private RuleChainExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Console.useUtf8();
    run();
  }

  /** Prints the chains of the house extractor and of the discovering one. */
  static void run() {
    System.out.println("House chain:");
    // README: list-rules
    for (AttributionRule rule : houseExtractor().rules()) {
      System.out.println("  " + rule.name());
    }
    // END README
    System.out.println("Built-in rules and discovered ones:");
    discoveringExtractor().rules().forEach(rule -> System.out.println("  " + rule.name()));
  }

  /**
   * An extractor for a newsroom's copy: with its house rule, without carrying a speaker over to
   * the next paragraph, and taking a sentence's subject for the speaker only when it is a name.
   */
  static QuoteExtractor houseExtractor() {
    // README: rule-chain
    QuoteExtractor extractor =
        QuoteExtractor.builder()
            .addRule(new FromLeadInRule()) // at its own priority(), 350
            .removeRule("paragraph-continuation") // each paragraph names its own speaker
            .replaceRule("sentence-subject", namesOnly(AttributionRule.builtIn("sentence-subject")))
            .build();
    // END README
    return extractor;
  }

  /** The built-in rules and those that {@code META-INF/services} files on the class path name. */
  static QuoteExtractor discoveringExtractor() {
    // README: discover
    QuoteExtractor extractor = QuoteExtractor.builder().discoverRules().build();
    // END README
    return extractor;
  }

  // README: names-only
  /** Returns {@code rule} narrowed to names: its decisions for "he" or "the mayor" are dropped. */
  static AttributionRule namesOnly(AttributionRule rule) {
    return new AttributionRule() {
      @Override
      public String name() {
        return rule.name();
      }

      @Override
      public Optional<RuleDecision> attribute(RuleContext context) {
        return rule.attribute(context)
            .filter(decision -> decision.speaker().map(SpeakerCandidate::kind).orElse(null) == MentionKind.NAME);
      }
    };
  }
  // END README
}
