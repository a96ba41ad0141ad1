package io.github.quotekit.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.quotekit.QuoteExtractor;
import io.github.quotekit.cli.ExtractionSerializer;
import io.github.quotekit.jsonl.ArticleJson;
import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * quotekit as an HTTP service, on the JDK's own server ({@code com.sun.net.httpserver}).
 *
 * <ul>
 *   <li>{@code POST /v1/extract}: one article, as {@code text/plain} (its id from the {@code id}
 *       query parameter, default {@code "document"}) or as {@code application/json} {@code {"id":
 *       ..., "text": ...}}; answers 200 with the object {@code java -jar quotekit.jar
 *       --output-format json} prints for it, byte for byte.
 *   <li>{@code POST /v1/extract-batch}: JSON Lines ({@code application/x-ndjson}), one article per
 *       line as the CLI's {@code --input-format jsonl} reads them; answers one line per non-blank
 *       input line, in order, as each is extracted (chunked). A line that is not an article gets
 *       an error line {@code {"id": ..., "error": "line N: ..."}} and the rest go on.
 *   <li>{@code GET /health}: {@code {"status": "ok", "busy": ..., "maxConcurrent": ...}}.
 *   <li>{@code GET /}: a page where a person pastes an article; its form posts to {@code POST /},
 *       which answers the page again with the article's HTML report: quotes highlighted by
 *       speaker, the speakers, and why each speaker was chosen. No script; nothing is loaded from
 *       elsewhere.
 * </ul>
 *
 * <p>Errors are answered with a status and {@code {"error": "..."}}: 400 for malformed JSON or a
 * missing text, 404, 405 for a wrong method (with {@code Allow}), 413 for a body (or batch line)
 * over {@link ServerOptions#maxRequestBytes()}, 415 for a content type the endpoint does not read,
 * 503 with {@code Retry-After: 1} when {@link ServerOptions#maxConcurrent()} extraction requests
 * are being served already. Requests are served by {@link ServerOptions#threads()} worker threads.
 *
 * <p>The server is thread-safe; {@link #close()} stops it, letting running requests finish for up
 * to {@value #STOP_SECONDS} seconds.
 *
 * <pre>{@code
 * try (QuotekitServer server = QuotekitServer.start(ServerOptions.parse("--port", "0"))) {
 *   System.out.println("listening on " + server.uri());
 *   // ... POST articles to server.uri().resolve("/v1/extract")
 * }
 * }</pre>
 */
public final class QuotekitServer implements AutoCloseable {

  /** How long {@link #close()} lets running requests finish. */
  public static final int STOP_SECONDS = 5;

  /** The id of an article sent without one. */
  public static final String DEFAULT_ID = "document";

  static final String JSON_LINES = "application/x-ndjson";

  /** As the CLI's JSON output, pretty-printed. */
  private static final Gson PRETTY =
      new GsonBuilder().serializeNulls().disableHtmlEscaping().setPrettyPrinting().create();

  private final ServerOptions options;
  private final QuoteExtractor extractor;
  private final Semaphore slots;
  private final HttpServer server;
  private final ThreadPoolExecutor workers;

  private QuotekitServer(ServerOptions options) throws IOException {
    this.options = options;
    this.extractor = options.extractor(options.explain());
    this.slots = new Semaphore(options.maxConcurrent());
    AtomicInteger count = new AtomicInteger();
    // A full queue makes the accepting thread serve the request itself: back-pressure, not loss.
    this.workers =
        new ThreadPoolExecutor(
            options.threads(),
            options.threads(),
            60,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(16 * options.threads()),
            task -> {
              Thread thread = new Thread(task, "quotekit-server-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            },
            new ThreadPoolExecutor.CallerRunsPolicy());
    this.server =
        HttpServer.create(
            new InetSocketAddress(InetAddress.getByName(options.bind()), options.port()), 128);
    server.setExecutor(workers);
    server.createContext("/v1/extract", new Extract());
    server.createContext("/v1/extract-batch", new Batch());
    server.createContext("/health", new Health());
    server.createContext("/", new LivePage(options.extractor(true), this));
  }

  /**
   * Loads the models, binds the address and starts serving.
   *
   * @param options where to listen and how to extract
   * @return the running server
   * @throws IOException if the address cannot be bound
   */
  public static QuotekitServer start(ServerOptions options) throws IOException {
    QuotekitServer server = new QuotekitServer(requireNonNull(options, "options"));
    server.server.start();
    return server;
  }

  /**
   * Returns the address the server listens on, with the port it was given when it asked for 0.
   *
   * @return the bound address
   */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /**
   * Returns the server's base URI, {@code http://HOST:PORT/}.
   *
   * @return the URI of the page; the endpoints resolve against it
   */
  public URI uri() {
    InetSocketAddress address = address();
    String host = address.getAddress().getHostAddress();
    if (host.indexOf(':') >= 0) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + address.getPort() + "/");
  }

  /**
   * Lets running requests finish, for up to {@value #STOP_SECONDS} seconds, then stops the server
   * and its workers.
   */
  @Override
  public void close() {
    // HttpServer.stop(delay) of JDK 17 waits the whole delay even when no request runs.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STOP_SECONDS);
    try {
      while (workers.getActiveCount() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    server.stop(0);
    workers.shutdownNow();
  }

  /**
   * Takes an extraction slot, or throws 503 when all are busy. Callers give it back before the
   * last byte of their answer goes out: a client that sends its next request as soon as it has
   * read an answer must not find that answer's slot still taken.
   *
   * @throws HttpError 503
   */
  Slot acquireSlot() throws HttpError {
    if (!slots.tryAcquire()) {
      throw HttpError.busy(options.maxConcurrent());
    }
    return new Slot();
  }

  /** A taken extraction slot; closing it gives it back, once however often it is closed. */
  final class Slot implements AutoCloseable {
    private final AtomicBoolean taken = new AtomicBoolean(true);

    private Slot() {}

    @Override
    public void close() {
      if (taken.compareAndSet(true, false)) {
        slots.release();
      }
    }
  }

  ServerOptions options() {
    return options;
  }

  /** POST /v1/extract: one article in, the CLI's JSON object out. */
  private final class Extract extends Endpoint {
    Extract() {
      super("/v1/extract");
    }

    @Override
    void serve(HttpExchange exchange) throws IOException, HttpError {
      require(exchange, "POST");
      String type = requireType(exchange, List.of("text/plain", "application/json"));
      Optional<String> queryId = queryParameter(exchange, "id");
      int status;
      String answer;
      try (Slot slot = acquireSlot()) {
        String body = new String(readBody(exchange, options.maxRequestBytes()), UTF_8);
        JsonPrimitive id = new JsonPrimitive(queryId.orElse(DEFAULT_ID));
        ArticleJson.Result read =
            type.equals("text/plain")
                ? new ArticleJson.Article(id, body)
                : ArticleJson.standard().read(body, id);
        if (read instanceof ArticleJson.Invalid invalid) {
          throw HttpError.badRequest(invalid.problem());
        }
        ArticleJson.Article article = (ArticleJson.Article) read;
        JsonObject result;
        try {
          result = ExtractionSerializer.toJson(article.id(), extractor.extract(article.text()));
          status = 200;
        } catch (RuntimeException e) {
          result = failed(article.id(), e);
          status = 500;
        }
        answer = PRETTY.toJson(result) + "\n";
      }
      send(exchange, status, JSON, answer);
    }
  }

  /** POST /v1/extract-batch: JSON Lines in and out, one line at a time. */
  private final class Batch extends Endpoint {
    Batch() {
      super("/v1/extract-batch");
    }

    @Override
    void serve(HttpExchange exchange) throws IOException, HttpError {
      require(exchange, "POST");
      requireType(exchange, List.of(JSON_LINES, "application/jsonl", "application/jsonlines"));
      try (Slot slot = acquireSlot();
          InputStream body = exchange.getRequestBody()) {
        exchange.getResponseHeaders().set("Content-Type", JSON_LINES + "; charset=utf-8");
        exchange.sendResponseHeaders(200, 0); // chunked: lines go out as they are done
        Writer out =
            new BufferedWriter(new OutputStreamWriter(exchange.getResponseBody(), UTF_8));
        BoundedLines lines =
            new BoundedLines(new BufferedInputStream(body), options.maxRequestBytes());
        BoundedLines.Line line;
        while ((line = lines.next()) != null) {
          Optional<JsonObject> result = result(line);
          if (result.isPresent()) {
            out.write(ExtractionSerializer.toJsonLine(result.get()));
            out.write('\n');
            out.flush();
          }
        }
        slot.close();
        out.close();
      }
    }

    /** Returns the output line of an input line: nothing for a blank one. */
    private Optional<JsonObject> result(BoundedLines.Line line) {
      if (line.tooLong()) {
        return Optional.of(
            ExtractionSerializer.error(
                Optional.empty(),
                ArticleJson.lineError(
                    line.number(),
                    "longer than the limit of " + options.maxRequestBytes() + " bytes")));
      }
      return ArticleJson.standard()
          .readLine(line.text(), line.number())
          .map(read -> result(read, line.number()));
    }

    private JsonObject result(ArticleJson.Result read, int lineNumber) {
      if (read instanceof ArticleJson.Invalid invalid) {
        return ExtractionSerializer.error(
            invalid.id(), ArticleJson.lineError(lineNumber, invalid.problem()));
      }
      ArticleJson.Article article = (ArticleJson.Article) read;
      try {
        return ExtractionSerializer.toJson(article.id(), extractor.extract(article.text()));
      } catch (RuntimeException e) {
        return failed(article.id(), e);
      }
    }
  }

  /** GET /health: up, and how busy. */
  private final class Health extends Endpoint {
    Health() {
      super("/health");
    }

    @Override
    void serve(HttpExchange exchange) throws IOException, HttpError {
      if (!exchange.getRequestMethod().equals("HEAD")) {
        require(exchange, "GET");
      }
      JsonObject health = new JsonObject();
      health.addProperty("status", "ok");
      health.addProperty("busy", options.maxConcurrent() - slots.availablePermits());
      health.addProperty("maxConcurrent", options.maxConcurrent());
      send(exchange, 200, JSON, ExtractionSerializer.toJsonLine(health) + "\n");
    }
  }

  /** The CLI's object for a document whose extraction threw. */
  private static JsonObject failed(JsonPrimitive id, RuntimeException e) {
    return ExtractionSerializer.error(Optional.of(id), "extraction failed: " + e);
  }
}
