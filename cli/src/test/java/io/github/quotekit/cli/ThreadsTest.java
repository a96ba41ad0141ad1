package io.github.quotekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --threads}: the same output, errors and exit code as one thread, in input order. */
class ThreadsTest {

  @TempDir Path dir;

  private static CliRun run(String stdin, String... args) {
    return CliRun.of(stdin, args);
  }

  private static String[] with(String[] args, String... more) {
    List<String> all = new ArrayList<>(List.of(more));
    all.addAll(List.of(args));
    return all.toArray(new String[0]);
  }

  /** Made-up articles of varied length, so that workers finish out of order. */
  private static String article(int i) {
    StringBuilder text = new StringBuilder();
    int paragraphs = 1 + (i * 7) % 9;
    for (int p = 0; p < paragraphs; p++) {
      text.append("“We will finish the seawall by spring number ")
          .append(i)
          .append(",” Mayor Edda Brannigan said on Tuesday.\\n\\n")
          .append("Councilman Piet Varga called the loan “a burden our grandchildren will carry.”")
          .append("\\n\\n");
    }
    return text.toString();
  }

  private static String jsonl(int count) {
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i == 5) {
        input.append("{\"id\": 5, \"text\": \n"); // malformed
      } else if (i == 9) {
        input.append("\n"); // blank
      } else if (i == 12) {
        input.append("{\"id\": 12, \"body\": \"no text\"}\n");
      } else {
        input.append("{\"id\": ").append(i).append(", \"text\": \"").append(article(i)).append("\"}\n");
      }
    }
    return input.toString();
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 8})
  void jsonlOnSeveralThreadsIsExactlyJsonlOnOne(int threads) {
    String input = jsonl(40);
    CliRun one = run(input, "--input-format", "jsonl");
    CliRun many = run(input, "--input-format", "jsonl", "--threads", Integer.toString(threads));

    assertThat(one.code()).isEqualTo(4);
    assertThat(many).isEqualTo(one);
    List<String> ids =
        many.out().lines()
            .map(line -> JsonParser.parseString(line).getAsJsonObject())
            .filter(o -> o.has("quotes"))
            .map(o -> o.get("id").getAsString())
            .toList();
    assertThat(ids).hasSize(37).first().isEqualTo("0");
    assertThat(ids).isSortedAccordingTo((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
  }

  @Test
  void filesOnSeveralThreadsKeepTheirOrderAndErrors() throws IOException {
    Path a = Files.writeString(dir.resolve("a.jsonl"), jsonl(15), UTF_8);
    Path b = Files.writeString(dir.resolve("b.jsonl"), "{nope\n" + jsonl(4), UTF_8);
    String missing = dir.resolve("missing.jsonl").toString();
    String[] args = {"--input-format", "jsonl", a.toString(), missing, b.toString(), "-"};
    String stdin = "{\"id\": \"stdin\", \"text\": \"“Not now,” Ruiz said.\"}\n";

    CliRun one = run(stdin, args);
    CliRun two = run(stdin, with(args, "--threads=2"));

    assertThat(one.code()).isEqualTo(4);
    assertThat(two).isEqualTo(one);
    assertThat(two.err()).contains("cannot read " + missing + ": no such file", "b.jsonl:1");
    assertThat(two.out().lines().reduce((x, y) -> y).orElseThrow()).contains("\"stdin\"");
  }

  @Test
  void textFilesAndPrettyJsonOnSeveralThreads() throws IOException {
    List<String> files = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      files.add(Files.writeString(dir.resolve("article" + i + ".txt"),
          article(i).replace("\\n", "\n"), UTF_8).toString());
    }
    String[] args = files.toArray(new String[0]);

    CliRun one = run("", args);
    CliRun three = run("", with(args, "--threads", "3"));

    assertThat(one.code()).isZero();
    assertThat(three).isEqualTo(one);
    assertThat(JsonParser.parseString(three.out()).getAsJsonArray()).hasSize(6);
  }

  @Test
  void onlyBadLinesNeedNoModelsOnSeveralThreads() {
    CliRun result = run("{nope\n[1]\n", "--input-format", "jsonl", "--threads", "4");

    assertThat(result.code()).isEqualTo(4);
    assertThat(result.out().lines()).hasSize(2);
    assertThat(result.err().lines()).hasSize(2);
  }

  @Test
  void emptyInputOnSeveralThreads() {
    CliRun result = run("", "--input-format", "jsonl", "--threads", "2");

    assertThat(result.code()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEmpty();
  }

  @Test
  void progressOptionsLeaveTheOutputAlone() {
    String input = jsonl(6);
    CliRun plain = run(input, "--input-format", "jsonl");

    CliRun progress = run(input, "--input-format", "jsonl", "--progress", "--threads", "2");
    CliRun none = run(input, "--input-format", "jsonl", "--no-progress");

    assertThat(progress.out()).isEqualTo(plain.out());
    assertThat(none).isEqualTo(plain);
    JsonObject first = JsonParser.parseString(progress.out().lines().findFirst().orElseThrow())
        .getAsJsonObject();
    assertThat(first.get("id").getAsInt()).isZero();
  }

  @Test
  void helpDocumentsThreadsAndProgress() {
    assertThat(run("", "--help").out()).contains("--threads N", "--progress, --no-progress");
  }

  @Test
  void badThreadCountsAreUsageErrors() {
    for (String value : List.of("0", "-1", "two", "")) {
      CliRun result = run("", "--threads", value);
      assertThat(result.code()).as(value).isEqualTo(2);
      assertThat(result.err()).contains("invalid value '" + value + "' for option '--threads'");
    }
    assertThat(run("", "--threads").err()).contains("option '--threads' needs a value");
    assertThat(run("", "--progress=yes").code()).isEqualTo(2);
  }
}
