package io.github.quotekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonPrimitive;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests {@link InputReader}: text and JSON Lines inputs from files and standard input. */
class InputReaderTest {

  @TempDir Path dir;

  private static InputStream stdin(String text) {
    return new ByteArrayInputStream(text.getBytes(UTF_8));
  }

  private static List<InputRecord> readAll(InputReader reader, String file) throws IOException {
    List<InputRecord> records = new ArrayList<>();
    try (InputReader.Source source = reader.open(file)) {
      InputRecord record;
      while ((record = source.next()) != null) {
        records.add(record);
      }
    }
    return records;
  }

  @Test
  void textFileIsOneDocumentNamedAfterTheFile() throws IOException {
    Path file = dir.resolve("story.txt");
    Files.writeString(file, "“Yes,” she said.\n\nMore.\n", UTF_8);

    List<InputRecord> records =
        readAll(new InputReader(InputFormat.TEXT, stdin("")), file.toString());

    assertThat(records)
        .containsExactly(
            new Document(
                new JsonPrimitive("story.txt"), "“Yes,” she said.\n\nMore.\n", file.toString()));
  }

  @Test
  void givenIdReplacesTheFileNameAndStdin() throws IOException {
    Path file = Files.writeString(dir.resolve("story.txt"), "Text.", UTF_8);
    InputReader reader =
        new InputReader(InputFormat.TEXT, stdin("Hello."), Optional.of("seed"));

    assertThat(readAll(reader, file.toString()))
        .containsExactly(new Document(new JsonPrimitive("seed"), "Text.", file.toString()));
    assertThat(readAll(reader, "-"))
        .containsExactly(new Document(new JsonPrimitive("seed"), "Hello.", "stdin"));
  }

  @Test
  void textFromStandardInputIsNamedStdin() throws IOException {
    List<InputRecord> records =
        readAll(new InputReader(InputFormat.TEXT, stdin("Hello.")), "-");

    assertThat(records)
        .containsExactly(new Document(new JsonPrimitive("stdin"), "Hello.", "stdin"));
  }

  @Test
  void malformedUtf8IsReportedWithItsOffsetNotReplaced() throws IOException {
    Path file = dir.resolve("bad.txt");
    Files.write(file, new byte[] {'a', (byte) 0xC3, 'b'});

    BadRecord bad =
        (BadRecord) readAll(new InputReader(InputFormat.TEXT, stdin("")), file.toString()).get(0);

    assertThat(bad.id()).hasValue(new JsonPrimitive("bad.txt"));
    assertThat(bad.location()).isEqualTo(file.toString());
    assertThat(bad.error())
        .isEqualTo("not valid UTF-8 at byte offset 1 (--encoding reads another charset)");
  }

  @Test
  void jsonlFileYieldsOneRecordPerLine() throws IOException {
    Path file = dir.resolve("in.jsonl");
    Files.writeString(file, "{\"id\": 1, \"text\": \"a\"}\n\n{oops\n", UTF_8);

    List<InputRecord> records =
        readAll(new InputReader(InputFormat.JSONL, stdin("")), file.toString());

    assertThat(records).hasSize(2);
    assertThat(records.get(0)).isInstanceOf(Document.class);
    assertThat(records.get(1)).isInstanceOf(BadRecord.class);
    assertThat(records.get(1).location()).isEqualTo(file + ":3");
  }

  @Test
  void jsonlFromStandardInputIsNamedStdin() throws IOException {
    List<InputRecord> records =
        readAll(new InputReader(InputFormat.JSONL, stdin("{\"text\": \"a\"}\n")), "-");

    assertThat(records).containsExactly(new Document(new JsonPrimitive("1"), "a", "stdin:1"));
  }

  @Test
  void leavesStandardInputOpen() throws IOException {
    boolean[] closed = {false};
    InputStream in =
        new ByteArrayInputStream("x".getBytes(UTF_8)) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };

    readAll(new InputReader(InputFormat.TEXT, in), "-");
    readAll(new InputReader(InputFormat.JSONL, in), "-");

    assertThat(closed[0]).isFalse();
  }

  @Test
  void failsOnMissingFilesAndDirectories() {
    InputReader reader = new InputReader(InputFormat.TEXT, stdin(""));

    assertThatThrownBy(() -> reader.open(dir.resolve("nope.txt").toString()))
        .isInstanceOf(NoSuchFileException.class)
        .satisfies(
            e -> assertThat(InputReader.describe((IOException) e)).isEqualTo("no such file"));
    assertThatThrownBy(() -> reader.open(dir.toString()))
        .isInstanceOf(IOException.class)
        .satisfies(
            e -> assertThat(InputReader.describe((IOException) e)).isEqualTo("is a directory"));
    InputReader jsonl = new InputReader(InputFormat.JSONL, stdin(""));
    assertThatThrownBy(() -> jsonl.open(dir.resolve("nope.jsonl").toString()))
        .isInstanceOf(NoSuchFileException.class);
  }
}
