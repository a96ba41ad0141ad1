package io.github.quotekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.quotekit.Channel;
import io.github.quotekit.JoinReason;
import io.github.quotekit.QuoteType;
import io.github.quotekit.SpeakerKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the whole tool in-process, with in-memory streams and the real extractor. */
class MainTest {

  private static final String ARTICLE =
      "“We will rebuild the bridge,” Mayor Ana Ruiz said on Tuesday.\n\n"
          + "“Not now, not ever. We owe it to the people who cross it every day.”\n\n"
          + "The council approved the plan on Wednesday. “It is a good day for the city and for"
          + " everyone who lives here,” said Tom Baker, a council member.\n";

  /** Four attributed quotes, the second part of a split one among them, and two speakers. */
  private static final String COUNCIL_ARTICLE =
      "“We will reopen the reading room on Monday,” said Priya Lindholm, director of the Marsh"
          + " Creek Public Library. “Bring your overdue books.”\n\n"
          + "Sen. Helen Ashgrove, D-Ore., said: “The bill is dead.”\n\n"
          + "“It was a long night,” Ashgrove told reporters.\n";

  private static final String OTHER_ARTICLE =
      "“Prices will keep rising through the winter,” analysts at the bank warned.\n";

  /** A short article for {@code --id}: one attributed quote. */
  private static final String SEED_ARTICLE =
      "“The seed bank will open in May,” said Dr. Lena Okafor, its curator.\n";

  private static final Set<String> TYPES = names(QuoteType.values());
  private static final Set<String> KINDS = names(SpeakerKind.values());
  private static final Set<String> CHANNELS = names(Channel.values());
  private static final Set<String> JOIN_REASONS = names(JoinReason.values());
  private static final String[] SPEAKER_KEYS = {
    "id", "name", "kind", "title", "description", "party", "state", "role", "organization",
    "age"
  };

  @TempDir Path dir;

  private static CliRun run(String stdin, String... args) {
    return CliRun.of(stdin, args);
  }

  private static Set<String> names(Enum<?>[] values) {
    Set<String> names = new HashSet<>();
    Arrays.stream(values).forEach(value -> names.add(value.name()));
    return names;
  }

  /** Checks one result object against the output contract and against the article's text. */
  private static void assertContract(JsonObject result, String text) {
    assertThat(result.keySet()).containsExactly("id", "quotes", "speakers");

    Set<Integer> speakerIds = new HashSet<>();
    for (JsonElement element : result.getAsJsonArray("speakers")) {
      JsonObject speaker = element.getAsJsonObject();
      assertThat(speaker.keySet())
          .containsExactly(
              "id", "name", "kind", "title", "description", "party", "state", "role",
              "organization", "age", "mentions");
      assertThat(speakerIds.add(speaker.get("id").getAsInt())).isTrue();
      assertThat(speaker.get("name").getAsString()).isNotBlank();
      assertThat(speaker.get("kind").getAsString()).isIn(KINDS);
      for (String key : List.of("title", "description", "party", "state", "role", "organization")) {
        assertNullOrString(speaker.get(key));
      }
      for (JsonElement mention : speaker.getAsJsonArray("mentions")) {
        assertSpan(mention.getAsJsonObject(), text, "text", "begin", "end");
      }
    }

    int lastGroup = -1;
    for (JsonElement element : result.getAsJsonArray("quotes")) {
      JsonObject quote = element.getAsJsonObject();
      boolean reported = !quote.get("type").getAsString().equals("DIRECT");
      String[] keys = {
        "text", "begin", "end", "type", "cue", "speakerMention", "speaker", "confidence", "rule",
        "channel", "group", "joinedBy", "fragments"
      };
      // Only reported speech (INDIRECT, MIXED) carries its quoted fragments.
      assertSpan(quote, text, reported ? keys : Arrays.copyOf(keys, keys.length - 1));
      if (reported) {
        for (JsonElement fragment : quote.getAsJsonArray("fragments")) {
          assertSpan(fragment.getAsJsonObject(), text, "text", "begin", "end");
        }
      }
      assertThat(quote.get("type").getAsString()).isIn(TYPES);
      double confidence = quote.get("confidence").getAsDouble();
      assertThat(confidence).isBetween(0.0, 1.0);
      assertThat(Math.round(confidence * 1000) / 1000.0).isEqualTo(confidence);
      assertThat(quote.get("rule").getAsString()).isNotBlank();
      assertThat(quote.get("channel").getAsString()).isIn(CHANNELS);
      // Groups are numbered 0, 1, 2, ... in text order: the first quote of a group (joinedBy
      // null) opens the next one, a later part stays in the group of the quote before it.
      int group = quote.get("group").getAsInt();
      if (quote.get("joinedBy").isJsonNull()) {
        assertThat(group).isEqualTo(lastGroup + 1);
      } else {
        assertThat(quote.get("joinedBy").getAsString()).isIn(JOIN_REASONS);
        assertThat(group).isEqualTo(lastGroup);
      }
      lastGroup = group;
      if (!quote.get("cue").isJsonNull()) {
        assertSpan(quote.getAsJsonObject("cue"), text, "text", "begin", "end", "lemma");
      }
      if (!quote.get("speakerMention").isJsonNull()) {
        assertSpan(quote.getAsJsonObject("speakerMention"), text, "text", "begin", "end");
      }
      if (!quote.get("speaker").isJsonNull()) {
        JsonObject speaker = quote.getAsJsonObject("speaker");
        assertThat(speaker.keySet()).containsExactly(SPEAKER_KEYS);
        assertThat(speakerIds).contains(speaker.get("id").getAsInt());
      }
    }
  }

