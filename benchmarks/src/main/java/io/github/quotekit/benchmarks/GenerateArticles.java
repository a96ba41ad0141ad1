package io.github.quotekit.benchmarks;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Writes made-up {@link Articles} as JSON lines ({@code {"id", "text"}}), for speed and memory
 * runs of the command line on inputs of any size.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.quotekit.benchmarks.GenerateArticles \
 *     --bytes 500000000 --out /tmp/articles.jsonl [--seed 1]
 * </pre>
 *
 * <p>Article sizes cycle through 1, 5, 5, 2 and 50 KB (12.6 KB on average). Writing stops at the
 * first article that takes the file to {@code --bytes} or more.
 */
public final class GenerateArticles {
  private static final int[] SIZES = {1_000, 5_000, 5_000, 2_000, 50_000};

  private GenerateArticles() {}

  /** Runs the command; exits with status 2 on a usage error. */
  public static void main(String[] args) throws IOException {
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    Options options =
        Options.parseOrExit(
            args,
            Set.of(),
            Set.of("--bytes", "--out", "--seed"),
            0,
            "GenerateArticles --bytes N --out FILE [--seed S]",
            err);
    if (!options.has("--bytes") || !options.has("--out")) {
      err.println("usage: GenerateArticles --bytes N --out FILE [--seed S]");
      System.exit(2);
    }
    long bytes = Long.parseLong(options.get("--bytes"));
    long seed = options.has("--seed") ? Long.parseLong(options.get("--seed")) : 1;
    Path out = Path.of(options.get("--out"));
    long written = 0;
    long count = 0;
    try (Writer writer =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8),
            1 << 16)) {
      while (written < bytes) {
        JsonObject line = new JsonObject();
        line.add("id", new JsonPrimitive("a" + count));
        int size = SIZES[(int) (count % SIZES.length)];
        line.add("text", new JsonPrimitive(Articles.article(seed * 7919 + count, size)));
        String json = line.toString() + "\n";
        writer.write(json);
        written += json.getBytes(StandardCharsets.UTF_8).length;
        count++;
      }
    }
    err.printf("%d articles, %d bytes written to %s%n", count, written, out);
  }
}
