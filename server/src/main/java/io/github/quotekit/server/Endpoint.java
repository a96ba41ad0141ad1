package io.github.quotekit.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.quotekit.cli.ExtractionSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A handler that answers every {@link HttpError} its {@link #serve} throws with that status and a
 * JSON body {@code {"error": "..."}}, and closes every exchange. It serves one path; any other
 * path of its context is answered 404. An unexpected exception is
 * answered 500, or ends the connection when the answer has begun.
 */
abstract class Endpoint implements HttpHandler {

  static final String JSON = "application/json; charset=utf-8";

  private final String path;

  /**
   * Creates an endpoint.
   *
   * @param path the one path it serves; others under it (its context) are answered 404
   */
  Endpoint(String path) {
    this.path = path;
  }

  @Override
  public final void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      try {
        if (!exchange.getRequestURI().getPath().equals(path)) {
          throw HttpError.notFound(exchange.getRequestURI().getPath());
        }
        serve(exchange);
      } catch (HttpError e) {
        if (e.allow() != null) {
          exchange.getResponseHeaders().set("Allow", e.allow());
        }
        if (e.status() == 503) {
          exchange.getResponseHeaders().set("Retry-After", "1");
        }
        if (e.status() == 413) {
          // The rest of the body is not read; the client must open a new connection.
          exchange.getResponseHeaders().set("Connection", "close");
        }
        answerError(exchange, e.status(), e.getMessage());
      } catch (RuntimeException e) {
        if (exchange.getResponseCode() == -1) {
          answerError(exchange, 500, "internal error: " + e);
        } else {
          throw e;
        }
      }
    }
  }

  /** Serves one request; the exchange is closed afterwards. */
  abstract void serve(HttpExchange exchange) throws IOException, HttpError;

  /** Answers an error; the page answers it as HTML, the API as JSON. */
  void answerError(HttpExchange exchange, int status, String message) throws IOException {
    JsonObject error = new JsonObject();
    error.addProperty("error", message);
    send(exchange, status, JSON, ExtractionSerializer.toJsonLine(error) + "\n");
  }

  /** Sends a whole answer with its length. */
  static void send(HttpExchange exchange, int status, String contentType, String body)
      throws IOException {
    byte[] bytes = body.getBytes(UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : bytes.length == 0 ? -1 : bytes.length);
    if (!head && bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  /** Throws 405 unless the request's method is {@code method}. */
  static void require(HttpExchange exchange, String method) throws HttpError {
    if (!exchange.getRequestMethod().equals(method)) {
      throw HttpError.methodNotAllowed(exchange.getRequestMethod(), method);
    }
  }

  /**
   * Returns the media type of the request, lower case without parameters.
   *
   * @param accepted the media types the endpoint reads
   * @throws HttpError 415 when the type is none of them, or a charset other than UTF-8 is given
   */
  static String requireType(HttpExchange exchange, List<String> accepted) throws HttpError {
    String described = String.join(" or ", accepted);
    String header = exchange.getRequestHeaders().getFirst("Content-Type");
    if (header == null) {
      throw HttpError.unsupportedType(null, described);
    }
    String[] parts = header.split(";");
    for (int i = 1; i < parts.length; i++) {
      String[] parameter = parts[i].split("=", 2);
      if (parameter.length == 2 && parameter[0].strip().equalsIgnoreCase("charset")) {
        String charset = parameter[1].strip().replace("\"", "").toLowerCase(Locale.ROOT);
        if (!charset.equals("utf-8") && !charset.equals("utf8")) {
          throw HttpError.unsupportedType(header, described + " in UTF-8");
        }
      }
    }
    String type = parts[0].strip().toLowerCase(Locale.ROOT);
    if (!accepted.contains(type)) {
      throw HttpError.unsupportedType(type, described);
    }
    return type;
  }

  /**
   * Reads the whole request body, refusing one over {@code limit} bytes before reading it when its
   * Content-Length says so, or as soon as it is past the limit.
   */
  static byte[] readBody(HttpExchange exchange, int limit) throws IOException, HttpError {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (length != null) {
      long declared;
      try {
        declared = Long.parseLong(length.strip());
      } catch (NumberFormatException e) {
        throw HttpError.badRequest("Content-Length is not a number: " + length);
      }
      if (declared > limit) {
        throw HttpError.tooLarge("the request body", limit);
      }
    }
    InputStream in = exchange.getRequestBody();
    byte[] body = in.readNBytes(limit + 1);
    if (body.length > limit) {
      throw HttpError.tooLarge("the request body", limit);
    }
    return body;
  }

  /** Returns the first value of a query parameter, decoded, if the request has it. */
  static Optional<String> queryParameter(HttpExchange exchange, String name) throws HttpError {
    return formField(exchange.getRequestURI().getRawQuery(), name);
  }

  /**
   * Returns the first value of a field of {@code application/x-www-form-urlencoded} text.
   *
   * @throws HttpError 400 when a {@code %} escape is malformed
   */
  static Optional<String> formField(String encoded, String name) throws HttpError {
    if (encoded == null) {
      return Optional.empty();
    }
    for (String pair : encoded.split("&")) {
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      if (decode(key).equals(name)) {
        return Optional.of(equals < 0 ? "" : decode(pair.substring(equals + 1)));
      }
    }
    return Optional.empty();
  }

  private static String decode(String encoded) throws HttpError {
    try {
      return URLDecoder.decode(encoded, UTF_8);
    } catch (IllegalArgumentException e) {
      throw HttpError.badRequest("malformed URL encoding: " + e.getMessage());
    }
  }
}
