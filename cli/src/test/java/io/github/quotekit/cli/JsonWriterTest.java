package io.github.quotekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** Tests {@link JsonWriter}: JSON Lines, pretty single objects and arrays, UTF-8, flushing. */
class JsonWriterTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  private static JsonObject object(String id, String text) {
    JsonObject object = new JsonObject();
    object.addProperty("id", id);
    object.addProperty("text", text);
    object.add("missing", JsonNull.INSTANCE);
    return object;
  }

  private String output() {
    return bytes.toString(UTF_8);
  }

  @Test
  void jsonlWritesOneCompactLinePerObject() {
    JsonWriter writer = new JsonWriter(OutputFormat.JSONL, bytes);
    writer.write(object("a", "x"));
    writer.write(object("b", "y"));
    writer.finish();

    assertThat(output())
        .isEqualTo(
            "{\"id\":\"a\",\"text\":\"x\",\"missing\":null}\n"
                + "{\"id\":\"b\",\"text\":\"y\",\"missing\":null}\n");
  }

  @Test
  void jsonlFlushesEachObjectAsItIsWritten() {
    JsonWriter writer = new JsonWriter(OutputFormat.JSONL, bytes);
    writer.write(object("a", "x"));

    assertThat(output()).isEqualTo("{\"id\":\"a\",\"text\":\"x\",\"missing\":null}\n");
  }

  @Test
  void jsonlWritesNothingForNoObjects() {
    JsonWriter writer = new JsonWriter(OutputFormat.JSONL, bytes);
    writer.finish();

    assertThat(output()).isEmpty();
  }

  @Test
  void jsonWritesASingleObjectPrettyPrinted() {
    JsonWriter writer = new JsonWriter(OutputFormat.JSON, bytes);
    writer.write(object("a", "x"));
    writer.finish();

    assertThat(output())
        .isEqualTo("{\n  \"id\": \"a\",\n  \"text\": \"x\",\n  \"missing\": null\n}\n");
  }

  @Test
  void jsonWritesAnArrayForSeveralObjects() {
    JsonWriter writer = new JsonWriter(OutputFormat.JSON, bytes);
    writer.write(object("a", "x"));
    writer.write(object("b", "y"));
    // Both are out as soon as the second arrives.
    assertThat(output()).contains("\"a\"", "\"b\"");
    writer.write(object("c", "z"));
    writer.finish();

    String output = output();
    assertThat(output).startsWith("[\n  {\n    \"id\": \"a\",").endsWith("\n]\n");
    JsonElement parsed = JsonParser.parseString(output);
    assertThat(parsed.isJsonArray()).isTrue();
    JsonArray array = parsed.getAsJsonArray();
    assertThat(array).hasSize(3);
    assertThat(array.get(2).getAsJsonObject().get("id").getAsString()).isEqualTo("c");
    assertThat(array.get(0).getAsJsonObject().has("missing")).isTrue();
  }

  @Test
  void jsonWritesAnEmptyArrayForNoObjects() {
    JsonWriter writer = new JsonWriter(OutputFormat.JSON, bytes);
    writer.finish();

    assertThat(output()).isEqualTo("[]\n");
  }

  @Test
  void writesUtf8WithoutHtmlEscaping() {
    JsonWriter writer = new JsonWriter(OutputFormat.JSONL, bytes);
    writer.write(object("<é>", "“Bridge” & 😀 'x' = y"));
    writer.finish();

    assertThat(output()).contains("\"<é>\"", "\"“Bridge” & 😀 'x' = y\"");
  }

  @Test
  void reportsAFailingPrintStream() {
    PrintStream broken =
        new PrintStream(
            new OutputStream() {
              @Override
              public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("pipe closed");
              }
            });
    JsonWriter writer = new JsonWriter(OutputFormat.JSONL, broken);

    assertThatThrownBy(() -> writer.write(object("a", "x")))
        .isInstanceOf(UncheckedIOException.class);
  }
}
