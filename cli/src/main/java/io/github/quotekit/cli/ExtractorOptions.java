package io.github.quotekit.cli;

import io.github.quotekit.ExtractorSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The extractor's options on a picocli command line, as one {@link ExtractorSpec}: {@code
 * --min-unattributed-words N}, {@code --min-confidence X}, {@code --no-reported-speech} (and {@code --reported-speech}, the default), {@code
 * --quotation-marks NAME[,NAME...]} and {@code --explain}. Each option is the spec key of the same
 * name in kebab case, and its value is checked by {@link ExtractorSpec#with(String, String)}, so the
 * command-line tool and the benchmarks accept exactly what a spec string does. Add it to a command
 * as a picocli mixin ({@code @Mixin} on a field, or in code):
 *
 * <pre>{@code
 * CommandSpec command = CommandSpec.create();
 * ExtractorOptions extractor = new ExtractorOptions();
 * command.addMixin("extractor", CommandSpec.forAnnotatedObject(extractor));
 * CommandLines.parseResult(command, "--min-confidence", "0.8", "--reported-speech");
 * QuoteExtractor quotes = QuoteExtractor.builder().spec(extractor.spec()).build();
 * }</pre>
 *
 * <p>A bad value is a {@link ParameterException} with the message {@code invalid value 'V' for
 * option '--NAME' (PROBLEM)}. Not thread-safe: one instance belongs to one parse.
 */
public final class ExtractorOptions {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec command;

  private ExtractorSpec spec = ExtractorSpec.defaults();

  /** Returns the spec that the options given set; the defaults for the others. */
  public ExtractorSpec spec() {
    return spec;
  }

  @Option(names = "--min-unattributed-words", paramLabel = "N")
  void minUnattributedWords(String value) {
    set(ExtractorSpec.MIN_UNATTRIBUTED_WORDS, "--min-unattributed-words", value);
  }

  @Option(names = "--min-confidence", paramLabel = "X")
  void minConfidence(String value) {
    set(ExtractorSpec.MIN_CONFIDENCE, "--min-confidence", value);
  }

  @Option(names = "--reported-speech", arity = "0")
  void reportedSpeech(boolean enabled) {
    spec = spec.withReportedSpeech(enabled);
  }

  @Option(names = "--no-reported-speech", arity = "0")
  void noReportedSpeech(boolean disabled) {
    spec = spec.withReportedSpeech(!disabled);
  }

  @Option(names = "--quotation-marks", paramLabel = "NAME[,NAME...]")
  void quotationMarks(String value) {
    set(ExtractorSpec.QUOTATION_MARKS, "--quotation-marks", value);
  }

  @Option(names = "--explain", arity = "0")
  void explain(boolean enabled) {
    spec = spec.withExplain(enabled);
  }

  private void set(String key, String option, String value) {
    try {
      spec = spec.with(key, value);
    } catch (ExtractorSpec.InvalidValueException e) {
      throw invalidValue(command, option, value, e.problem());
    }
  }

  /**
   * Returns the error of a bad option value, worded as every quotekit tool words it: {@code
   * invalid value 'V' for option '--NAME' (PROBLEM)}.
   *
   * @param command the command being parsed, or null when it is not known
   * @param option the option's name
   * @param value the value given
   * @param problem what is wrong, such as {@code expected a whole number >= 1}
   */
  public static ParameterException invalidValue(
      CommandSpec command, String option, String value, String problem) {
    return new ParameterException(
        command == null ? null : command.commandLine(),
        "invalid value '" + value + "' for option '" + option + "' (" + problem + ")");
  }
}
