package io.github.quotekit.server;

import static java.util.Objects.requireNonNull;

/**
 * A request that is answered with an error status: the status, and a message for the person or
 * program that sent it. Handlers throw it; {@link Endpoint} answers it.
 */
final class HttpError extends Exception {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String allow;

  private HttpError(int status, String message, String allow) {
    super(requireNonNull(message, "message"), null, false, false);
    this.status = status;
    this.allow = allow;
  }

  /** 400: the body cannot be read as an article. */
  static HttpError badRequest(String message) {
    return new HttpError(400, message, null);
  }

  /** 404: no endpoint at this path. */
  static HttpError notFound(String path) {
    return new HttpError(404, "no such endpoint: " + path, null);
  }

  /** 405, with the methods the endpoint allows. */
  static HttpError methodNotAllowed(String method, String allow) {
    return new HttpError(405, method + " is not allowed here; use " + allow, allow);
  }

  /** 413: the body, or one line of a batch, is over the limit. */
  static HttpError tooLarge(String what, int limit) {
    return new HttpError(413, what + " is larger than the limit of " + limit + " bytes", null);
  }

  /** 415: a content type the endpoint does not read. */
  static HttpError unsupportedType(String type, String accepted) {
    return new HttpError(
        415,
        (type == null ? "no Content-Type" : "Content-Type " + type + " is not accepted")
            + "; send " + accepted,
        null);
  }

  /** 503: every extraction slot is busy; try again in a second. */
  static HttpError busy(int slots) {
    return new HttpError(
        503, "busy: " + slots + " extractions are running; retry after 1 second", null);
  }

  int status() {
    return status;
  }

  /** The Allow header of a 405, or null. */
  String allow() {
    return allow;
  }
}