  /** Checks that an object has exactly the given keys and that its text is its span's text. */
  private static void assertSpan(JsonObject object, String text, String... keys) {
    assertThat(object.keySet()).containsExactly(keys);
    int begin = object.get("begin").getAsInt();
    int end = object.get("end").getAsInt();
    assertThat(begin).isBetween(0, end);
    assertThat(end).isLessThanOrEqualTo(text.length());
    assertThat(object.get("text").getAsString()).isEqualTo(text.substring(begin, end));
  }

  private static void assertNullOrString(JsonElement element) {
    assertThat(element.isJsonNull() || element.getAsJsonPrimitive().isString()).isTrue();
  }

  @Test
  void textOnStandardInputGivesOneContractObject() {
    CliRun result = run(ARTICLE);

    assertThat(result.err()).isEmpty();
    assertThat(result.code()).isZero();
    JsonElement parsed = JsonParser.parseString(result.out());
    assertThat(parsed.isJsonObject()).isTrue();
    JsonObject object = parsed.getAsJsonObject();
    assertThat(object.get("id").getAsString()).isEqualTo("stdin");
    assertContract(object, ARTICLE);
    assertThat(result.out()).startsWith("{\n  \"id\": \"stdin\",");
  }

  @Test
  void textFilesGiveAnArrayInArgumentOrder() throws IOException {
    Path first = Files.writeString(dir.resolve("bridge.txt"), ARTICLE, UTF_8);
    Path second = Files.writeString(dir.resolve("prices.txt"), OTHER_ARTICLE, UTF_8);

    CliRun result = run("", second.toString(), first.toString());

    assertThat(result.code()).isZero();
    JsonArray array = JsonParser.parseString(result.out()).getAsJsonArray();
    assertThat(array).hasSize(2);
    assertThat(array.get(0).getAsJsonObject().get("id").getAsString()).isEqualTo("prices.txt");
    assertThat(array.get(1).getAsJsonObject().get("id").getAsString()).isEqualTo("bridge.txt");
    assertContract(array.get(0).getAsJsonObject(), OTHER_ARTICLE);
    assertContract(array.get(1).getAsJsonObject(), ARTICLE);
  }

  @Test
  void dashReadsStandardInputAmongFiles() throws IOException {
    Path file = Files.writeString(dir.resolve("prices.txt"), OTHER_ARTICLE, UTF_8);

    CliRun result = run(ARTICLE, file.toString(), "-", "--output-format", "jsonl");

    assertThat(result.code()).isZero();
    List<String> lines = result.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(JsonParser.parseString(lines.get(1)).getAsJsonObject().get("id").getAsString())
        .isEqualTo("stdin");
  }

