package io.github.quotekit.benchmarks.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scoring views of {@link Predictions}: {@link Predictions#joinedGroups()}. */
class PredictionsTest {

  private static final JsonPrimitive ID = new JsonPrimitive("ferry");

  private static List<JsonElement> joined(String quotes) {
    JsonElement doc = JsonParser.parseString("{\"id\": \"ferry\", \"quotes\": " + quotes + "}");
    return Predictions.of(List.of(doc), List.of()).joinedGroups().quotesOf(ID);
  }

  @Test
  void theDirectPartsOfAGroupBecomeOneSpanWithTheSpeakerOfThePartThatHasOne() {
    List<JsonElement> quotes =
        joined(
            "[{\"begin\": 1, \"end\": 20, \"text\": \"a\", \"type\": \"DIRECT\", \"group\": 0,"
                + " \"speakerMention\": null},"
                + " {\"begin\": 35, \"end\": 60, \"type\": \"DIRECT\", \"group\": 0,"
                + " \"speakerMention\": {\"begin\": 22, \"end\": 26},"
                + " \"speaker\": {\"name\": \"Ruiz\"}}]");

    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).toString())
        .isEqualTo(
            "{\"begin\":1,\"end\":60,\"type\":\"DIRECT\",\"group\":0,"
                + "\"speakerMention\":{\"begin\":22,\"end\":26},\"speaker\":{\"name\":\"Ruiz\"}}");
  }

  @Test
  void otherGroupsAndReportedQuotesStayAsTheyAre() {
    String quotes =
        "[{\"begin\":1,\"end\":20,\"type\":\"DIRECT\",\"group\":0},"
            + "{\"begin\":30,\"end\":40,\"type\":\"MIXED\",\"group\":1},"
            + "{\"begin\":45,\"end\":50,\"type\":\"INDIRECT\",\"group\":1},"
            + "{\"begin\":55,\"end\":70,\"type\":\"DIRECT\",\"group\":2}]";

    assertThat(joined(quotes).toString())
        .isEqualTo(
            "[{\"begin\":1,\"end\":20,\"type\":\"DIRECT\",\"group\":0},"
                + " {\"begin\":30,\"end\":40,\"type\":\"MIXED\",\"group\":1},"
                + " {\"begin\":45,\"end\":50,\"type\":\"INDIRECT\",\"group\":1},"
                + " {\"begin\":55,\"end\":70,\"type\":\"DIRECT\",\"group\":2}]");
  }
}
