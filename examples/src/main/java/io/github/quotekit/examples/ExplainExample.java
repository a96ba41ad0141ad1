package io.github.quotekit.examples;

import io.github.quotekit.Explanation;
import io.github.quotekit.Quote;
import io.github.quotekit.QuoteExtractor;
import java.io.IOException;

/**
 * Prints how each quotation of the bundled sample article got its speaker: the rules asked in
 * order, the candidates they passed over and why, the rule that decided and how its mention was
 * linked to the speaker. After {@code mvn -B -q package -DskipTests} in the project root:
 *
 * <pre>
 * java -cp examples/target/quotekit-examples.jar io.github.quotekit.examples.ExplainExample
 * </pre>
 */
public final class ExplainExample {

  private ExplainExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   * @throws IOException if the sample article cannot be read
   */
  public static void main(String[] args) throws IOException {
    Console.useUtf8();
    run(QuickStart.sampleArticle());
  }

  /** Prints the explanation of every quotation of {@code article}. */
  static void run(String article) {
    // README: explain
    QuoteExtractor extractor = QuoteExtractor.builder().reportedSpeech(false).explain(true).build();
    for (Quote quote : extractor.extract(article).quotes()) {
      System.out.println("“" + quote.text() + "”");
      Explanation explanation = quote.explanation().orElseThrow();
      for (Explanation.RuleTrial trial : explanation.trials()) {
        String outcome = trial.decided() ? "decided" : "declined";
        System.out.println("  " + trial.rule() + " " + outcome + ": " + trial.evidence());
        for (Explanation.Rejection rejection : trial.rejected()) {
          System.out.println("    not " + rejection.candidate().text() + ": " + rejection.reason());
        }
      }
      explanation.resolution().ifPresent(resolution -> System.out.println(
          "  " + resolution.method() + ": " + resolution.mention().text()
              + resolution.antecedent().map(antecedent -> " is " + antecedent.text()).orElse("")));
    }
    // END README
  }
}