  @Test
  void jsonlWritesOneLinePerDocumentWithErrorsInPlace() {
    String input =
        "{\"id\": \"a\", \"text\": \"" + ARTICLE.replace("\n", "\\n") + "\"}\n"
            + "\n"
            + "{\"id\": 2, \"text\": \n"
            + "{\"id\": 3, \"body\": \"no text\"}\n"
            + "{\"text\": \"" + OTHER_ARTICLE.replace("\n", "\\n") + "\", \"source\": \"x\"}\n";

    CliRun result = run(input, "--input-format", "jsonl");

    assertThat(result.code()).isEqualTo(4);
    List<String> lines = result.out().lines().toList();
    assertThat(lines).hasSize(4);

    JsonObject first = JsonParser.parseString(lines.get(0)).getAsJsonObject();
    assertThat(first.get("id").getAsString()).isEqualTo("a");
    assertContract(first, ARTICLE);

    JsonObject malformed = JsonParser.parseString(lines.get(1)).getAsJsonObject();
    assertThat(malformed.keySet()).containsExactly("id", "error");
    assertThat(malformed.get("id").isJsonNull()).isTrue();
    assertThat(malformed.get("error").getAsString()).startsWith("line 3: malformed JSON");

    JsonObject noText = JsonParser.parseString(lines.get(2)).getAsJsonObject();
    assertThat(noText.get("id").getAsJsonPrimitive().isNumber()).isTrue();
    assertThat(noText.get("id").getAsInt()).isEqualTo(3);
    assertThat(noText.get("error").getAsString()).isEqualTo("line 4: \"text\" is missing");

    JsonObject last = JsonParser.parseString(lines.get(3)).getAsJsonObject();
    assertThat(last.get("id").getAsString()).isEqualTo("5");
    assertContract(last, OTHER_ARTICLE);

    assertThat(result.err().lines())
        .hasSize(2)
        .anySatisfy(line -> assertThat(line).startsWith("quotekit: stdin:3: malformed JSON"))
        .anySatisfy(line -> assertThat(line).isEqualTo("quotekit: stdin:4: \"text\" is missing"));
  }

  @Test
  void jsonlInputCanBeWrittenAsJson() {
    CliRun result =
        run(
            "{\"id\": 1, \"text\": \"Hello.\"}\n{\"id\": 2, \"text\": \"Bye.\"}\n",
            "--input-format=jsonl",
            "--output-format=json");

    assertThat(result.code()).isZero();
    JsonArray array = JsonParser.parseString(result.out()).getAsJsonArray();
    assertThat(array).hasSize(2);
    assertThat(array.get(1).getAsJsonObject().get("id").getAsInt()).isEqualTo(2);
  }

  @Test
  void unreadableFileIsReportedAndTheOthersAreStillProcessed() throws IOException {
    Path good = Files.writeString(dir.resolve("good.txt"), ARTICLE, UTF_8);
    String missing = dir.resolve("missing.txt").toString();

    CliRun result = run("", missing, good.toString(), "--output-format", "jsonl");

    assertThat(result.code()).isEqualTo(3);
    assertThat(result.err()).isEqualTo("quotekit: cannot read " + missing + ": no such file\n");
    List<String> lines = result.out().lines().toList();
    assertThat(lines).hasSize(1);
    assertContract(JsonParser.parseString(lines.get(0)).getAsJsonObject(), ARTICLE);
  }

  @Test
  void failedDocumentsOutrankUnreadableFiles() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{nope\n", UTF_8);

    CliRun result =
        run("", "--input-format", "jsonl", dir.resolve("missing.jsonl").toString(), bad.toString());

    assertThat(result.code()).isEqualTo(4);
    assertThat(result.err()).contains("cannot read", "bad.jsonl:1: malformed JSON");
  }

  @Test
  void minUnattributedWordsIsAccepted() {
    CliRun everything = run(ARTICLE, "--min-unattributed-words", "0");
    CliRun attributedOnly =
        run(ARTICLE, "--min-unattributed-words", String.valueOf(Integer.MAX_VALUE));

    assertThat(everything.code()).isZero();
    assertThat(attributedOnly.code()).isZero();
    JsonObject all = JsonParser.parseString(everything.out()).getAsJsonObject();
    JsonObject some = JsonParser.parseString(attributedOnly.out()).getAsJsonObject();
    assertContract(all, ARTICLE);
    assertContract(some, ARTICLE);
    assertThat(some.getAsJsonArray("quotes").size())
        .isLessThanOrEqualTo(all.getAsJsonArray("quotes").size());
    for (JsonElement quote : some.getAsJsonArray("quotes")) {
      assertThat(quote.getAsJsonObject().get("rule").getAsString()).isNotEqualTo("unattributed");
    }
  }

