package io.github.quotekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.quotekit.ExtractorSpec;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests what the tool writes for people: -o, the meta record, --version, pipes and the hint. */
class OutputTest {

  private static final String ARTICLE = "“We will rebuild the harbor,” Mayor Ana Ruiz said.";

  @TempDir Path dir;

  @Test
  void outputOptionWritesTheFileAndNothingToStandardOutput() throws IOException {
    Path file = dir.resolve("out.json");

    CliRun result = CliRun.of(ARTICLE, "-o", file.toString());
    CliRun longForm = CliRun.of(ARTICLE, "--output=" + dir.resolve("long.json"));

    assertThat(result.code()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEmpty();
    JsonObject written = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
    assertThat(written.get("id").getAsString()).isEqualTo("stdin");
    assertThat(longForm.code()).isZero();
    assertThat(Files.readString(dir.resolve("long.json"))).isEqualTo(Files.readString(file));
  }

  @Test
  void anOutputFileThatCannotBeCreatedExitsWithOne() {
    CliRun result = CliRun.of(ARTICLE, "-o", dir.resolve("missing/out.json").toString());

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("quotekit: cannot write ").contains("out.json");
  }

  @Test
  void jsonLinesStartWithAMetaRecordThatHasNoId() {
    CliRun result =
        CliRun.withMeta(
            "{\"id\": 1, \"text\": \"" + ARTICLE + "\"}\n",
            "--input-format=jsonl",
            "--min-confidence=0.5");

    List<String> lines = result.out().lines().toList();
    assertThat(result.code()).isZero();
    assertThat(lines).hasSize(2);
    JsonObject first = JsonParser.parseString(lines.get(0)).getAsJsonObject();
    assertThat(first.keySet()).containsExactly("meta");
    assertMeta(first.getAsJsonObject("meta"), ExtractorSpec.defaults().withMinConfidence(0.5));
    assertThat(JsonParser.parseString(lines.get(1)).getAsJsonObject().get("id").getAsInt())
        .isEqualTo(1);
  }

  @Test
  void jsonObjectsCarryTheMetaAsAField() {
    CliRun result = CliRun.withMeta(ARTICLE, "--reported-speech");

    JsonObject document = JsonParser.parseString(result.out()).getAsJsonObject();
    assertThat(document.keySet()).containsExactly("id", "quotes", "speakers", "meta");
    assertMeta(document.getAsJsonObject("meta"), ExtractorSpec.defaults().withReportedSpeech(true));
  }

  @Test
  void noMetaOmitsIt() {
    CliRun result = CliRun.withMeta("", "--input-format=jsonl", "--no-meta");

    assertThat(result.code()).isZero();
    assertThat(result.out()).isEmpty();
  }

  @Test
  void versionNamesTheCommit() {
    CliRun result = CliRun.withMeta("", "--version");

    assertThat(result.out())
        .isEqualTo(BuildInfo.CURRENT.describe() + "\n")
        .startsWith("quotekit " + BuildInfo.CURRENT.version() + " (commit ");
    assertThat(BuildInfo.CURRENT.commit()).matches("[0-9a-f]{7,}|unknown");
  }

  @Test
  void aTerminalOnStandardInputGetsAHintOnStandardError() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Command.Terminals stdinOnly = new Command.Terminals(true, false);

    int code =
        new Command(
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, UTF_8),
                new PrintStream(err, true, UTF_8),
                stdinOnly)
            .run(new String[] {"--input-format=jsonl", "--no-meta"});
    int withFile =
        new Command(
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, UTF_8),
                new PrintStream(err, true, UTF_8),
                stdinOnly)
            .run(new String[] {"--input-format=jsonl", "--no-meta", "-"});

    assertThat(code).isZero();
    assertThat(withFile).isZero();
    assertThat(err.toString(UTF_8))
        .isEqualTo(
            "quotekit: reading an article from standard input; Ctrl-D to end, --help for usage\n");
  }

  @Test
  void aPipeWhoseReaderClosesEndsTheRunQuietlyWithZero() throws Exception {
    Path errors = dir.resolve("stderr.txt");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "--input-format=jsonl",
                "--no-progress")
            .redirectError(errors.toFile())
            .start();
    Thread feeder =
        new Thread(
            () -> {
              try (OutputStream stdin = process.getOutputStream()) {
                for (int i = 0; i < 20_000; i++) {
                  stdin.write(("{\"id\": " + i + ", \"text\": \"" + ARTICLE + "\"}\n").getBytes(UTF_8));
                }
              } catch (IOException e) {
                // The tool stopped reading once its output was closed: expected.
              }
            });
    feeder.start();

    try (BufferedReader stdout =
        new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8))) {
      assertThat(stdout.readLine()).startsWith("{\"meta\":");
      assertThat(stdout.readLine()).startsWith("{\"id\":0,");
    }
    boolean exited = process.waitFor(120, TimeUnit.SECONDS);
    if (!exited) {
      process.destroyForcibly();
    }
    feeder.join(10_000);

    assertThat(exited).isTrue();
    assertThat(process.exitValue()).isZero();
    assertThat(Files.readString(errors)).isEmpty();
  }

  private static void assertMeta(JsonObject meta, ExtractorSpec spec) {
    assertThat(meta.keySet()).containsExactly("tool", "version", "commit", "spec", "fingerprint");
    assertThat(meta.get("tool").getAsString()).isEqualTo("quotekit");
    assertThat(meta.get("version").getAsString()).isEqualTo(BuildInfo.CURRENT.version());
    assertThat(meta.get("commit").getAsString()).isEqualTo(BuildInfo.CURRENT.commit());
    assertThat(ExtractorSpec.parse(meta.get("spec").getAsString())).isEqualTo(spec);
    assertThat(meta.get("fingerprint").getAsString())
        .matches("sha256:[0-9a-f]{16}")
        .isEqualTo(RunMetadata.fingerprint());
  }
}
