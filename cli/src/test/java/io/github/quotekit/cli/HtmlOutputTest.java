package io.github.quotekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --output-format html}: the whole run as one page, with the real extractor. */
class HtmlOutputTest {

  private static final String RUIZ =
      "“We will rebuild the bridge,” Mayor Ana Ruiz said on Tuesday.\n\n"
          + "“Not now, not ever,” said Tom Baker, a council member.\n";

  private static final String MARKUP =
      "<script>alert(1)</script> “Cats & dogs <b>agree</b>,” said Dr. Lena Okafor.\n";

  private static final Pattern HIGHLIGHT = Pattern.compile("<mark class=\"q [^\"]*\" data-quote=");

  @TempDir Path dir;

  private static CliRun run(String stdin, String... args) {
    return CliRun.of(stdin, args);
  }

  private static int count(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    int n = 0;
    while (matcher.find()) {
      n++;
    }
    return n;
  }

  @Test
  void writesOnePageWithEveryArticleOfTheRun() throws IOException {
    Path ruiz = Files.writeString(dir.resolve("ruiz.txt"), RUIZ, UTF_8);
    Path markup = Files.writeString(dir.resolve("markup & co.txt"), MARKUP, UTF_8);

    CliRun html =
        run(
            "",
            "--no-reported-speech",
            "--output-format",
            "html",
            ruiz.toString(),
            markup.toString());
    CliRun json = run("", "--no-reported-speech", ruiz.toString(), markup.toString());

    assertThat(html.code()).isZero();
    assertThat(html.err()).isEmpty();
    assertThat(html.out()).startsWith("<!DOCTYPE html>\n").endsWith("</html>\n");
    assertThat(count(Pattern.compile("<html"), html.out())).isEqualTo(1);
    assertThat(html.out())
        .contains("<section class=\"article\" id=\"a1\"", "<section class=\"article\" id=\"a2\"")
        .doesNotContain("id=\"a3\"")
        .contains("1. ruiz.txt</h2>", "2. markup &amp; co.txt</h2>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "Cats &amp; dogs &lt;b&gt;agree");
    assertThat(html.out().toLowerCase(Locale.ROOT))
        .doesNotContain("<script", "http://", "https://", "src=");
    // Every quote of the JSON output is highlighted once.
    int quotes = 0;
    for (JsonElement article : JsonParser.parseString(json.out()).getAsJsonArray()) {
      quotes += article.getAsJsonObject().getAsJsonArray("quotes").size();
    }
    assertThat(quotes).isEqualTo(3);
    assertThat(count(HIGHLIGHT, html.out())).isEqualTo(quotes);
    assertThat(html.out()).contains("<li><b>2</b> articles</li>", "<li><b>3</b> quotes</li>");
  }

  @Test
  void listsFailedDocumentsAndKeepsTheExitCode() {
    String lines =
        "{\"id\": 7, \"text\": \"“Not now,” Ruiz said.\"}\n"
            + "not json\n"
            + "{\"id\": \"<x>\", \"text\": \"No quotes here.\"}\n";

    CliRun result = run(lines, "--input-format", "jsonl", "--output-format=html");

    assertThat(result.code()).isEqualTo(Command.EXIT_FAILED_DOCUMENTS);
    assertThat(result.err()).contains("stdin:2");
    assertThat(result.out())
        .contains("1. 7</h2>", "2. stdin:2</h2>", "3. &lt;x&gt;</h2>")
        .contains("<p class=\"error\">line 2: ")
        .contains("(1 failed)");
    assertThat(count(HIGHLIGHT, result.out())).isEqualTo(1);
  }

  @Test
  void anEmptyRunIsAnEmptyPage() {
    CliRun result = run("", "--input-format", "jsonl", "--output-format", "html");

    assertThat(result.code()).isZero();
    assertThat(result.out()).startsWith("<!DOCTYPE html>").contains("<li><b>0</b> articles</li>");
  }

  @Test
  void jsonOutputIsUnchanged() {
    CliRun result = run(RUIZ, "--id", "ruiz");

    assertThat(result.code()).isZero();
    assertThat(JsonParser.parseString(result.out()).getAsJsonObject().get("id").getAsString())
        .isEqualTo("ruiz");
    CliRun lines = run(RUIZ + "\n", "--output-format", "jsonl");
    assertThat(lines.out().lines()).hasSize(1);
    JsonArray quotes =
        JsonParser.parseString(lines.out()).getAsJsonObject().getAsJsonArray("quotes");
    assertThat(quotes).hasSize(2);
  }

  @Test
  void reportsAFailingPrintStream() {
    PrintStream broken =
        new PrintStream(
            new OutputStream() {
              @Override
              public void write(int b) throws IOException {
                throw new IOException("pipe closed");
              }
            });
    HtmlWriter writer = new HtmlWriter(broken);

    assertThatThrownBy(writer::finish).isInstanceOf(UncheckedIOException.class);
  }
}
