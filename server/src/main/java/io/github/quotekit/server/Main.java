package io.github.quotekit.server;

import java.io.IOException;
import java.io.PrintStream;

/**
 * Entry point of {@code quotekit-server.jar}: {@code java -jar server/target/quotekit-server.jar
 * --port 8080}.
 *
 * <p>It loads the models, binds the address and then prints the server's URI, {@code
 * http://HOST:PORT/}, as the one line of standard output, so that a script that started it with
 * {@code --port 0} reads the port from there; everything else goes to standard error. It runs until
 * the process is stopped (SIGTERM or Ctrl-C), and then lets running requests finish for up to
 * {@value QuotekitServer#STOP_SECONDS} seconds.
 */
public final class Main {

  /** Bad command line. */
  static final int EXIT_USAGE = 2;

  /** The address could not be bound, or the models could not be loaded. */
  static final int EXIT_ERROR = 1;

  private Main() {}

  /**
   * Starts the server.
   *
   * @param args the command line; see {@link ServerOptions#HELP}
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Starts the server and returns, leaving it running; a shutdown hook stops it.
   *
   * @return 0 when the server runs, else the exit code
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    ServerOptions options;
    try {
      options = ServerOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("quotekit-server: " + e.getMessage());
      err.println("Try 'java -jar quotekit-server.jar --help' for more information.");
      return EXIT_USAGE;
    }
    if (options.help()) {
      out.print(ServerOptions.HELP);
      out.flush();
      return 0;
    }
    QuotekitServer server;
    try {
      server = QuotekitServer.start(options);
    } catch (IOException | RuntimeException e) {
      err.println("quotekit-server: cannot start on " + options.bind() + ":" + options.port()
          + ": " + e);
      return EXIT_ERROR;
    }
    Runtime.getRuntime()
        .addShutdownHook(new Thread(server::close, "quotekit-server-stop"));
    out.println(server.uri());
    out.flush();
    err.println("quotekit-server: serving the page and /v1/extract, /v1/extract-batch, /health at "
        + server.uri() + " (at most " + options.maxConcurrent() + " extractions at once, "
        + options.maxRequestBytes() + " bytes a request); stop with Ctrl-C or SIGTERM");
    return 0;
  }
}
