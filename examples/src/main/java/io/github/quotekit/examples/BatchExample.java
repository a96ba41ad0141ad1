package io.github.quotekit.examples;

import io.github.quotekit.Quote;
import io.github.quotekit.QuoteExtractor;
import io.github.quotekit.QuoteExtractor.Extracted;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A multi-threaded pipeline: streams articles through one shared {@link QuoteExtractor} on
 * several worker threads with {@link QuoteExtractor#extractAll(java.util.stream.Stream,
 * java.util.function.Function, int)}, and prints each article's quotations in input order.
 *
 * <p>The extractor reads articles from the stream only a few ahead of the results printed, so the
 * same code goes through an archive of any size in bounded memory; an article whose extraction
 * fails is reported with its exception, and the others go on.
 *
 * <p>With file arguments it reads those files (UTF-8), each on a worker thread; without, it uses
 * the bundled sample article and three short built-in texts. After {@code mvn -B -q package
 * -DskipTests} in the project root:
 *
 * <pre>
 * java -cp examples/target/quotekit-examples.jar io.github.quotekit.examples.BatchExample [FILE...]
 * </pre>
 */
public final class BatchExample {

  /** Short made-up articles used when no file is given. */
  static final List<String> BUILT_IN_TEXTS =
      List.of(
          "“We will reopen the reading room on Monday,” said Priya Lindholm, director of the Marsh"
              + " Creek Public Library.\n\n"
              + "“The roof is finally fixed,” she said. “Bring your overdue books.”",
          "Coach Dario Menendez said: “This team never stopped believing.”\n\n"
              + "According to Menendez, “the second half was the best we have played all year.”",
          "The Fernhill Water District said in a statement that “the boil-water notice will be"
              + " lifted by Friday.”");

  private BatchExample() {}

  /**
   * An article of the batch: where it comes from and how to read it. Reading happens on a worker
   * thread, so that slow storage does not hold up the others.
   *
   * @param name what to call the article in the output
   * @param source where its text comes from: a file, or the text itself
   */
  record Article(String name, Source source) {
    String text() {
      return source.read();
    }
  }

  /** The text of an article, read when a worker asks for it. */
  @FunctionalInterface
  interface Source {
    String read();
  }

  /**
   * Runs the example.
   *
   * @param args paths to articles; the bundled sample and built-in texts when empty
   * @throws IOException if the bundled sample article cannot be read
   */
  public static void main(String[] args) throws IOException {
    Console.useUtf8();
    Stream<Article> articles =
        args.length > 0 ? Arrays.stream(args).map(BatchExample::file) : builtInArticles();
    run(articles, Math.max(2, Runtime.getRuntime().availableProcessors()));
  }

  /** Extracts {@code articles} on {@code threads} workers and prints their quotations in order. */
  static void run(Stream<Article> articles, int threads) {
    // One extractor for the whole program, shared by every worker thread.
    QuoteExtractor extractor = QuoteExtractor.english();
    // Closing the result stops the workers, even if printing fails half-way.
    try (Stream<Extracted<Article>> results =
        extractor.extractAll(articles, Article::text, threads)) {
      results.forEach(BatchExample::print);
    }
  }

  /** The bundled sample article and the built-in texts. */
  static Stream<Article> builtInArticles() throws IOException {
    String sample = QuickStart.sampleArticle();
    Stream<Article> builtIn =
        BUILT_IN_TEXTS.stream().map(text -> new Article("built-in text", () -> text));
    return Stream.concat(Stream.of(new Article(QuickStart.SAMPLE_ARTICLE, () -> sample)), builtIn);
  }

  private static Article file(String path) {
    return new Article(
        path,
        () -> {
          try {
            return Files.readString(Path.of(path));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static void print(Extracted<Article> result) {
    String name = result.document().name();
    if (result instanceof QuoteExtractor.Success<Article> success) {
      System.out.printf("%s: %d quotes%n", name, success.extraction().quotes().size());
      for (Quote quote : success.extraction().quotes()) {
        System.out.println("  " + Console.describe(quote));
      }
    } else if (result instanceof QuoteExtractor.Failure<Article> failure) {
      System.out.printf("%s: failed, %s%n", name, failure.exception());
    }
  }
}
