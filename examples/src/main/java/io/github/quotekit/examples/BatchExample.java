package io.github.quotekit.examples;

import io.github.quotekit.Extraction;
import io.github.quotekit.Quote;
import io.github.quotekit.QuoteExtractor;
import io.github.quotekit.Speaker;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Extracts quotations from several articles in parallel with one shared {@link QuoteExtractor}.
 *
 * <p>A {@code QuoteExtractor} is immutable and thread-safe: build it once (that loads the models)
 * and let any number of threads call {@link QuoteExtractor#extract(String)} on it. This program
 * submits every article several times, so that the threads really overlap, runs that batch on a
 * thread pool and again on a single thread, and checks that both give equal results.
 *
 * <p>With file arguments it reads those files (UTF-8); without, it uses the bundled sample article
 * and three short built-in texts. After {@code mvn -B -q package -DskipTests} in the project root:
 *
 * <pre>
 * java -cp examples/target/quotekit-examples.jar io.github.quotekit.examples.BatchExample [FILE...]
 * </pre>
 */
public final class BatchExample {

  /** Short made-up articles used when no file is given. */
  private static final List<String> BUILT_IN_TEXTS =
      List.of(
          "“We will reopen the reading room on Monday,” said Priya Lindholm, director of the Marsh"
              + " Creek Public Library.\n\n"
              + "“The roof is finally fixed,” she said. “Bring your overdue books.”",
          "Coach Dario Menendez said: “This team never stopped believing.”\n\n"
              + "According to Menendez, “the second half was the best we have played all year.”",
          "The Fernhill Water District said in a statement that “the boil-water notice will be"
              + " lifted by Friday.”");

  /** How many times each article is submitted. */
  private static final int ROUNDS = 8;

  private BatchExample() {}

  /**
   * Runs the example.
   *
   * @param args paths to articles; the bundled sample and built-in texts when empty
   * @throws IOException if an article cannot be read
   * @throws InterruptedException if interrupted while waiting for the workers
   * @throws ExecutionException if an extraction failed
   */
  public static void main(String[] args)
      throws IOException, InterruptedException, ExecutionException {
    System.setOut(
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
    List<String> texts = new ArrayList<>();
    if (args.length > 0) {
      for (String arg : args) {
        texts.add(Files.readString(Path.of(arg)));
      }
    } else {
      texts.add(QuickStart.sampleArticle());
      texts.addAll(BUILT_IN_TEXTS);
    }

    // One extractor for the whole program, shared by every worker thread.
    QuoteExtractor extractor = QuoteExtractor.english();

    List<String> batch = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      batch.addAll(texts);
    }
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    List<Extraction> parallel = extractAll(extractor, batch, threads);
    List<Extraction> sequential = extractAll(extractor, batch, 1);

    for (int i = 0; i < texts.size(); i++) {
      Extraction result = parallel.get(i);
      System.out.printf(
          "Article %d: %d quotes, %d speakers%n",
          i + 1, result.quotes().size(), result.speakers().size());
      for (Quote q : result.quotes()) {
        String who = q.speaker().map(Speaker::name).orElse("(unattributed)");
        System.out.println("  “" + q.text() + "” — " + who);
      }
    }
    if (!parallel.equals(sequential)) {
      throw new IllegalStateException("parallel and sequential results differ");
    }
    System.out.printf(
        "%d extractions on %d threads with one shared extractor: same results as on one thread.%n",
        batch.size(), threads);
  }

  /** Extracts every text on a pool of {@code threads} threads; results keep the input order. */
  static List<Extraction> extractAll(QuoteExtractor extractor, List<String> texts, int threads)
      throws InterruptedException, ExecutionException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Extraction>> futures = new ArrayList<>();
      for (String text : texts) {
        futures.add(pool.submit(() -> extractor.extract(text)));
      }
      List<Extraction> results = new ArrayList<>();
      for (Future<Extraction> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }
}
