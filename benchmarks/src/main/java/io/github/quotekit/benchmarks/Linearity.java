package io.github.quotekit.benchmarks;

import io.github.quotekit.Extraction;
import io.github.quotekit.QuoteExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Random;

/**
 * Shows that extraction time grows linearly with the length of an article: builds one news-like
 * line of N MB (quotes, names, pronouns, titles; no line break) and prints the CPU time of {@code
 * extract} for each size and the time per MB.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.quotekit.benchmarks.Linearity 1 2 4 6 8 10
 * </pre>
 */
public final class Linearity {
  private static final String[] FIRST = {"Ana", "Omar", "Dana", "Lena", "Tom", "Ines", "Priya"};
  private static final String[] LAST = {"Ruiz", "Vance", "Ortiz", "Brook", "Darrow", "Voss"};
  private static final String[] TITLES = {"", "Sen. ", "Mayor ", "Dr. ", "Gov. "};

  private Linearity() {}

  /** Runs the check for the sizes given in MB (default 1, 2, 4, 6, 8 and 10). */
  public static void main(String[] args) {
    QuoteExtractor extractor = QuoteExtractor.builder().minUnattributedWords(0).build();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    extractor.extract(text(1, 1)); // warm-up
    for (String arg : args.length == 0 ? new String[] {"1", "2", "4", "6", "8", "10"} : args) {
      int megabytes = Integer.parseInt(arg);
      String text = text(megabytes, 42);
      long start = cpu.getCurrentThreadCpuTime();
      Extraction extraction = extractor.extract(text);
      double seconds = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
      System.out.printf(
          "%3d MB  %7.2f s CPU  %6.2f s/MB  %7d quotes  %6d speakers%n",
          megabytes, seconds, seconds / megabytes, extraction.quotes().size(),
          extraction.speakers().size());
    }
  }

  private static String text(int megabytes, long seed) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder(megabytes * 1_048_576 + 200);
    while (text.length() < megabytes * 1_048_576) {
      String name = pick(random, TITLES) + pick(random, FIRST) + " " + pick(random, LAST)
          + (random.nextInt(50) == 0 ? random.nextInt(100_000) : "");
      switch (random.nextInt(4)) {
        case 0 -> text.append("“We will not back down,” ").append(name).append(" said. ");
        case 1 -> text.append(name).append(" told reporters: “The harbor is full of mud.” ");
        case 2 -> text.append("“It is a good day,” she said. “We waited for years.” ");
        default -> text.append("The council voted on Monday to dredge the harbor again. ");
      }
    }
    return text.toString();
  }

  private static String pick(Random random, String[] pool) {
    return pool[random.nextInt(pool.length)];
  }
}
