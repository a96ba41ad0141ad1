package io.github.quotekit.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonPrimitive;
import io.github.quotekit.jsonl.ArticleJson.Article;
import io.github.quotekit.jsonl.ArticleJson.Invalid;
import io.github.quotekit.jsonl.ArticleJson.Result;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests {@link ArticleJson}: the id rules, the text field and the problems of each bad line. */
class ArticleJsonTest {

  private static final ArticleJson STANDARD = ArticleJson.standard();

  private static Article article(Result result) {
    assertThat(result).isInstanceOf(Article.class);
    return (Article) result;
  }

  private static Invalid invalid(Result result) {
    assertThat(result).isInstanceOf(Invalid.class);
    return (Invalid) result;
  }

  private static Result line(String line, int number) {
    return STANDARD.readLine(line, number).orElseThrow();
  }

  @Test
  void keepsStringAndNumberIdsAsWritten() {
    Article string = article(line("{\"id\": \"a-1\", \"text\": \"One.\"}", 1));
    Article number = article(line("{\"id\": 1.50, \"text\": \"Two.\"}", 2));

    assertThat(string.id()).isEqualTo(new JsonPrimitive("a-1"));
    assertThat(string.text()).isEqualTo("One.");
    assertThat(number.id().isNumber()).isTrue();
    assertThat(number.id().toString()).isEqualTo("1.50");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"text\": \"No id.\"}", "{\"id\": null, \"text\": \"No id.\"}"})
  void aMissingOrNullIdIsTheLineNumberAsAString(String json) {
    assertThat(article(line(json, 12)).id()).isEqualTo(new JsonPrimitive("12"));
  }

  @Test
  void aWholeJsonTextGetsTheDefaultIdGiven() {
    Article article = article(STANDARD.read("{\"text\": \"Hi.\"}", new JsonPrimitive("document")));

    assertThat(article.id()).isEqualTo(new JsonPrimitive("document"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\t", "\uFEFF"})
  void aBlankLineIsNoArticleAndNoError(String line) {
    assertThat(STANDARD.readLine(line, 1)).isEmpty();
  }

  @Test
  void aByteOrderMarkBeforeTheJsonIsIgnoredButAloneMakesOnlyTheFirstLineBlank() {
    String json = "\uFEFF{\"id\": \"b\", \"text\": \"x\"}";

    assertThat(article(line(json, 1)).id()).isEqualTo(new JsonPrimitive("b"));
    assertThat(article(line(json, 2)).id()).isEqualTo(new JsonPrimitive("b"));
    assertThat(invalid(line("\uFEFF", 2)).problem()).startsWith("malformed JSON");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          {"id": "x", "text": | malformed JSON: end of input at column 20
          {'id': 'a', 'text': 'b'} | malformed JSON at column 3
          {"id": "a", "text": "b"} trailing | malformed JSON at column 27
          [1, 2] | not a JSON object
          "just a string" | not a JSON object
          {"id": [1], "text": "b"} | "id" is neither a string nor a number
          {"id": true, "text": "b"} | "id" is neither a string nor a number
          """)
  void problemsWithoutAnId(String json, String problem) {
    Invalid invalid = invalid(line(json, 3));

    assertThat(invalid.problem()).isEqualTo(problem);
    assertThat(invalid.id()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          {"id": 9} | "text" is missing
          {"id": 9, "text": null} | "text" is missing
          {"id": 9, "text": 42} | "text" is not a string
          {"id": 9, "text": ["a"]} | "text" is not a string
          {"id": 9, "text": {"body": "a"}} | "text" is not a string
          """)
  void problemsWithTheId(String json, String problem) {
    Invalid invalid = invalid(line(json, 4));

    assertThat(invalid.problem()).isEqualTo(problem);
    assertThat(invalid.id()).contains(new JsonPrimitive(9));
    assertThat(ArticleJson.lineError(4, invalid.problem())).isEqualTo("line 4: " + problem);
  }

  @Test
  void aMissingTextOfALineWithoutIdHasTheLineNumberAsId() {
    assertThat(invalid(line("{\"title\": \"x\"}", 5)).id()).contains(new JsonPrimitive("5"));
  }

  @Test
  void otherFieldNamesAreReadAndNamedInTheProblems() {
    ArticleJson reader = ArticleJson.of("url", "body");

    Article article = article(reader.readLine("{\"url\": \"u\", \"body\": \"B.\", \"id\": 1}", 1)
        .orElseThrow());
    Invalid invalid = invalid(reader.readLine("{\"url\": \"u\", \"text\": \"T.\"}", 2).orElseThrow());

    assertThat(article.id()).isEqualTo(new JsonPrimitive("u"));
    assertThat(article.text()).isEqualTo("B.");
    assertThat(invalid.problem()).isEqualTo("\"body\" is missing");
  }

  @Test
  void survivesSerializationAsASparkTaskHoldsIt() throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(ArticleJson.of("url", "body"));
    }
    ArticleJson copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (ArticleJson) in.readObject();
    }

    assertThat(copy.readLine("{\"url\": 3}", 1))
        .contains(new Invalid(Optional.of(new JsonPrimitive(3)), "\"body\" is missing"));
  }
}
