package io.github.quotekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Never crash, never lose a document: broken input lines, unreadable files and unwritable output
 * are reported, the run goes on where it can, and the exit code says what happened.
 */
class RobustnessTest {
  /** What breaks a line, each with the message it gets. */
  private static final List<String[]> BROKEN =
      List.of(
          new String[] {"{\"id\": \"x\", \"text\": ", "malformed JSON"},
          new String[] {"{\"id\": 7, \"body\": \"no text\"}", "\"text\" is missing"},
          new String[] {"{\"id\": [1], \"text\": \"An id that is a list.\"}", "\"id\" is neither"},
          new String[] {"{\"id\": true, \"text\": \"A boolean id.\"}", "\"id\" is neither"},
          new String[] {"{\"id\": \"t\", \"text\": 42}", "\"text\" is not a string"},
          new String[] {"[\"not\", \"an\", \"object\"]", "not a JSON object"},
          new String[] {"{'id': 'single quotes', 'text': 'lenient JSON'}", "malformed JSON"},
          new String[] {"{\"id\": \"a\", \"text\": \"b\"} trailing", "malformed JSON"},
          new String[] {"\u0000\u0001 binary \uFFFD", "looks binary"});

  @TempDir Path dir;

  private record Result(int code, String out, String err) {}

  private static Result run(byte[] stdin, OutputStream out, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream outStream = new PrintStream(out, true, UTF_8);
        PrintStream errStream = new PrintStream(err, true, UTF_8)) {
      String[] withoutMeta = Stream.concat(Stream.of("--no-meta"), Stream.of(args))
          .toArray(String[]::new);
      code = Main.run(withoutMeta, new ByteArrayInputStream(stdin), outStream, errStream);
    }
    String written = out instanceof ByteArrayOutputStream bytes ? bytes.toString(UTF_8) : "";
    return new Result(code, written, err.toString(UTF_8));
  }

  private static Result run(String stdin, String... args) {
    return run(stdin.getBytes(UTF_8), new ByteArrayOutputStream(), args);
  }

  /** Three lines per broken one: two good articles, then a broken line. */
  private static String everyThirdLineBroken(int groups) {
    StringBuilder input = new StringBuilder();
    for (int g = 0; g < groups; g++) {
      input
          .append("{\"id\": \"good-")
          .append(2 * g)
          .append("\", \"text\": \"“We will rebuild,” Mayor Ana Ruiz said.\"}\n")
          .append("{\"id\": ")
          .append(1000 + g)
          .append(", \"text\": \"No quotation here.\"}\n")
          .append(BROKEN.get(g % BROKEN.size())[0])
          .append('\n');
    }
    return input.toString();
  }

  @Test
  void everyThirdLineBrokenAnswersEveryGoodLineAndReportsEveryBadOne() {
    int groups = 2 * BROKEN.size();

    Result result = run(everyThirdLineBroken(groups), "--input-format", "jsonl");

    assertThat(result.code()).isEqualTo(Command.EXIT_FAILED_DOCUMENTS);
    List<String> lines = result.out().lines().toList();
    assertThat(lines).hasSize(3 * groups);
    List<String> errors = result.err().lines().toList();
    assertThat(errors).hasSize(groups);
    for (int g = 0; g < groups; g++) {
      JsonObject first = JsonParser.parseString(lines.get(3 * g)).getAsJsonObject();
      assertThat(first.get("id").getAsString()).isEqualTo("good-" + 2 * g);
      assertThat(first.getAsJsonArray("quotes")).hasSize(1);
      JsonObject second = JsonParser.parseString(lines.get(3 * g + 1)).getAsJsonObject();
      assertThat(second.get("id").getAsInt()).isEqualTo(1000 + g);
      assertThat(second.getAsJsonArray("quotes")).isEmpty();

      int lineNumber = 3 * g + 3;
      String expected = BROKEN.get(g % BROKEN.size())[1];
      JsonObject broken = JsonParser.parseString(lines.get(3 * g + 2)).getAsJsonObject();
      assertThat(broken.keySet()).containsExactly("id", "error");
      assertThat(broken.get("error").getAsString())
          .startsWith("line " + lineNumber + ": " + expected);
      assertThat(errors.get(g)).startsWith("quotekit: stdin:" + lineNumber + ": " + expected);
    }
  }

  @Test
  void brokenLinesInJsonOutputAreErrorObjectsOfTheArray() {
    Result result =
        run(everyThirdLineBroken(3), "--input-format", "jsonl", "--output-format", "json");

    assertThat(result.code()).isEqualTo(Command.EXIT_FAILED_DOCUMENTS);
    JsonArray array = JsonParser.parseString(result.out()).getAsJsonArray();
    assertThat(array).hasSize(9);
    assertThat(array.get(2).getAsJsonObject().has("error")).isTrue();
    assertThat(array.get(3).getAsJsonObject().has("quotes")).isTrue();
  }

  @Test
  void malformedUtf8InALineFailsThatLineWithTheOffsetAndTheNextLineGoesOn() {
    byte[] prefix = "{\"id\": \"bytes\", \"text\": \"caf".getBytes(UTF_8);
    byte[] suffix = " “Fine,” said Ana Ruiz.\"}\n".getBytes(UTF_8);
    byte[] input = new byte[prefix.length + 2 + suffix.length];
    System.arraycopy(prefix, 0, input, 0, prefix.length);
    input[prefix.length] = (byte) 0xC3; // a truncated two-byte sequence
    input[prefix.length + 1] = (byte) 0xFF; // never valid in UTF-8
    System.arraycopy(suffix, 0, input, prefix.length + 2, suffix.length);
    byte[] next = "{\"id\": \"next\", \"text\": \"“Fine,” said Ana Ruiz.\"}\n".getBytes(UTF_8);
    byte[] both = Arrays.copyOf(input, input.length + next.length);
    System.arraycopy(next, 0, both, input.length, next.length);

    Result result = run(both, new ByteArrayOutputStream(), "--input-format", "jsonl");

    assertThat(result.code()).isEqualTo(Command.EXIT_FAILED_DOCUMENTS);
    String problem = "not valid UTF-8 at byte offset " + prefix.length + " (--encoding reads another charset)";
    assertThat(result.err()).isEqualTo("quotekit: stdin:1: " + problem + "\n");
    List<JsonObject> lines =
        result.out().lines().map(line -> JsonParser.parseString(line).getAsJsonObject()).toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).get("error").getAsString()).isEqualTo("line 1: " + problem);
    assertThat(lines.get(1).getAsJsonArray("quotes")).hasSize(1);
  }

  @Test
  void anyTextArticleGivesAWellFormedObject() throws IOException {
    String nasty =
        "\uFEFF\u0007“\uD800 lone,” \uDC00said «x» <b>Ana</b>\r\n\u2028“" + "a".repeat(2_000);
    Path file = dir.resolve("nasty.txt");
    Files.write(file, nasty.getBytes(UTF_8)); // a lone surrogate becomes '?'

    Result result = run("", "--output-format", "jsonl", file.toString());

    assertThat(result.code()).isZero();
    assertThat(result.err()).isEmpty();
    JsonObject object = JsonParser.parseString(result.out()).getAsJsonObject();
    assertThat(object.keySet()).containsExactly("id", "quotes", "speakers");
  }

  @Test
  void unreadableInputsAreReportedAndTheOthersProcessed() throws IOException {
    Path good = Files.writeString(dir.resolve("good.jsonl"), "{\"id\": 1, \"text\": \"Hi.\"}\n");
    Path directory = Files.createDirectory(dir.resolve("folder"));
    String missing = dir.resolve("missing.jsonl").toString();

    Result result =
        run("", "--input-format", "jsonl", missing, directory.toString(), good.toString());

    assertThat(result.code()).isEqualTo(Command.EXIT_UNREADABLE);
    assertThat(result.err().lines())
        .containsExactly(
            "quotekit: cannot read " + missing + ": no such file",
            "quotekit: cannot read " + directory + ": is a directory");
    assertThat(result.out().lines()).hasSize(1);
  }

  @Test
  void everyDocumentIsFlushedAsItIsWritten() {
    FlushRecorder out = new FlushRecorder(Integer.MAX_VALUE);

    Result result = run(everyThirdLineBroken(4).getBytes(UTF_8), out, "--input-format", "jsonl");

    assertThat(result.code()).isEqualTo(Command.EXIT_FAILED_DOCUMENTS);
    String written = out.written();
    List<Integer> lineEnds = new ArrayList<>();
    for (int i = 0; i < written.length(); i++) {
      if (written.charAt(i) == '\n') {
        lineEnds.add(i + 1);
      }
    }
    assertThat(lineEnds).hasSize(12);
    // When each document was flushed, everything up to its end had reached the output.
    assertThat(out.flushedLengths()).containsAll(lineEnds);
  }

  @Test
  void unwritableOutputEndsTheRunWithCompleteDocumentsAndExitCodeOne() {
    FlushRecorder out = new FlushRecorder(3);
    String input = "{\"id\": 1, \"text\": \"“Yes,” said Ana Ruiz.\"}\n".repeat(6);

    Result result = run(input.getBytes(UTF_8), out, "--input-format", "jsonl");

    assertThat(result.code()).isEqualTo(Command.EXIT_ERROR);
    assertThat(result.err()).contains("quotekit: cannot write output");
    // A killed or failed run leaves the documents written so far whole.
    List<String> lines = out.written().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(out.written()).endsWith("\n");
    lines.forEach(line -> assertThat(JsonParser.parseString(line).isJsonObject()).isTrue());
  }

  @Test
  void exitCodesAreDocumentedInTheHelp() {
    Result result = run("", "--help");

    assertThat(result.out())
        .contains(
            "0  success",
            "1  unexpected error",
            "2  invalid command line",
            "3  some FILE could not be read",
            "4  some documents failed");
  }

  /**
   * An output that records how much had been written at each flush, and fails every write after
   * a given number of flushes.
   */
  private static final class FlushRecorder extends OutputStream {
    private final int failAfterFlushes;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final List<Integer> flushed = new ArrayList<>();

    FlushRecorder(int failAfterFlushes) {
      this.failAfterFlushes = failAfterFlushes;
    }

    @Override
    public void write(int b) throws IOException {
      if (flushed.size() >= failAfterFlushes) {
        throw new IOException("No space left on device");
      }
      bytes.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (flushed.size() >= failAfterFlushes) {
        throw new IOException("No space left on device");
      }
      bytes.write(b, off, len);
    }

    @Override
    public void flush() {
      int length = bytes.toString(UTF_8).length();
      if (flushed.isEmpty() || flushed.get(flushed.size() - 1) != length) {
        flushed.add(length);
      }
    }

    String written() {
      return bytes.toString(UTF_8);
    }

    List<Integer> flushedLengths() {
      return flushed;
    }
  }
}
