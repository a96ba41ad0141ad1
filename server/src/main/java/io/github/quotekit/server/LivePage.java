package io.github.quotekit.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import io.github.quotekit.QuoteExtractor;
import io.github.quotekit.html.HtmlReport;
import io.github.quotekit.html.NamedExtraction;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The page at {@code /}: a form where a person pastes an article, and, once it is posted, the same
 * page with the article's HTML report under the form (quotes highlighted in their speakers'
 * colours, the speakers, and why each speaker was chosen).
 *
 * <p>The form is a plain HTML form posted to {@code POST /} and answered by the server, so the
 * page needs no script; like the report, it loads nothing from anywhere and says so in its
 * Content-Security-Policy. Errors (an empty text, a text over the size limit, a busy server) are
 * answered with their status and the page, the message above the form and the text kept in it.
 */
final class LivePage extends Endpoint {

  static final String FORM = "application/x-www-form-urlencoded";

  /** No script, no frame, nothing loaded; the form posts back here only. */
  static final String POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none';"
          + " frame-ancestors 'none'";

  private static final String HTML = "text/html; charset=utf-8";

  private static final HtmlReport REPORT =
      HtmlReport.builder().title("quotekit: pasted article").build();

  private static final String CSS =
      """
      .paste{max-width:1240px;margin:0 auto;padding:0 24px}
      .paste label{display:block;font-weight:600;margin:.4em 0}
      .paste textarea{width:100%;min-height:12rem;font:15px/1.5 Georgia,"DejaVu Serif",serif;padding:8px;border:1px solid #6b6b6b;border-radius:6px}
      .paste button{margin:.6em 0 1em;font:600 1rem system-ui,"Liberation Sans","DejaVu Sans",sans-serif;padding:.45em 1.2em;border-radius:6px;border:1px solid #0b4f9c;background:#0b4f9c;color:#fff;cursor:pointer}
      .paste button:focus{outline:3px solid #1b1b1b;outline-offset:2px}
      .problem{border:2px solid #a4161a;border-radius:6px;padding:6px 12px;color:#a4161a;font-weight:600}
      """;

  private final QuoteExtractor extractor;
  private final QuotekitServer server;

  /**
   * Creates the page.
   *
   * @param extractor the extractor of posted articles; it explains its decisions
   * @param server the server, for its limits
   */
  LivePage(QuoteExtractor extractor, QuotekitServer server) {
    super("/");
    this.extractor = extractor;
    this.server = server;
  }

  @Override
  void serve(HttpExchange exchange) throws IOException, HttpError {
    String method = exchange.getRequestMethod();
    if (method.equals("GET") || method.equals("HEAD")) {
      answer(exchange, 200, "", Optional.empty(), "");
      return;
    }
    if (!method.equals("POST")) {
      throw HttpError.methodNotAllowed(method, "GET, POST");
    }
    requireType(exchange, List.of(FORM));
    String text;
    Optional<NamedExtraction> article = Optional.empty();
    try (QuotekitServer.Slot slot = server.acquireSlot()) {
      String body = new String(readBody(exchange, server.options().maxRequestBytes()), UTF_8);
      text = formField(body, "text").orElse("");
      if (!text.isBlank()) {
        article = Optional.of(extracted(text));
      }
    }
    if (article.isEmpty()) {
      answer(exchange, 400, text, article, "Paste an article first.");
    } else {
      answer(exchange, 200, text, article, "");
    }
  }

  private NamedExtraction extracted(String text) {
    try {
      return new NamedExtraction("pasted article", extractor.extract(text));
    } catch (RuntimeException e) {
      return NamedExtraction.failed("pasted article", "extraction failed: " + e);
    }
  }

  @Override
  void answerError(HttpExchange exchange, int status, String message) throws IOException {
    answer(exchange, status, "", Optional.empty(), message);
  }

  /** Answers the page: the form holding {@code text}, a problem if any, the report if any. */
  private static void answer(
      HttpExchange exchange,
      int status,
      String text,
      Optional<NamedExtraction> article,
      String problem)
      throws IOException {
    StringBuilder page = new StringBuilder(8192 + 4 * text.length());
    page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'\">\n")
        .append("<title>quotekit</title>\n<style>\n")
        .append(HtmlReport.stylesheet())
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<header>\n<h1>quotekit</h1>\n<p class=\"lede\">")
        .append("Paste a news article (plain text, paragraphs split by blank lines) and find")
        .append(" who said what: each quotation is highlighted in its speaker&#39;s colour after")
        .append(" a badge with the speaker&#39;s id and initials; hover over it or focus it (Tab)")
        .append(" for details, and the table under the article says why each speaker was")
        .append(" chosen.</p>\n</header>\n")
        .append("<form class=\"paste\" method=\"post\" action=\"/\" accept-charset=\"utf-8\">\n");
    if (!problem.isEmpty()) {
      page.append("<p class=\"problem\" role=\"alert\">");
      escape(page, problem);
      page.append("</p>\n");
    }
    page.append("<label for=\"text\">Article</label>\n")
        // The parser drops one newline right after the start tag: this one, not the text's.
        .append("<textarea id=\"text\" name=\"text\" rows=\"14\" required>\n");
    escape(page, text);
    page.append("</textarea>\n<button type=\"submit\">Find the quotes</button>\n</form>\n");
    if (article.isPresent()) {
      page.append("<main>\n");
      REPORT.writeFragment(List.of(article.get()), page);
      page.append("</main>\n");
    }
    page.append("<footer>Made by quotekit. This page loads nothing and runs no script; the")
        .append(" article is sent to this server only and is not kept.</footer>\n</body>\n")
        .append("</html>\n");
    exchange.getResponseHeaders().set("Content-Security-Policy", POLICY);
    exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    send(exchange, status, HTML, page.toString());
  }

  /** Escapes text for an element's content or a quoted attribute. */
  private static void escape(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }
}
