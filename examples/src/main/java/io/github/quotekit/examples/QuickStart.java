package io.github.quotekit.examples;

import io.github.quotekit.Extraction;
import io.github.quotekit.Quote;
import io.github.quotekit.QuoteExtractor;
import io.github.quotekit.Speaker;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The README's quick-start example as a runnable program: prints every quotation of an article
 * with its speaker.
 *
 * <p>With a file argument it reads that file (UTF-8 plain text, paragraphs separated by blank
 * lines); without one it reads the bundled sample article, {@code examples/sample-article.txt}.
 * After {@code mvn -B -q package -DskipTests} in the project root:
 *
 * <pre>
 * java -jar examples/target/quotekit-examples.jar [FILE]
 * </pre>
 */
public final class QuickStart {

  /** Class-path location of the bundled sample article, relative to this class. */
  static final String SAMPLE_ARTICLE = "sample-article.txt";

  private QuickStart() {}

  /**
   * Runs the example.
   *
   * @param args an optional path to an article; the bundled sample when absent
   * @throws IOException if the article cannot be read
   */
  public static void main(String[] args) throws IOException {
    Console.useUtf8();
    String text = args.length > 0 ? Files.readString(Path.of(args[0])) : sampleArticle();

    // The README example: build one extractor, extract, print.
    QuoteExtractor extractor = QuoteExtractor.english();
    Extraction result = extractor.extract(text);
    for (Quote q : result.quotes()) {
      String who = q.speaker().map(Speaker::name).orElse("(unattributed)");
      System.out.println("“" + q.text() + "” — " + who);
    }
  }

  /**
   * Returns the bundled sample article, read from the class path.
   *
   * @throws IOException if the resource is missing or cannot be read
   */
  static String sampleArticle() throws IOException {
    try (InputStream in = QuickStart.class.getResourceAsStream(SAMPLE_ARTICLE)) {
      if (in == null) {
        throw new FileNotFoundException("class-path resource not found: " + SAMPLE_ARTICLE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
