package io.github.quotekit.cli;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests input that is not text in the charset: each such document is reported on standard error
 * and as an error object, and the next one is still processed.
 */
class BadInputTest {

  private static final String ARTICLE = "“We will rebuild the harbor,” Mayor Ana Ruiz said.";

  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  @Test
  void latin1BinaryAndOversizedFilesAreReportedAndTheNextFileIsProcessed() throws IOException {
    Path latin1 = write("latin1.txt", ("Café “Open,” said Ana Ruiz.").getBytes(ISO_8859_1));
    byte[] noise = new byte[20_000];
    new Random(7).nextBytes(noise);
    Path binary = write("noise.bin", noise);
    Path large = write("large.txt", ARTICLE.repeat(100).getBytes(UTF_8));
    Path good = write("good.txt", ARTICLE.getBytes(UTF_8));

    CliRun result =
        CliRun.of(
            "",
            "--max-document-size=4000",
            latin1.toString(),
            binary.toString(),
            large.toString(),
            good.toString());

    assertThat(result.code()).isEqualTo(Command.EXIT_FAILED_DOCUMENTS);
    String notUtf8 = "not valid UTF-8 at byte offset 3 (--encoding reads another charset)";
    String looksBinary =
        "looks binary (NUL bytes or control characters in its first 8 KiB); not read as text";
    String tooLarge = "larger than 4000 bytes, the --max-document-size; not read";
    assertThat(result.err().lines())
        .containsExactly(
            "quotekit: " + latin1 + ": " + notUtf8,
            "quotekit: " + binary + ": " + looksBinary,
            "quotekit: " + large + ": " + tooLarge);
    JsonArray documents = JsonParser.parseString(result.out()).getAsJsonArray();
    assertThat(documents).hasSize(4);
    assertThat(error(documents, 0)).isEqualTo(notUtf8);
    assertThat(error(documents, 1)).isEqualTo(looksBinary);
    assertThat(error(documents, 2)).isEqualTo(tooLarge);
    JsonObject last = documents.get(3).getAsJsonObject();
    assertThat(last.get("id").getAsString()).isEqualTo("good.txt");
    assertThat(last.getAsJsonArray("quotes")).hasSize(1);
  }

  @Test
  void encodingReadsAnotherCharset() throws IOException {
    Path latin1 = write("latin1.txt", "Café: \"Open,\" said Ana Ruiz.".getBytes(ISO_8859_1));

    CliRun result = CliRun.of("", "--encoding", "ISO-8859-1", latin1.toString());

    assertThat(result.code()).isZero();
    JsonObject document = JsonParser.parseString(result.out()).getAsJsonObject();
    assertThat(document.getAsJsonArray("quotes").get(0).getAsJsonObject().get("text").getAsString())
        .isEqualTo("Open,");
    assertThat(CliRun.of("", "--encoding", "klingon").err())
        .startsWith(
            "quotekit: invalid value 'klingon' for option '--encoding' (expected a charset name");
  }

  @Test
  void aTooLongJsonLinesLineFailsAloneWithoutBeingHeld() throws IOException {
    String longLine = "{\"id\": \"long\", \"text\": \"" + "word ".repeat(2_000) + "\"}";
    String good = "{\"id\": \"good\", \"text\": \"" + ARTICLE + "\"}";
    Path file = write("in.jsonl", (longLine + "\n" + good + "\n").getBytes(UTF_8));

    CliRun result =
        CliRun.of("", "--input-format=jsonl", "--max-document-size=1000", file.toString());

    assertThat(result.code()).isEqualTo(Command.EXIT_FAILED_DOCUMENTS);
    List<JsonObject> lines =
        result.out().lines().map(line -> JsonParser.parseString(line).getAsJsonObject()).toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).get("error").getAsString())
        .isEqualTo("line 1: larger than 1000 bytes, the --max-document-size; not read");
    assertThat(lines.get(1).get("id").getAsString()).isEqualTo("good");
    assertThat(lines.get(1).getAsJsonArray("quotes")).hasSize(1);
  }

  private static String error(JsonArray documents, int index) {
    return documents.get(index).getAsJsonObject().get("error").getAsString();
  }
}
