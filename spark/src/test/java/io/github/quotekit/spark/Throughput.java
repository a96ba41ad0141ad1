package io.github.quotekit.spark;

import io.github.quotekit.QuoteExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Compares the throughput of the DataFrame function in local mode with that of the plain extractor
 * on the same number of threads, in steady state (after a warm-up). Not a test: run it by hand,
 * with the test class path and the surefire argLine (see the module's documentation).
 *
 * <p>Arguments: [ARTICLES [THREADS [ROUNDS]]], defaults 3000, 2 and 3.
 */
public final class Throughput {

  private Throughput() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    List<String> articles = NewsGenerator.articles(100_000, count);
    long chars = articles.stream().mapToLong(String::length).sum();
    System.out.printf("%d articles, %d characters, %d threads%n", count, chars, threads);

    QuoteExtractor extractor = Extractors.get(ExtractorConfig.defaults());
    plain(extractor, articles, threads); // warm-up
    SparkSession spark =
        SparkSession.builder()
            .master("local[" + threads + "]")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.ui.enabled", "false")
            .getOrCreate();
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      rows.add(RowFactory.create((long) i, articles.get(i)));
    }
    StructType schema =
        new StructType(
            new StructField[] {
              DataTypes.createStructField("id", DataTypes.LongType, false),
              DataTypes.createStructField("text", DataTypes.StringType, false)
            });
    Path dir = Files.createTempDirectory("quotekit-throughput");
    Path input = dir.resolve("articles.parquet");
    spark.createDataFrame(rows, schema).repartition(threads * 4).write().parquet(input.toString());
    spark(spark, input, dir.resolve("warm-up")); // warm-up

    for (int round = 0; round < rounds; round++) {
      long cpu = cpuNanos();
      double plainSeconds = plain(extractor, articles, threads);
      double plainCpu = (cpuNanos() - cpu) / 1e9;
      cpu = cpuNanos();
      double sparkSeconds = spark(spark, input, dir.resolve("round-" + round));
      double sparkCpu = (cpuNanos() - cpu) / 1e9;
      System.out.printf(
          "round %d: plain %d threads %.2f s wall, %.2f s CPU (%.0f articles/s);"
              + " Spark local[%d] %.2f s wall, %.2f s CPU (%.0f articles/s);"
              + " Spark at %.0f%% of plain by wall time, %.0f%% by CPU time%n",
          round, threads, plainSeconds, plainCpu, count / plainSeconds, threads, sparkSeconds,
          sparkCpu, count / sparkSeconds, 100 * plainSeconds / sparkSeconds,
          100 * plainCpu / sparkCpu);
    }
    spark.stop();
  }

  /** Returns the CPU time this JVM has used, all threads together (JIT and GC included). */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Reads Parquet, extracts and writes Parquet, as the spark-submit job does. */
  private static double spark(SparkSession spark, Path input, Path output) {
    long start = System.nanoTime();
    Dataset<Row> documents = spark.read().parquet(input.toString());
    QuotekitSpark.quotes(documents).write().parquet(output.toString());
    return (System.nanoTime() - start) / 1e9;
  }

  private static double plain(QuoteExtractor extractor, List<String> articles, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger next = new AtomicInteger();
    long start = System.nanoTime();
    List<Future<Integer>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(
          pool.submit(
              () -> {
                int quotes = 0;
                for (int i = next.getAndIncrement(); i < articles.size();
                    i = next.getAndIncrement()) {
                  quotes += extractor.extract(articles.get(i)).quotes().size();
                }
                return quotes;
              }));
    }
    for (Future<Integer> future : futures) {
      future.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    return seconds;
  }
}