  @Test
  void minConfidenceOneDropsEveryQuoteAndSoEverySpeaker() {
    CliRun all = run(COUNCIL_ARTICLE);
    CliRun none = run(COUNCIL_ARTICLE, "--min-confidence", "1");

    assertThat(all.code()).isZero();
    JsonObject everything = JsonParser.parseString(all.out()).getAsJsonObject();
    assertContract(everything, COUNCIL_ARTICLE);
    assertThat(everything.getAsJsonArray("quotes")).hasSize(4);
    for (JsonElement quote : everything.getAsJsonArray("quotes")) {
      assertThat(quote.getAsJsonObject().get("confidence").getAsDouble()).isLessThan(1.0);
    }

    assertThat(none.code()).isZero();
    assertThat(none.err()).isEmpty();
    assertThat(none.out())
        .isEqualTo("{\n  \"id\": \"stdin\",\n  \"quotes\": [],\n  \"speakers\": []\n}\n");
  }

  @Test
  void minConfidenceKeepsExactlyTheQuotesAtOrAboveTheThreshold() {
    JsonObject all = JsonParser.parseString(run(COUNCIL_ARTICLE).out()).getAsJsonObject();
    double lowest = Double.MAX_VALUE;
    double highest = 0;
    for (JsonElement quote : all.getAsJsonArray("quotes")) {
      double confidence = quote.getAsJsonObject().get("confidence").getAsDouble();
      lowest = Math.min(lowest, confidence);
      highest = Math.max(highest, confidence);
    }
    double threshold = (lowest + highest) / 2;
    CliRun result = run(COUNCIL_ARTICLE, "--min-confidence=" + threshold);

    assertThat(result.code()).isZero();
    JsonObject some = JsonParser.parseString(result.out()).getAsJsonObject();
    assertContract(some, COUNCIL_ARTICLE);
    List<String> expected = new ArrayList<>();
    for (JsonElement quote : all.getAsJsonArray("quotes")) {
      if (quote.getAsJsonObject().get("confidence").getAsDouble() >= threshold) {
        expected.add(quote.getAsJsonObject().get("text").getAsString());
      }
    }
    List<String> kept = new ArrayList<>();
    for (JsonElement quote : some.getAsJsonArray("quotes")) {
      kept.add(quote.getAsJsonObject().get("text").getAsString());
    }
    assertThat(kept).isNotEmpty().containsExactlyElementsOf(expected);
    assertThat(kept.size()).isLessThan(all.getAsJsonArray("quotes").size());
  }

  @Test
  void explainAddsTheDecisionRecordAndChangesNothingElse() {
    JsonObject plain = JsonParser.parseString(run(COUNCIL_ARTICLE).out()).getAsJsonObject();
    CliRun result = run(COUNCIL_ARTICLE, "--explain");

    assertThat(result.code()).isZero();
    JsonObject explained = JsonParser.parseString(result.out()).getAsJsonObject();
    assertThat(explained.getAsJsonArray("quotes")).isNotEmpty();
    for (JsonElement element : explained.getAsJsonArray("quotes")) {
      JsonObject quote = element.getAsJsonObject();
      JsonObject explanation = quote.remove("explanation").getAsJsonObject();
      JsonArray rules = explanation.getAsJsonArray("rules");
      JsonObject last = rules.get(rules.size() - 1).getAsJsonObject();
      assertThat(last.get("rule").getAsString()).isEqualTo(quote.get("rule").getAsString());
      assertThat(last.get("decided").getAsBoolean()).isTrue();
      assertThat(last.getAsJsonArray("rejected")).isNotNull();
      JsonObject resolution = explanation.getAsJsonObject("resolution");
      assertThat(resolution.get("method").getAsString())
          .isIn("FIRST_MENTION", "NAME_MATCH", "PRONOUN_ANTECEDENT", "ROLE_MATCH");
      assertSpan(resolution.getAsJsonObject("mention"), COUNCIL_ARTICLE, "text", "begin", "end");
    }
    assertThat(explained).isEqualTo(plain);
    assertThat(plain.getAsJsonArray("quotes"))
        .allSatisfy(q -> assertThat(q.getAsJsonObject().has("explanation")).isFalse());
  }

