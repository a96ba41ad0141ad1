package io.github.quotekit.examples;

import io.github.quotekit.Quote;
import io.github.quotekit.QuoteExtractor;

/**
 * Shows what a house-style rule, {@link FromLeadInRule}, changes: extracts a short made-up article
 * with the built-in rules alone and again with the rule added, and prints both. Unattributed
 * quotations are printed too, to show the one the built-in rules miss. After {@code mvn -B -q
 * package -DskipTests} in the project root:
 *
 * <pre>
 * java -cp examples/target/quotekit-examples.jar io.github.quotekit.examples.HouseStyleExample
 * </pre>
 */
public final class HouseStyleExample {

  /** A made-up article in the house style: the second quotation has a "from" lead-in. */
  static final String ARTICLE =
      "The Port Calloway council voted 4-3 on Tuesday to delay the ferry contract until June.\n\n"
          + "“We are done waiting,” said Mayor Ana Ruiz.\n\n"
          + "And from Commissioner Dana Ortiz: “A delay is not a plan. Nobody on this council can"
          + " tell me what changes by June.”";

  private HouseStyleExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Console.useUtf8();
    run();
  }

  /** Prints the article's quotations without and with the house rule. */
  static void run() {
    print("Built-in rules:", QuoteExtractor.builder().minUnattributedWords(0).build());
    print(
        "Built-in rules and from-lead-in:",
        QuoteExtractor.builder().minUnattributedWords(0).addRule(new FromLeadInRule()).build());
  }

  private static void print(String heading, QuoteExtractor extractor) {
    System.out.println(heading);
    for (Quote quote : extractor.extract(ARTICLE).quotes()) {
      System.out.println("  " + Console.describe(quote) + " [" + quote.rule() + "]");
    }
  }
}
