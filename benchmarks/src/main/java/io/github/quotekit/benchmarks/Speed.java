package io.github.quotekit.benchmarks;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.quotekit.QuoteExtractor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The in-process half of {@code benchmarks/speed.sh}, on real text: the articles of a JSON Lines
 * corpus such as PolNeAR's {@code dev.jsonl}.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.quotekit.benchmarks.Speed \
 *     steady CORPUS.jsonl [--seconds S] [--reported-speech]
 * java -cp benchmarks/target/benchmarks.jar io.github.quotekit.benchmarks.Speed \
 *     repeat CORPUS.jsonl TIMES OUT.jsonl
 * java -cp benchmarks/target/benchmarks.jar io.github.quotekit.benchmarks.Speed count CORPUS.jsonl
 * </pre>
 *
 * <p>{@code steady} extracts the corpus over and over on one thread. It prints, as {@code
 * key=value} words on one line: the time from the start of the JVM to the first article extracted
 * ({@code first_result_ms}, models loaded), the process CPU time spent on the first pass over the
 * corpus and that pass's characters ({@code first_pass_cpu_s}, {@code first_pass_chars}), then,
 * once the JVM has run for {@code S} seconds (default 40), the steady-state throughput: the median
 * of five more passes, in characters per second of the extracting thread's CPU time ({@code
 * steady_chars_per_cpu_s}) and of wall time ({@code steady_chars_per_s}).
 *
 * <p>{@code repeat} writes the corpus {@code TIMES} times over as JSON Lines of {@code id} and
 * {@code text} only, the {@code k}-th copy of an article with the id {@code ID#k}: a larger input
 * of the same real text, every document distinct by its id. {@code count} prints the number of
 * characters (UTF-16 code units) of the texts of a corpus.
 */
public final class Speed {
  private static final int MEASURED_PASSES = 5;

  private Speed() {}

  /** Runs {@code steady} or {@code repeat}; see the class documentation. */
  public static void main(String[] args) throws IOException {
    if (args.length >= 2 && args[0].equals("steady")) {
      double seconds = 40;
      boolean reportedSpeech = false;
      for (int i = 2; i < args.length; i++) {
        switch (args[i]) {
          case "--seconds" -> seconds = Double.parseDouble(args[++i]);
          case "--reported-speech" -> reportedSpeech = true;
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      steady(read(Path.of(args[1])), seconds, reportedSpeech);
    } else if (args.length == 2 && args[0].equals("count")) {
      System.out.println(read(Path.of(args[1])).stream().mapToLong(a -> a.text().length()).sum());
    } else if (args.length == 4 && args[0].equals("repeat")) {
      repeat(read(Path.of(args[1])), Integer.parseInt(args[2]), Path.of(args[3]));
    } else {
      System.err.println(
          "usage: Speed steady CORPUS.jsonl [--seconds S] [--reported-speech]\n"
              + "       Speed repeat CORPUS.jsonl TIMES OUT.jsonl\n"
              + "       Speed count CORPUS.jsonl");
      System.exit(2);
    }
  }

  /** One article of the corpus. */
  record Article(String id, String text) {}

  static List<Article> read(Path corpus) throws IOException {
    List<Article> articles = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          JsonObject object = JsonParser.parseString(line).getAsJsonObject();
          String id = object.has("id") ? object.get("id").getAsString() : "" + articles.size();
          articles.add(new Article(id, object.get("text").getAsString()));
        }
      }
    }
    if (articles.isEmpty()) {
      throw new IllegalArgumentException(corpus + " holds no article");
    }
    return articles;
  }

  private static void repeat(List<Article> articles, int times, Path out) throws IOException {
    try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int k = 0; k < times; k++) {
        for (Article article : articles) {
          JsonObject object = new JsonObject();
          object.addProperty("id", article.id() + "#" + k);
          object.addProperty("text", article.text());
          writer.write(object.toString());
          writer.write('\n');
        }
      }
    }
  }

  private static void steady(List<Article> articles, double seconds, boolean reportedSpeech) {
    Instant jvmStart =
        Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
    QuoteExtractor extractor = QuoteExtractor.builder().reportedSpeech(reportedSpeech).build();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long chars = articles.stream().mapToLong(a -> a.text().length()).sum();

    extractor.extract(articles.get(0).text());
    long firstResult = Duration.between(jvmStart, Instant.now()).toMillis();
    for (Article article : articles.subList(1, articles.size())) {
      extractor.extract(article.text());
    }
    double firstPassCpu = processCpuSeconds();

    while (Duration.between(jvmStart, Instant.now()).toMillis() < seconds * 1000) {
      pass(extractor, articles);
    }
    double[] perCpuSecond = new double[MEASURED_PASSES];
    double[] perSecond = new double[MEASURED_PASSES];
    for (int i = 0; i < MEASURED_PASSES; i++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      pass(extractor, articles);
      perCpuSecond[i] = chars / ((threads.getCurrentThreadCpuTime() - cpu) / 1e9);
      perSecond[i] = chars / ((System.nanoTime() - wall) / 1e9);
    }
    System.out.printf(
        "articles=%d chars=%d first_result_ms=%d first_pass_cpu_s=%.2f first_pass_chars=%d"
            + " steady_chars_per_cpu_s=%.0f steady_chars_per_s=%.0f%n",
        articles.size(), chars, firstResult, firstPassCpu, chars, median(perCpuSecond),
        median(perSecond));
  }

  private static void pass(QuoteExtractor extractor, List<Article> articles) {
    int quotes = 0;
    for (Article article : articles) {
      quotes += extractor.extract(article.text()).quotes().size();
    }
    if (quotes < 0) {
      throw new AssertionError(); // keeps the results alive
    }
  }

  /** The CPU time of every thread of this JVM (compilers and collectors too), in seconds. */
  private static double processCpuSeconds() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime() / 1e9;
    }
    throw new IllegalStateException("no process CPU time on this JVM");
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
