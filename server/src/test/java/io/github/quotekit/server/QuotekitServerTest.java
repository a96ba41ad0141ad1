package io.github.quotekit.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.quotekit.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every endpoint and every error answer, over loopback. */
class QuotekitServerTest {

  private static final int LIMIT = 20_000;

  private static QuotekitServer server;
  private static Loopback http;

  @BeforeAll
  static void start() throws IOException {
    server =
        QuotekitServer.start(
            ServerOptions.parse("--port", "0", "--max-request-bytes", Integer.toString(LIMIT)));
    http = new Loopback(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void extractAnswersWhatTheCliPrintsByteForByte() {
    ByteArrayOutputStream cli = new ByteArrayOutputStream();
    int status =
        Main.run(
            new String[] {"--output-format", "json", "--no-meta", "--id", "sample", Loopback.SAMPLE.toString()},
            InputStream.nullInputStream(),
            new PrintStream(cli, true, UTF_8),
            new PrintStream(OutputStream.nullOutputStream(), true, UTF_8));
    assertThat(status).isZero();

    HttpResponse<String> text =
        http.post("/v1/extract?id=sample", "text/plain; charset=UTF-8", Loopback.sample());
    assertThat(text.statusCode()).isEqualTo(200);
    assertThat(text.headers().firstValue("Content-Type")).hasValue(Endpoint.JSON);
    assertThat(text.body()).isEqualTo(cli.toString(UTF_8));

    JsonObject article = new JsonObject();
    article.addProperty("id", "sample");
    article.addProperty("text", Loopback.sample());
    HttpResponse<String> json = http.post("/v1/extract", "application/json", article.toString());
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.body()).isEqualTo(cli.toString(UTF_8));
  }

  @Test
  void anArticleWithoutAnIdIsCalledDocument() {
    HttpResponse<String> response =
        http.post("/v1/extract", "application/json", "{\"text\": \"“Yes,” said Ann Lee.\"}");
    JsonObject result = Loopback.json(response);
    assertThat(result.get("id").getAsString()).isEqualTo(QuotekitServer.DEFAULT_ID);
    assertThat(result.getAsJsonArray("quotes")).hasSize(1);
    assertThat(Loopback.json(http.post("/v1/extract", "text/plain", "")).get("id").getAsString())
        .isEqualTo(QuotekitServer.DEFAULT_ID);
  }

  @Test
  void badArticlesAre400WithAJsonError() {
    assertError(http.post("/v1/extract", "application/json", "{\"text\": "), 400,
        "malformed JSON");
    assertError(http.post("/v1/extract", "application/json", "[1]"), 400, "not a JSON object");
    assertError(http.post("/v1/extract", "application/json", "{\"id\": 7}"), 400,
        "\"text\" is missing");
    assertError(http.post("/v1/extract", "application/json", "{\"text\": 7}"), 400,
        "\"text\" is not a string");
    assertError(http.post("/v1/extract", "application/json", "{\"id\": [], \"text\": \"\"}"), 400,
        "\"id\" is neither a string nor a number");
    HttpResponse<String> form = http.post("/", LivePage.FORM, "text=%zz");
    assertThat(form.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(form.body()).select(".problem").text())
        .startsWith("malformed URL encoding");
  }

  @Test
  void aBodyOverTheLimitIs413() {
    HttpResponse<String> response =
        http.post("/v1/extract", "text/plain", "a".repeat(LIMIT + 1));
    assertError(response, 413, "the request body is larger than the limit of 20000 bytes");
    assertThat(http.post("/v1/extract", "text/plain", "a".repeat(LIMIT)).statusCode())
        .isEqualTo(200);
    HttpResponse<String> page =
        http.post("/", LivePage.FORM, "text=" + "a".repeat(LIMIT));
    assertThat(page.statusCode()).isEqualTo(413);
    assertThat(Jsoup.parse(page.body()).select(".problem").text())
        .contains("larger than the limit");
  }

  @Test
  void otherContentTypesAre415() {
    assertError(http.post("/v1/extract", "application/x-www-form-urlencoded", "text=x"), 415,
        "Content-Type application/x-www-form-urlencoded is not accepted");
    assertError(http.post("/v1/extract", "text/plain; charset=ISO-8859-1", "x"), 415,
        "in UTF-8");
    assertError(http.send(http.request("/v1/extract").POST(
        HttpRequest.BodyPublishers.ofString("x")).build()), 415, "no Content-Type");
    assertError(http.post("/v1/extract-batch", "application/json", "{}"), 415,
        "application/x-ndjson");
    assertThat(http.post("/", "text/plain", "text=x").statusCode()).isEqualTo(415);
  }

  @Test
  void wrongMethodsAre405WithAllowAndUnknownPaths404() {
    HttpResponse<String> get = http.get("/v1/extract");
    assertError(get, 405, "GET is not allowed here; use POST");
    assertThat(get.headers().firstValue("Allow")).hasValue("POST");
    assertThat(http.get("/v1/extract-batch").statusCode()).isEqualTo(405);
    assertThat(http.post("/health", "text/plain", "").headers().firstValue("Allow"))
        .hasValue("GET");
    assertThat(http.send(http.request("/").DELETE().build()).headers().firstValue("Allow"))
        .hasValue("GET, POST");
    assertError(http.get("/v1/extractor"), 404, "no such endpoint: /v1/extractor");
    assertThat(http.get("/favicon.ico").statusCode()).isEqualTo(404);
    assertThat(http.get("/health/x").statusCode()).isEqualTo(404);
  }

  @Test
  void healthSaysOkAndHowBusy() {
    HttpResponse<String> response = http.get("/health");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject health = Loopback.json(response);
    assertThat(health.get("status").getAsString()).isEqualTo("ok");
    assertThat(health.get("maxConcurrent").getAsInt())
        .isEqualTo(server.options().maxConcurrent());
    assertThat(health.get("busy").getAsInt()).isBetween(0, server.options().maxConcurrent());
  }

  @Test
  void aBatchAnswersOneLinePerLineAndBadLinesDoNotStopIt() {
    String body =
        "{\"id\": \"a\", \"text\": \"“Yes,” said Ann Lee.\"}\n"
            + "not json\n"
            + "\n"
            + "{\"id\": 9}\r\n"
            + "{\"text\": \"" + "x".repeat(LIMIT) + "\"}\n"
            + "{\"text\": \"“No,” said Bo Carr.\"}";
    HttpResponse<String> response = http.post("/v1/extract-batch", "application/x-ndjson", body);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith(QuotekitServer.JSON_LINES);
    List<JsonObject> lines =
        response.body().lines().map(line -> JsonParser.parseString(line).getAsJsonObject())
            .toList();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0).get("id").getAsString()).isEqualTo("a");
    assertThat(lines.get(0).getAsJsonArray("quotes")).hasSize(1);
    assertThat(lines.get(1).toString())
        .isEqualTo("{\"id\":null,\"error\":\"line 2: malformed JSON at column 1\"}"); // as the CLI
    assertThat(lines.get(2).toString())
        .isEqualTo("{\"id\":9,\"error\":\"line 4: \\\"text\\\" is missing\"}");
    assertThat(lines.get(3).get("error").getAsString())
        .isEqualTo("line 5: longer than the limit of 20000 bytes");
    assertThat(lines.get(4).get("id").getAsString()).isEqualTo("6"); // the line number, as the CLI
    assertThat(lines.get(4).getAsJsonArray("quotes")).hasSize(1);
  }

  @Test
  void aBatchStreamsEachAnswerBeforeTheNextLineIsSent() throws IOException {
    try (ChunkedUpload upload = new ChunkedUpload(server)) {
      upload.send("{\"id\": 1, \"text\": \"“Yes,” said Ann Lee.\"}");
      assertThat(upload.status()).isEqualTo("HTTP/1.1 200 OK");
      assertThat(upload.nextJson()).startsWith("{\"id\":1,\"quotes\":[{");
      upload.send("{\"id\": 2, \"text\": \"No.\"}");
      assertThat(upload.nextJson()).isEqualTo("{\"id\":2,\"quotes\":[],\"speakers\":[]}");
      upload.finish();
      assertThat(upload.nextJson()).isNull();
    }
  }

  @Test
  void thePageHasAFormAndAStrictPolicy() {
    HttpResponse<String> response = http.get("/");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Security-Policy"))
        .hasValue(LivePage.POLICY);
    Document page = Jsoup.parse(response.body());
    assertThat(page.selectFirst("form").attr("method")).isEqualTo("post");
    assertThat(page.selectFirst("form").attr("action")).isEqualTo("/");
    assertThat(page.select("form textarea[name=text]")).hasSize(1);
    assertThat(page.select("script, link, img, iframe, [src]")).isEmpty();
    assertThat(page.select("main")).isEmpty();
  }

  @Test
  void postingTheFormShowsTheReportWithItsExplanations() {
    String text = Loopback.sample();
    int quotes =
        Loopback.json(http.post("/v1/extract", "text/plain", text)).getAsJsonArray("quotes").size();
    HttpResponse<String> response =
        http.post("/", LivePage.FORM,
            "text=" + java.net.URLEncoder.encode(text, UTF_8) + "&ignored=1");
    assertThat(response.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(response.body());
    assertThat(page.select("main .text mark.q[id]")).hasSize(quotes);
    assertThat(page.select("main .legend li")).isNotEmpty();
    assertThat(page.select("main table.quotes td.why")).hasSize(quotes);
    assertThat(pasted(page)).isEqualTo(text.replace("\r\n", "\n"));
    assertThat(page.select("script, link, img, iframe, [src]")).isEmpty();

    HttpResponse<String> empty = http.post("/", LivePage.FORM, "text=+%0A");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(empty.body()).select(".problem").text())
        .isEqualTo("Paste an article first.");
  }

  @Test
  void pastedMarkupIsShownAsText() {
    HttpResponse<String> response =
        http.post("/", LivePage.FORM, "text=%3C%2Ftextarea%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    Document page = Jsoup.parse(response.body());
    assertThat(page.select("script")).isEmpty();
    assertThat(pasted(page)).isEqualTo("</textarea><script>alert(1)</script>");
  }

  /**
   * The text of the page's textarea as a browser shows it: HTML drops one newline right after the
   * start tag, which jsoup keeps.
   */
  private static String pasted(Document page) {
    String text = page.selectFirst("textarea").wholeText();
    assertThat(text).startsWith("\n");
    return text.substring(1);
  }

  private static void assertError(HttpResponse<String> response, int status, String message) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue(Endpoint.JSON);
    assertThat(Loopback.json(response).get("error").getAsString()).contains(message);
  }
}
