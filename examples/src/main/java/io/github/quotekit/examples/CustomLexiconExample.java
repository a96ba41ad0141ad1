package io.github.quotekit.examples;

import io.github.quotekit.Lexicon;
import io.github.quotekit.Quote;
import io.github.quotekit.QuoteExtractor;

/**
 * Shows a newsroom's own word lists: cue verbs its reporters use ("harrumphed", "opined") and a
 * local title ("Harbormaster") added to the bundled {@link Lexicon}. Extracts a short made-up
 * article with the bundled lexicon and again with the extended one, and prints both. After {@code
 * mvn -B -q package -DskipTests} in the project root:
 *
 * <pre>
 * java -cp examples/target/quotekit-examples.jar io.github.quotekit.examples.CustomLexiconExample
 * </pre>
 */
public final class CustomLexiconExample {

  /** A made-up article whose cue verbs and title the bundled lexicon does not know. */
  static final String ARTICLE =
      "The ferry contract was delayed again on Tuesday.\n\n"
          + "“This budget is a fantasy,” harrumphed Harbormaster Lena Okafor.\n\n"
          + "“We will see,” opined Dana Ortiz.";

  private CustomLexiconExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Console.useUtf8();
    run();
  }

  /** Returns an extractor with the bundled lexicon, extended by the newsroom's verbs and title. */
  static QuoteExtractor newsroomExtractor() {
    // README: custom-lexicon
    Lexicon lexicon =
        Lexicon.english().toBuilder()
            .addCueVerbs("harrumph", "opine") // by lemma: "harrumphed" and "opines" match too
            .addTitle("Harbormaster", "harbormaster") // the title and the role it gives
            .build();
    QuoteExtractor extractor = QuoteExtractor.builder().lexicon(lexicon).build();
    // END README
    return extractor;
  }

  /** Prints the article's quotations with the bundled lexicon and with the newsroom's. */
  static void run() {
    print("Bundled lexicon:", QuoteExtractor.builder().minUnattributedWords(0).build());
    print("Newsroom lexicon:", newsroomExtractor());
  }

  private static void print(String heading, QuoteExtractor extractor) {
    System.out.println(heading);
    for (Quote quote : extractor.extract(ARTICLE).quotes()) {
      String title = quote.speaker().flatMap(s -> s.title()).map(t -> " (" + t + ")").orElse("");
      String cue = quote.cue().map(c -> ", cue “" + c.text() + "”").orElse("");
      System.out.println("  " + Console.describe(quote) + title + cue);
    }
  }
}
