package io.github.quotekit.server;

import static java.util.Objects.requireNonNull;

import io.github.quotekit.QuotationMarks;
import io.github.quotekit.QuoteExtractor;
import io.github.quotekit.ExtractorSpec;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * How a {@link QuotekitServer} listens, what it accepts, and how it extracts.
 *
 * <p>Instances are immutable and thread-safe. {@link #parse(String...)} reads them from the
 * command line of {@code quotekit-server.jar}; {@link #defaults()} gives the defaults.
 *
 * @param bind the address to listen on ({@code 127.0.0.1}: this machine only)
 * @param port the TCP port; {@code 0} takes any free one
 * @param maxRequestBytes the largest request body, in bytes, that {@code /v1/extract} and the
 *     page accept, and the longest line of a {@code /v1/extract-batch} body
 * @param maxConcurrent how many extraction requests are served at once; more are answered 503
 * @param threads the worker threads that serve requests, {@code > maxConcurrent} so that {@code
 *     /health} and 503 answers go out while every extraction slot is busy
 * @param minConfidence the extractor's {@code minConfidence}, if given
 * @param minUnattributedWords the extractor's {@code minUnattributedWords}, if given
 * @param reportedSpeech whether indirect and mixed quotations are reported too
 * @param quotationMarks the quotation marks that delimit quotations
 * @param explain whether the JSON answers carry each quote's {@code "explanation"}; the page
 *     always shows explanations
 * @param help whether {@code --help} was asked for
 */
public record ServerOptions(
    String bind,
    int port,
    int maxRequestBytes,
    int maxConcurrent,
    int threads,
    OptionalDouble minConfidence,
    OptionalInt minUnattributedWords,
    boolean reportedSpeech,
    QuotationMarks quotationMarks,
    boolean explain,
    boolean help) {

  /** The default port. */
  public static final int DEFAULT_PORT = 8080;

  /** The default request size limit: 2 MiB, some 300,000 words of English. */
  public static final int DEFAULT_MAX_REQUEST_BYTES = 2 * 1024 * 1024;

  /** The largest accepted {@code --max-request-bytes}: what one Java byte array holds. */
  static final int LARGEST_REQUEST_BYTES = Integer.MAX_VALUE - 16;

  /** What {@code --help} prints. */
  public static final String HELP =
      """
      Usage: java -jar quotekit-server.jar [OPTION...]

      Serves quotekit over HTTP: POST /v1/extract (one article as text/plain or
      application/json {"id", "text"}; answers the CLI's JSON), POST /v1/extract-batch
      (JSON Lines in and out, streamed), GET /health, and a page at / where an article
      is pasted and shown with its quotes highlighted. Prints the bound address,
      http://HOST:PORT/, as one line on standard output when it is ready.

      Options:
        --port N                 TCP port (default 8080; 0 takes any free port)
        --bind ADDRESS           address to listen on (default 127.0.0.1, this machine
                                 only; 0.0.0.0 for every interface)
        --max-request-bytes N    largest request body, and longest batch line, in
                                 bytes (default 2097152); larger ones get 413
        --max-concurrent N       extraction requests served at once (default: 2 per
                                 processor); more get 503 with Retry-After
        --threads N              worker threads (default: max-concurrent + 4)
        --min-confidence X       as the CLI: drop attributions below X (0 to 1)
        --min-unattributed-words N
                                 as the CLI: also report unattributed quotations
                                 of at least N words
        --no-reported-speech     as the CLI: leave out indirect and mixed speech
                                 (reported by default; --reported-speech is accepted)
        --quotation-marks NAME[,NAME...]
                                 as the CLI: auto (default), english, british,
                                 german, french, all, or single styles
        --explain                add each quote's "explanation" to JSON answers (the
                                 page always explains)
        -h, --help               print this help and exit
      """;

  /** Checks the values. */
  public ServerOptions {
    requireNonNull(bind, "bind");
    requireNonNull(minConfidence, "minConfidence");
    requireNonNull(minUnattributedWords, "minUnattributedWords");
    requireNonNull(quotationMarks, "quotationMarks");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be in [0, 65535]: " + port);
    }
    if (maxRequestBytes < 1 || maxRequestBytes > LARGEST_REQUEST_BYTES) {
      throw new IllegalArgumentException(
          "max request bytes must be in [1, " + LARGEST_REQUEST_BYTES + "]: " + maxRequestBytes);
    }
    if (maxConcurrent < 1) {
      throw new IllegalArgumentException("max concurrent must be >= 1: " + maxConcurrent);
    }
    if (threads <= maxConcurrent) {
      throw new IllegalArgumentException(
          "threads must be more than max concurrent (" + maxConcurrent + "): " + threads);
    }
  }

  /**
   * Returns the default options: {@code 127.0.0.1:8080}, 2 MiB requests, two extractions per
   * processor at once, the default extractor.
   *
   * @return the defaults
   */
  public static ServerOptions defaults() {
    return parse();
  }

  /**
   * Reads options from a command line.
   *
   * <pre>{@code
   * ServerOptions options = ServerOptions.parse("--port", "0", "--max-concurrent", "8");
   * }</pre>
   *
   * @param args the arguments, as {@code main} gets them
   * @return the options
   * @throws IllegalArgumentException with a message for a person, on an unknown option, a missing
   *     or bad value
   */
  public static ServerOptions parse(String... args) {
    String bind = "127.0.0.1";
    int port = DEFAULT_PORT;
    int maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
    int maxConcurrent = 2 * Runtime.getRuntime().availableProcessors();
    Integer threads = null;
    OptionalDouble minConfidence = OptionalDouble.empty();
    OptionalInt minUnattributedWords = OptionalInt.empty();
    boolean reportedSpeech = ExtractorSpec.defaults().reportedSpeech();
    QuotationMarks quotationMarks = QuotationMarks.auto();
    boolean explain = false;
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String value = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        value = arg.substring(equals + 1);
        arg = arg.substring(0, equals);
      }
      switch (arg) {
        case "--reported-speech", "--no-reported-speech", "--explain", "-h", "--help" -> {
          if (value != null) {
            throw new IllegalArgumentException(arg + " takes no value");
          }
          switch (arg) {
            case "--reported-speech" -> reportedSpeech = true;
            case "--no-reported-speech" -> reportedSpeech = false;
            case "--explain" -> explain = true;
            default -> help = true;
          }
          continue;
        }
        default -> {}
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(
              arg.startsWith("-") ? arg + " needs a value" : "unexpected argument: " + arg);
        }
        value = args[++i];
      }
      switch (arg) {
        case "--bind" -> bind = value;
        case "--port" -> port = integer(arg, value, 0, 65535);
        case "--max-request-bytes" ->
            maxRequestBytes = integer(arg, value, 1, LARGEST_REQUEST_BYTES);
        case "--max-concurrent" -> maxConcurrent = integer(arg, value, 1, 10_000);
        case "--threads" -> threads = integer(arg, value, 2, 10_000);
        case "--min-confidence" -> minConfidence = OptionalDouble.of(confidence(value));
        case "--min-unattributed-words" ->
            minUnattributedWords = OptionalInt.of(integer(arg, value, 0, Integer.MAX_VALUE));
        case "--quotation-marks" -> {
          try {
            quotationMarks = ExtractorSpec.quotationMarks(value);
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--quotation-marks: " + e.getMessage(), e);
          }
        }
        default -> throw new IllegalArgumentException("unknown option: " + arg);
      }
    }
    int workers = threads == null ? maxConcurrent + 4 : threads;
    return new ServerOptions(bind, port, maxRequestBytes, maxConcurrent, workers, minConfidence,
        minUnattributedWords, reportedSpeech, quotationMarks, explain, help);
  }

  /**
   * Returns the extractor these options describe.
   *
   * @param explained whether it explains its decisions, whatever {@link #explain()} says
   * @return a new extractor; building it loads the models once per JVM
   */
  QuoteExtractor extractor(boolean explained) {
    QuoteExtractor.Builder builder = QuoteExtractor.builder();
    minConfidence.ifPresent(builder::minConfidence);
    minUnattributedWords.ifPresent(builder::minUnattributedWords);
    return builder
        .reportedSpeech(reportedSpeech)
        .quotationMarks(quotationMarks)
        .explain(explained)
        .build();
  }

  private static int integer(String option, String value, int min, int max) {
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below, with the range
    }
    throw new IllegalArgumentException(
        option + " must be a whole number from " + min + " to " + max + ": '" + value + "'");
  }

  private static double confidence(String value) {
    try {
      double x = Double.parseDouble(value.strip());
      if (x >= 0.0 && x <= 1.0) {
        return x;
      }
    } catch (NumberFormatException e) {
      // reported below, with the range
    }
    throw new IllegalArgumentException(
        "--min-confidence must be a number from 0 to 1: '" + value + "'");
  }
}
