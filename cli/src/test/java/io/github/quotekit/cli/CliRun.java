package io.github.quotekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

/**
 * One in-process run of the command line: its exit code and what it wrote.
 *
 * @param code the exit code {@link Main#run} returned
 * @param out what it wrote to standard output
 * @param err what it wrote to standard error
 */
record CliRun(int code, String out, String err) {

  /**
   * Runs {@link Main#run} with {@code stdin} as standard input and {@code --no-meta}, so that the
   * output holds the documents alone.
   */
  static CliRun of(String stdin, String... args) {
    String[] withoutMeta = new String[args.length + 1];
    withoutMeta[0] = "--no-meta";
    System.arraycopy(args, 0, withoutMeta, 1, args.length);
    return withMeta(stdin, withoutMeta);
  }

  /** Runs {@link Main#run} with {@code stdin} as standard input and exactly {@code args}. */
  static CliRun withMeta(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream outStream = new PrintStream(out, true, UTF_8);
        PrintStream errStream = new PrintStream(err, true, UTF_8)) {
      code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(UTF_8)), outStream, errStream);
    }
    return new CliRun(code, out.toString(UTF_8), err.toString(UTF_8));
  }
}
