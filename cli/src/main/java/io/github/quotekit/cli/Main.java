package io.github.quotekit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

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
    Command.Terminals terminals = new Command.Terminals(isTerminal(0), isTerminal(2));
    System.exit(new Command(System.in, StandardOutput.open(), System.err, terminals).run(args));
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

  /**
   * Returns whether a standard stream of the process is a terminal: standard input, where the tool
   * hints that it waits for an article, or standard error, where the progress line is shown by
   * default. On Linux, from the file that the descriptor is open on; elsewhere, from whether the
   * JVM has a console (standard input and output are terminals).
   *
   * @param descriptor 0 for standard input, 2 for standard error
   */
  static boolean isTerminal(int descriptor) {
    try {
      Path fd = Path.of("/proc/self/fd/" + descriptor);
      if (Files.isSymbolicLink(fd)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux, or /proc is not readable: fall back to the console.
    }
    return System.console() != null;
  }
}
