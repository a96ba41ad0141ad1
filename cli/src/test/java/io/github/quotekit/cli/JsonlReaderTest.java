package io.github.quotekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonPrimitive;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests {@link JsonlReader}: ids of both types, blank lines and malformed lines. */
class JsonlReaderTest {

  private static List<InputRecord> readAll(String input) throws IOException {
    JsonlReader reader =
        new JsonlReader(
            new BoundedLines(
                new ByteArrayInputStream(input.getBytes(UTF_8)),
                UTF_8,
                InputReader.DEFAULT_MAX_DOCUMENT_SIZE),
            "in.jsonl");
    List<InputRecord> records = new ArrayList<>();
    InputRecord record;
    while ((record = reader.next()) != null) {
      records.add(record);
    }
    return records;
  }

  private static Document document(InputRecord record) {
    assertThat(record).isInstanceOf(Document.class);
    return (Document) record;
  }

  private static BadRecord bad(InputRecord record) {
    assertThat(record).isInstanceOf(BadRecord.class);
    return (BadRecord) record;
  }

  @Test
  void readsStringAndNumberIdsAsGiven() throws IOException {
    List<InputRecord> records =
        readAll(
            "{\"id\": \"a-1\", \"text\": \"One.\"}\n"
                + "{\"id\": 17, \"text\": \"Two.\"}\n"
                + "{\"id\": 2.50, \"text\": \"Three.\"}\n");

    assertThat(records).hasSize(3);
    Document first = document(records.get(0));
    assertThat(first.id()).isEqualTo(new JsonPrimitive("a-1"));
    assertThat(first.id().isString()).isTrue();
    assertThat(first.text()).isEqualTo("One.");
    assertThat(first.location()).isEqualTo("in.jsonl:1");

    Document second = document(records.get(1));
    assertThat(second.id().isNumber()).isTrue();
    assertThat(second.id().toString()).isEqualTo("17");
    assertThat(second.text()).isEqualTo("Two.");

    assertThat(document(records.get(2)).id().toString()).isEqualTo("2.50");
  }

  @Test
  void missingOrNullIdBecomesTheLineNumberAsAString() throws IOException {
    List<InputRecord> records =
        readAll("\n{\"text\": \"No id.\"}\n{\"id\": null, \"text\": \"Null id.\"}\n");

    assertThat(document(records.get(0)).id()).isEqualTo(new JsonPrimitive("2"));
    assertThat(document(records.get(1)).id()).isEqualTo(new JsonPrimitive("3"));
  }

  @Test
  void skipsBlankLinesButCountsThem() throws IOException {
    List<InputRecord> records =
        readAll("\n   \n\t\r\n{\"id\": 1, \"text\": \"x\"}\n\n{\"text\": \"y\"}\n\n");

    assertThat(records).hasSize(2);
    assertThat(records.get(0).location()).isEqualTo("in.jsonl:4");
    assertThat(document(records.get(1)).id()).isEqualTo(new JsonPrimitive("6"));
  }

  @Test
  void ignoresOtherFieldsAndKeepsTheTextExactly() throws IOException {
    String text = "“Quoted,” she said.\n\nÉtienne’s 😀 reply";
    String line =
        "{\"url\": \"https://example.org\", \"id\": \"u\", \"meta\": {\"x\": [1]},"
            + " \"text\": \"\\u201cQuoted,\\u201d she said.\\n\\n"
            + "Étienne’s 😀 reply\"}";

    Document document = document(readAll(line).get(0));

    assertThat(document.text()).isEqualTo(text);
  }

  @Test
  void acceptsCrLfLineEndingsAndALeadingByteOrderMark() throws IOException {
    List<InputRecord> records =
        readAll("\uFEFF{\"id\": 1, \"text\": \"a\"}\r\n{\"id\": 2, \"text\": \"b\"}\r\n");

    assertThat(records).hasSize(2);
    assertThat(document(records.get(0)).text()).isEqualTo("a");
    assertThat(document(records.get(1)).text()).isEqualTo("b");
  }

  @Test
  void emptyInputHasNoRecords() throws IOException {
    assertThat(readAll("")).isEmpty();
    assertThat(readAll("\n\n")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"id\": 1, \"text\": \"x\"",
        "{id: 1, \"text\": \"x\"}",
        "{'id': 1, 'text': 'x'}",
        "{\"id\": 1, \"text\": \"x\",}",
        "{\"id\": 1, \"text\": \"x\"} {}",
        "{\"id\": 1, \"text\": \"x\"} trailing",
        "// comment",
        "not json at all"
      })
  void reportsMalformedJsonWithoutAnId(String line) throws IOException {
    BadRecord bad = bad(readAll("{\"text\": \"fine\"}\n" + line + "\n").get(1));

    assertThat(bad.id()).isEmpty();
    assertThat(bad.line()).isEqualTo(2);
    assertThat(bad.location()).isEqualTo("in.jsonl:2");
    assertThat(bad.message()).startsWith("malformed JSON").doesNotContain("\n", "Strictness");
    assertThat(bad.error()).startsWith("line 2: malformed JSON");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[1, 2]", "\"text\"", "42", "null"})
  void reportsValuesThatAreNotObjects(String line) throws IOException {
    BadRecord bad = bad(readAll(line).get(0));

    assertThat(bad.id()).isEmpty();
    assertThat(bad.message()).isEqualTo("not a JSON object");
  }

  @Test
  void reportsAMissingOrNonStringTextWithTheId() throws IOException {
    List<InputRecord> records =
        readAll(
            "{\"id\": \"a\"}\n"
                + "{\"id\": 5, \"text\": null}\n"
                + "{\"id\": \"c\", \"text\": 12}\n"
                + "{\"text\": [\"x\"]}\n");

    BadRecord missing = bad(records.get(0));
    assertThat(missing.id()).contains(new JsonPrimitive("a"));
    assertThat(missing.message()).isEqualTo("\"text\" is missing");

    BadRecord nullText = bad(records.get(1));
    assertThat(nullText.id()).hasValueSatisfying(id -> assertThat(id.getAsInt()).isEqualTo(5));
    assertThat(nullText.message()).isEqualTo("\"text\" is missing");

    BadRecord number = bad(records.get(2));
    assertThat(number.id()).contains(new JsonPrimitive("c"));
    assertThat(number.message()).isEqualTo("\"text\" is not a string");

    BadRecord array = bad(records.get(3));
    assertThat(array.id()).contains(new JsonPrimitive("4"));
    assertThat(array.error()).isEqualTo("line 4: \"text\" is not a string");
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "{\"n\": 1}", "[1]"})
  void reportsIdsOfOtherTypes(String id) throws IOException {
    BadRecord bad = bad(readAll("{\"id\": " + id + ", \"text\": \"x\"}").get(0));

    assertThat(bad.id()).isEmpty();
    assertThat(bad.message()).isEqualTo("\"id\" is neither a string nor a number");
  }

  @Test
  void goesOnAfterABadLine() throws IOException {
    List<InputRecord> records =
        readAll("{\"id\": 1, \"text\": \"a\"}\n{oops\n{\"id\": 3, \"text\": \"c\"}\n");

    assertThat(records).hasSize(3);
    assertThat(records.get(1)).isInstanceOf(BadRecord.class);
    assertThat(document(records.get(2)).text()).isEqualTo("c");
  }
}
