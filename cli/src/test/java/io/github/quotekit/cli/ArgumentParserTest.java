package io.github.quotekit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quotekit.ExtractorSpec;
import io.github.quotekit.QuotationMarks;
import io.github.quotekit.QuotationMarks.Style;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests {@link ArgumentParser}: every option, defaults and command-line errors. */
class ArgumentParserTest {

  @Test
  void defaultsToTextInJsonOutStandardInput() throws UsageException {
    Options options = ArgumentParser.parse();

    assertThat(options.inputFormat()).isEqualTo(InputFormat.TEXT);
    assertThat(options.outputFormat()).isEqualTo(OutputFormat.JSON);
    assertThat(options.extractor()).isEqualTo(ExtractorSpec.defaults());
    assertThat(options.id()).isEmpty();
    assertThat(options.files()).isEmpty();
    assertThat(options.inputs()).containsExactly("-");
    assertThat(options.help()).isFalse();
    assertThat(options.version()).isFalse();
  }

  @Test
  void quotationMarksNamePresetsAndStyles() throws UsageException {
    assertThat(ArgumentParser.parse().extractor().quotationMarks()).isEqualTo(QuotationMarks.auto());
    assertThat(ArgumentParser.parse("--quotation-marks", "english").extractor().quotationMarks())
        .isEqualTo(QuotationMarks.english());
    assertThat(ArgumentParser.parse("--quotation-marks", "french").extractor().quotationMarks())
        .isEqualTo(QuotationMarks.french());
    assertThat(ArgumentParser.parse("--quotation-marks=all").extractor().quotationMarks())
        .isEqualTo(QuotationMarks.all());
    assertThat(
            ArgumentParser.parse("--quotation-marks", "english,double-apostrophes")
                .extractor().quotationMarks())
        .isEqualTo(QuotationMarks.english().with(Style.DOUBLE_APOSTROPHES));
    assertThat(ArgumentParser.parse("--quotation-marks=british,guillemets").extractor().quotationMarks())
        .isEqualTo(QuotationMarks.british().with(Style.GUILLEMETS));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "klingon|unknown name 'klingon'",
        "english,klingon|unknown name 'klingon'",
        "English|unknown name 'English'",
        "english,|empty name",
        "''|empty name"
      })
  void quotationMarksRejectUnknownAndEmptyNames(String value, String problem) {
    assertThatThrownBy(() -> ArgumentParser.parse("--quotation-marks", value))
        .isInstanceOf(UsageException.class)
        .hasMessage(
            "invalid value '"
                + value
                + "' for option '--quotation-marks' ("
                + problem
                + "; expected a list of auto, english, british, german, french, all,"
                + " curly-double, straight-double, low-double, guillemets, reversed-guillemets,"
                + " single-guillemets, corner-brackets, curly-single, straight-single,"
                + " double-apostrophes, backticks, joined by ',' or '+')");
  }

  @Test
  void explainIsAFlag() throws UsageException {
    assertThat(ArgumentParser.parse("--explain").extractor().explain()).isTrue();
    assertThatThrownBy(() -> ArgumentParser.parse("--explain=yes"))
        .isInstanceOf(UsageException.class)
        .hasMessage("option '--explain' takes no value");
  }

  @Test
  void reportedSpeechIsAFlag() throws UsageException {
    assertThat(ArgumentParser.parse("--reported-speech").extractor().reportedSpeech()).isTrue();
    assertThatThrownBy(() -> ArgumentParser.parse("--reported-speech=yes"))
        .isInstanceOf(UsageException.class)
        .hasMessage("option '--reported-speech' takes no value");
  }

  @Test
  void threadsAndProgress() throws UsageException {
    assertThat(ArgumentParser.parse().threads()).isEqualTo(1);
    assertThat(ArgumentParser.parse().progress()).isEqualTo(Progress.Mode.AUTO);
    assertThat(ArgumentParser.parse("--threads", "4").threads()).isEqualTo(4);
    assertThat(ArgumentParser.parse("--threads=2").threads()).isEqualTo(2);
    assertThat(ArgumentParser.parse("--progress").progress()).isEqualTo(Progress.Mode.ALWAYS);
    assertThat(ArgumentParser.parse("--progress", "--no-progress").progress())
        .isEqualTo(Progress.Mode.NEVER);
    assertThatThrownBy(() -> ArgumentParser.parse("--threads", "0"))
        .isInstanceOf(UsageException.class)
        .hasMessage("invalid value '0' for option '--threads' (expected a whole number >= 1)");
  }

  @Test
  void jsonlInputDefaultsToJsonlOutput() throws UsageException {
    Options options = ArgumentParser.parse("--input-format", "jsonl");

    assertThat(options.inputFormat()).isEqualTo(InputFormat.JSONL);
    assertThat(options.outputFormat()).isEqualTo(OutputFormat.JSONL);
  }

  @Test
  void outputFormatOverridesTheDefault() throws UsageException {
    Options options = ArgumentParser.parse("--input-format", "jsonl", "--output-format", "json");

    assertThat(options.outputFormat()).isEqualTo(OutputFormat.JSON);
    assertThat(ArgumentParser.parse("--output-format", "jsonl").outputFormat())
        .isEqualTo(OutputFormat.JSONL);
    assertThat(ArgumentParser.parse("--output-format=html", "--input-format", "jsonl").outputFormat())
        .isEqualTo(OutputFormat.HTML);
  }

  @Test
  void acceptsValuesAfterAnEqualsSign() throws UsageException {
    Options options =
        ArgumentParser.parse(
            "--input-format=jsonl",
            "--output-format=json",
            "--min-unattributed-words=0",
            "--min-confidence=0.75");

    assertThat(options.inputFormat()).isEqualTo(InputFormat.JSONL);
    assertThat(options.outputFormat()).isEqualTo(OutputFormat.JSON);
    assertThat(options.extractor().minUnattributedWords()).isEqualTo(0);
    assertThat(options.extractor().minConfidence()).isEqualTo(0.75);
  }

  @Test
  void parsesMinUnattributedWords() throws UsageException {
    assertThat(ArgumentParser.parse("--min-unattributed-words", "7").extractor().minUnattributedWords()).isEqualTo(7);
  }

  @ParameterizedTest
  @CsvSource({"0, 0.0", "1, 1.0", "0.8, 0.8", "0.95, 0.95", ".5, 0.5", "1.000, 1.0", "0., 0.0"})
  void parsesMinConfidence(String value, double expected) throws UsageException {
    Options options = ArgumentParser.parse("--min-confidence", value, "a.txt");

    assertThat(options.extractor().minConfidence()).isEqualTo(expected);
    assertThat(options.files()).containsExactly("a.txt");
  }

  @Test
  void lastRepeatedOptionWins() throws UsageException {
    Options options =
        ArgumentParser.parse(
            "--min-unattributed-words", "1", "--min-unattributed-words", "3",
            "--min-confidence", "0.9", "--min-confidence=0.2");

    assertThat(options.extractor().minUnattributedWords()).isEqualTo(3);
    assertThat(options.extractor().minConfidence()).isEqualTo(0.2);
  }

  @Test
  void parsesIdForOneTextFile() throws UsageException {
    Options options = ArgumentParser.parse("--id", "seed", "article.txt");

    assertThat(options.id()).hasValue("seed");
    assertThat(options.files()).containsExactly("article.txt");
    assertThat(options.inputFormat()).isEqualTo(InputFormat.TEXT);
  }

  @Test
  void parsesIdAfterAnEqualsSign() throws UsageException {
    assertThat(ArgumentParser.parse("--id=x", "a.txt").id()).hasValue("x");
    assertThat(ArgumentParser.parse("a.txt", "--id=a=b c").id()).hasValue("a=b c");
    assertThat(ArgumentParser.parse("--id", "-x", "a.txt").id()).hasValue("-x");
  }

  @Test
  void idWorksWithStandardInput() throws UsageException {
    Options implicit = ArgumentParser.parse("--id", "seed");
    Options dash = ArgumentParser.parse("--id", "seed", "-");

    assertThat(implicit.id()).hasValue("seed");
    assertThat(implicit.inputs()).containsExactly("-");
    assertThat(dash.id()).hasValue("seed");
    assertThat(dash.inputs()).containsExactly("-");
  }

  @Test
  void lastRepeatedIdWins() throws UsageException {
    assertThat(ArgumentParser.parse("--id", "a", "a.txt", "--id=b").id()).hasValue("b");
  }

  @Test
  void idIsCheckedAgainstTheLastInputFormat() throws UsageException {
    Options options =
        ArgumentParser.parse("--input-format", "jsonl", "--id", "x", "--input-format=text");

    assertThat(options.id()).hasValue("x");
    assertThat(options.inputFormat()).isEqualTo(InputFormat.TEXT);
  }

  @Test
  void rejectsIdWithJsonlInput() {
    String message =
        "option '--id' cannot be used with --input-format jsonl"
            + " (it sets the id of a single text article)";
    assertThatThrownBy(() -> ArgumentParser.parse("--input-format", "jsonl", "--id", "x"))
        .isInstanceOf(UsageException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> ArgumentParser.parse("--id=x", "a.jsonl", "--input-format=jsonl"))
        .isInstanceOf(UsageException.class)
        .hasMessage(message);
  }

  @ParameterizedTest
  @CsvSource({"a.txt, b.txt", "a.txt, -", "-, -"})
  void rejectsIdWithMoreThanOneInput(String first, String second) {
    assertThatThrownBy(() -> ArgumentParser.parse("--id", "x", first, second))
        .isInstanceOf(UsageException.class)
        .hasMessage(
            "option '--id' cannot be used with more than one input"
                + " (2 given; it sets the id of a single article)");
  }

  @Test
  void rejectsAnEmptyId() {
    String message = "invalid value '' for option '--id' (expected a non-empty id)";
    assertThatThrownBy(() -> ArgumentParser.parse("--id=", "a.txt"))
        .isInstanceOf(UsageException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> ArgumentParser.parse("--id", "", "a.txt"))
        .isInstanceOf(UsageException.class)
        .hasMessage(message);
  }

  @Test
  void helpAndVersionSkipTheIdChecks() throws UsageException {
    assertThat(ArgumentParser.parse("--input-format=jsonl", "--id", "x", "--help").help()).isTrue();
    assertThat(ArgumentParser.parse("a", "b", "--id", "x", "--version").version()).isTrue();
  }

  @Test
  void collectsFilesInOrderWithDashAsStandardInput() throws UsageException {
    Options options = ArgumentParser.parse("a.txt", "-", "--input-format", "text", "dir/b.txt");

    assertThat(options.files()).containsExactly("a.txt", "-", "dir/b.txt");
    assertThat(options.inputs()).containsExactly("a.txt", "-", "dir/b.txt");
  }

  @Test
  void doubleDashMakesEveryLaterArgumentAFile() throws UsageException {
    Options options = ArgumentParser.parse("a.txt", "--", "--help", "-x");

    assertThat(options.files()).containsExactly("a.txt", "--help", "-x");
    assertThat(options.help()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h"})
  void recognisesHelp(String flag) throws UsageException {
    assertThat(ArgumentParser.parse(flag).help()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"--version", "-V"})
  void recognisesVersion(String flag) throws UsageException {
    assertThat(ArgumentParser.parse(flag).version()).isTrue();
  }

  @Test
  void helpStopsParsingSoLaterMistakesDoNotMatter() throws UsageException {
    assertThat(ArgumentParser.parse("--help", "--no-such-option").help()).isTrue();
  }

  @Test
  void rejectsUnknownOptions() {
    assertThatThrownBy(() -> ArgumentParser.parse("--verbose"))
        .isInstanceOf(UsageException.class)
        .hasMessage("unknown option '--verbose'");
    assertThatThrownBy(() -> ArgumentParser.parse("-x"))
        .isInstanceOf(UsageException.class)
        .hasMessage("unknown option '-x'");
  }

  @Test
  void rejectsBadFormats() {
    assertThatThrownBy(() -> ArgumentParser.parse("--input-format", "xml"))
        .isInstanceOf(UsageException.class)
        .hasMessage("invalid value 'xml' for option '--input-format' (expected text or jsonl)");
    assertThatThrownBy(() -> ArgumentParser.parse("--output-format=text"))
        .isInstanceOf(UsageException.class)
        .hasMessage(
            "invalid value 'text' for option '--output-format' (expected json, jsonl or html)");
    assertThatThrownBy(() -> ArgumentParser.parse("--input-format", "JSONL"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("'JSONL'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "many", "", "2.5", "99999999999"})
  void rejectsBadWordCounts(String value) {
    assertThatThrownBy(() -> ArgumentParser.parse("--min-unattributed-words", value))
        .isInstanceOf(UsageException.class)
        .hasMessage(
            "invalid value '"
                + value
                + "' for option '--min-unattributed-words' (expected a whole number >= 0)");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"-0.1", "1.01", "2", "high", "", "NaN", "Infinity", "1e-1", "0,5", "+0.5", "0.5f",
          "."})
  void rejectsBadConfidences(String value) {
    assertThatThrownBy(() -> ArgumentParser.parse("--min-confidence", value))
        .isInstanceOf(UsageException.class)
        .hasMessage(
            "invalid value '"
                + value
                + "' for option '--min-confidence' (expected a decimal number from 0 to 1)");
    assertThatThrownBy(() -> ArgumentParser.parse("--min-confidence=" + value))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("'--min-confidence'");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--input-format", "--output-format", "--min-unattributed-words", "--min-confidence",
        "--id"
      })
  void rejectsAMissingValue(String option) {
    assertThatThrownBy(() -> ArgumentParser.parse("a.txt", option))
        .isInstanceOf(UsageException.class)
        .hasMessage("option '" + option + "' needs a value");
  }

  @Test
  void rejectsAValueOnAFlag() {
    assertThatThrownBy(() -> ArgumentParser.parse("--help=yes"))
        .isInstanceOf(UsageException.class)
        .hasMessage("option '--help' takes no value");
    assertThatThrownBy(() -> ArgumentParser.parse("--version=1"))
        .isInstanceOf(UsageException.class)
        .hasMessage("option '--version' takes no value");
  }
}
