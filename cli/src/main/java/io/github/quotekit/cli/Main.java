package io.github.quotekit.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * Entry point of the {@code quotekit} command-line tool.
 *
 * <p>{@link #main} only hands the process streams to {@link #run} and exits with its code; {@link
 * #run} is what tests call.
 */
public final class Main {

  private Main() {}

  /**
   * Runs the tool on the process streams and exits with its exit code.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  /**
   * Runs the tool without touching the process: no {@code System.exit}, no global streams.
   *
   * @param args the command-line arguments
   * @param in what reading "standard input" reads
   * @param out where documents, help and version go (documents as UTF-8)
   * @param err where diagnostics go
   * @return the exit code, one of the {@code EXIT_} constants of {@link Command}
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    return new Command(in, out, err).run(args);
  }
}