  @Test
  void noReportedSpeechLeavesOutTheIndirectQuotationsOfTheDefault() {
    String article =
        "Mayor Ana Ruiz said the dredging of the harbor would start in May.\n\n"
            + "“We will reopen the pier,” Ruiz said.";
    CliRun direct = run(article, "--no-reported-speech");
    CliRun reported = run(article);

    assertThat(run(article, "--reported-speech").out()).isEqualTo(reported.out());
    assertThat(reported.code()).isZero();
    JsonObject all = JsonParser.parseString(reported.out()).getAsJsonObject();
    JsonObject some = JsonParser.parseString(direct.out()).getAsJsonObject();
    assertContract(all, article);
    assertThat(some.getAsJsonArray("quotes"))
        .extracting(q -> q.getAsJsonObject().get("type").getAsString())
        .containsExactly("DIRECT");
    assertThat(all.getAsJsonArray("quotes"))
        .extracting(q -> q.getAsJsonObject().get("text").getAsString())
        .containsExactly("the dredging of the harbor would start in May", "We will reopen the pier,");
    assertThat(all.getAsJsonArray("quotes").get(0).getAsJsonObject().get("type").getAsString())
        .isEqualTo("INDIRECT");
  }

  @Test
  void quotationMarksChooseWhichMarksDelimitQuotations() {
    String article = "« Nous ne reculerons pas », said Mayor Ana Ruiz.";

    JsonObject english =
        JsonParser.parseString(
                run(article, "--no-reported-speech", "--quotation-marks", "english").out())
            .getAsJsonObject();
    JsonObject french =
        JsonParser.parseString(
                run(article, "--no-reported-speech", "--quotation-marks", "french").out())
            .getAsJsonObject();
    JsonObject detected = JsonParser.parseString(run(article).out()).getAsJsonObject();

    assertThat(english.getAsJsonArray("quotes")).isEmpty();
    assertThat(detected.getAsJsonArray("quotes")).isEqualTo(french.getAsJsonArray("quotes"));
    assertThat(french.getAsJsonArray("quotes"))
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.getAsJsonObject().get("text").getAsString())
                  .isEqualTo("Nous ne reculerons pas");
              assertThat(
                      q.getAsJsonObject().getAsJsonObject("speaker").get("name").getAsString())
                  .isEqualTo("Ana Ruiz");
            });
  }

  @Test
  void quotationMarksTakeAListOfPresetsAndStyles() {
    String article = "''The harbor will reopen in May,'' said Mayor Ana Ruiz.";

    JsonObject english =
        JsonParser.parseString(
                run(article, "--no-reported-speech", "--quotation-marks", "english").out())
            .getAsJsonObject();
    JsonObject archive =
        JsonParser.parseString(
                run(
                        article,
                        "--no-reported-speech",
                        "--quotation-marks",
                        "english,double-apostrophes")
                    .out())
            .getAsJsonObject();
    JsonObject detected = JsonParser.parseString(run(article).out()).getAsJsonObject();
    CliRun unknown = run(article, "--quotation-marks", "english,apostrophes");

    assertThat(english.getAsJsonArray("quotes")).isEmpty();
    assertThat(detected.getAsJsonArray("quotes")).isEqualTo(archive.getAsJsonArray("quotes"));
    assertThat(archive.getAsJsonArray("quotes"))
        .singleElement()
        .satisfies(
            q ->
                assertThat(q.getAsJsonObject().get("text").getAsString())
                    .isEqualTo("The harbor will reopen in May,"));
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.out()).isEmpty();
    assertThat(unknown.err())
        .startsWith(
            "quotekit: invalid value 'english,apostrophes' for option '--quotation-marks'"
                + " (unknown name 'apostrophes'; expected a list of auto, english,")
        .endsWith("double-apostrophes, backticks, joined by ',' or '+')\nTry 'quotekit --help' for more information.\n");
  }

  @Test
  void writesUtf8() {
    CliRun result = run("“Ça va,” dit-elle. 😀", "--output-format", "jsonl");

    assertThat(result.code()).isZero();
    assertThat(JsonParser.parseString(result.out()).getAsJsonObject().get("id").getAsString())
        .isEqualTo("stdin");
    assertThat(result.out()).doesNotContain("\\u");
  }

  @Test
  void emptyInputStillGivesAWellFormedObject() {
    CliRun result = run("");

    assertThat(result.code()).isZero();
    assertThat(result.out())
        .isEqualTo("{\n  \"id\": \"stdin\",\n  \"quotes\": [],\n  \"speakers\": []\n}\n");
  }

  @Test
  void helpDocumentsUsageOptionsAndExitCodes() {
    for (String flag : List.of("--help", "-h")) {
      CliRun result = run("", flag);

      assertThat(result.code()).isZero();
      assertThat(result.err()).isEmpty();
      assertThat(result.out())
          .startsWith("Usage: quotekit ")
          .contains(
              "--input-format text|jsonl",
              "--output-format json|jsonl",
              "--min-unattributed-words N",
              "--min-confidence X",
              "--id ID",
              "--version",
              "Exit codes:",
              "  2  ",
              "  3  ",
              "  4  ");
    }
  }

  @Test
  void idNamesATextFile() throws IOException {
    Path file = Files.writeString(dir.resolve("article.txt"), SEED_ARTICLE, UTF_8);

    for (List<String> args :
        List.of(List.of("--id", "seed", file.toString()), List.of(file.toString(), "--id=seed"))) {
      CliRun result = run("", args.toArray(String[]::new));

      assertThat(result.code()).isZero();
      assertThat(result.err()).isEmpty();
      assertThat(result.out()).startsWith("{\n  \"id\": \"seed\",");
      JsonObject object = JsonParser.parseString(result.out()).getAsJsonObject();
      assertContract(object, SEED_ARTICLE);
      assertThat(object.getAsJsonArray("quotes")).isNotEmpty();
    }
  }

  @Test
  void idNamesStandardInput() {
    for (List<String> args : List.of(List.of("--id", "seed"), List.of("--id", "seed", "-"))) {
      CliRun result = run(SEED_ARTICLE, args.toArray(String[]::new));

      assertThat(result.code()).isZero();
      assertThat(result.err()).isEmpty();
      assertThat(result.out()).startsWith("{\n  \"id\": \"seed\",");
      assertContract(JsonParser.parseString(result.out()).getAsJsonObject(), SEED_ARTICLE);
    }
  }

  @Test
  void idIsAlwaysWrittenAsAJsonString() {
    CliRun number = run(SEED_ARTICLE, "--id", "42", "--output-format", "jsonl");
    CliRun quoted = run(SEED_ARTICLE, "--id", "say \"hi\"\\");

    assertThat(number.code()).isZero();
    assertThat(number.out()).startsWith("{\"id\":\"42\",");
    JsonElement id = JsonParser.parseString(number.out()).getAsJsonObject().get("id");
    assertThat(id.getAsJsonPrimitive().isString()).isTrue();
    assertThat(quoted.code()).isZero();
    assertThat(JsonParser.parseString(quoted.out()).getAsJsonObject().get("id").getAsString())
        .isEqualTo("say \"hi\"\\");
  }

  @Test
  void idWithJsonlInputIsAUsageError() {
    CliRun result =
        run("{\"id\": \"a\", \"text\": \"Hi.\"}\n", "--input-format", "jsonl", "--id", "seed");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .isEqualTo(
            "quotekit: option '--id' cannot be used with --input-format jsonl"
                + " (it sets the id of a single text article)\n"
                + "Try 'quotekit --help' for more information.\n");
  }

  @Test
  void idWithTwoInputsIsAUsageError() throws IOException {
    Path first = Files.writeString(dir.resolve("article.txt"), SEED_ARTICLE, UTF_8);
    Path second = Files.writeString(dir.resolve("prices.txt"), OTHER_ARTICLE, UTF_8);

    CliRun result = run("", "--id", "seed", first.toString(), second.toString());

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .isEqualTo(
            "quotekit: option '--id' cannot be used with more than one input"
                + " (2 given; it sets the id of a single article)\n"
                + "Try 'quotekit --help' for more information.\n");
  }

  @Test
  void versionPrintsTheVersion() {
    for (String flag : List.of("--version", "-V")) {
      CliRun result = run("", flag);

      assertThat(result.code()).isZero();
      assertThat(result.err()).isEmpty();
      assertThat(result.out()).matches("quotekit \\S+ \\(commit (?:[0-9a-f]+|unknown)\\)\n");
    }
  }

  @Test
  void usageErrorsExitWithTwoAndAHint() {
    CliRun result = run("", "--frobnicate");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .isEqualTo(
            "quotekit: unknown option '--frobnicate'\n"
                + "Try 'quotekit --help' for more information.\n");

    CliRun badValue = run("", "--min-unattributed-words", "-3");
    assertThat(badValue.code()).isEqualTo(2);
    assertThat(badValue.err()).contains("'-3'", "--min-unattributed-words");

    CliRun badConfidence = run("", "--min-confidence", "1.5");
    assertThat(badConfidence.code()).isEqualTo(2);
    assertThat(badConfidence.out()).isEmpty();
    assertThat(badConfidence.err())
        .isEqualTo(
            "quotekit: invalid value '1.5' for option '--min-confidence'"
                + " (expected a decimal number from 0 to 1)\n"
                + "Try 'quotekit --help' for more information.\n");
  }
}
