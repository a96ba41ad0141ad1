package io.github.quotekit.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Turns the command-line arguments into {@link Options}, with picocli through {@link
 * CommandLines}.
 *
 * <p>Long options take their value either as the next argument ({@code --input-format jsonl}) or
 * after an equals sign ({@code --input-format=jsonl}); when an option is repeated the last value
 * wins. {@code --help} and {@code --version} stop parsing: what follows them is not checked. {@code
 * -} is a file (standard input) and {@code --} makes every later argument a file. Any other
 * argument starting with {@code -} is an unknown option. The extractor's options are those of
 * {@link ExtractorOptions}.
 *
 * <p>{@code --id} names the one article read as text, so it is an error with {@code --input-format
 * jsonl} or with more than one input; these checks are skipped when {@code --help} or {@code
 * --version} is given.
 */
final class ArgumentParser {

  private static final String ID = "--id";
  private static final String[] STOPPING_FLAGS = {"-h", "--help", "-V", "--version"};

  private ArgumentParser() {}

  /**
   * Parses a command line.
   *
   * @param args the arguments, without the program name
   * @return the options; the output format is defaulted from the input format when not given
   * @throws UsageException naming the problem when an option is unknown, lacks its value or has a
   *     bad one, or when {@code --id} is given with JSONL input or more than one input
   */
  static Options parse(String... args) throws UsageException {
    Arguments arguments;
    try {
      arguments = CommandLines.parse(new Arguments(), args);
    } catch (IllegalArgumentException e) {
      // Help and version stop parsing: a mistake after them does not matter.
      int stop = CommandLines.indexOfFlag(args, STOPPING_FLAGS);
      if (stop < 0) {
        throw new UsageException(e.getMessage());
      }
      try {
        arguments = CommandLines.parse(new Arguments(), Arrays.copyOf(args, stop + 1));
      } catch (IllegalArgumentException beforeStop) {
        throw new UsageException(beforeStop.getMessage());
      }
    }
    if (arguments.id.isPresent() && !arguments.help && !arguments.version) {
      checkIdApplies(arguments.inputFormat, arguments.files);
    }
    return new Options(
        arguments.inputFormat,
        arguments.outputFormat.orElse(arguments.inputFormat.defaultOutput()),
        arguments.extractor.spec(),
        arguments.id,
        arguments.files,
        arguments.threads,
        arguments.progress,
        arguments.output,
        !arguments.noMeta,
        arguments.encoding,
        arguments.maxDocumentSize,
        arguments.help,
        arguments.version);
  }

  /** {@code --id} needs exactly one article: text input, and one FILE or standard input. */
  private static void checkIdApplies(InputFormat inputFormat, List<String> files)
      throws UsageException {
    if (inputFormat != InputFormat.TEXT) {
      throw new UsageException(
          "option '"
              + ID
              + "' cannot be used with --input-format "
              + inputFormat.optionValue()
              + " (it sets the id of a single text article)");
    }
    if (files.size() > 1) {
      throw new UsageException(
          "option '"
              + ID
              + "' cannot be used with more than one input ("
              + files.size()
              + " given; it sets the id of a single article)");
    }
  }

  /** What picocli fills in; {@link Usage} has the help text. */
  @Command(name = "quotekit")
  static final class Arguments {
    @Spec private CommandSpec command;

    @Mixin private ExtractorOptions extractor = new ExtractorOptions();

    private InputFormat inputFormat = InputFormat.TEXT;
    private Optional<OutputFormat> outputFormat = Optional.empty();
    private Optional<String> id = Optional.empty();
    private int threads = 1;
    private Progress.Mode progress = Progress.Mode.AUTO;
    private Optional<String> output = Optional.empty();
    private Charset encoding = StandardCharsets.UTF_8;
    private long maxDocumentSize = InputReader.DEFAULT_MAX_DOCUMENT_SIZE;

    @Option(names = "--no-meta", arity = "0")
    private boolean noMeta;

    @Parameters(paramLabel = "FILE")
    private List<String> files = new ArrayList<>();

    @Option(
        names = {"-h", "--help"},
        arity = "0")
    private boolean help;

    @Option(
        names = {"-V", "--version"},
        arity = "0")
    private boolean version;

    @Option(names = "--input-format", paramLabel = "text|jsonl")
    void inputFormat(String value) {
      inputFormat =
          InputFormat.fromOptionValue(value)
              .orElseThrow(() -> invalid("--input-format", value, "expected text or jsonl"));
    }

    @Option(names = "--output-format", paramLabel = "json|jsonl|html")
    void outputFormat(String value) {
      outputFormat =
          Optional.of(
              OutputFormat.fromOptionValue(value)
                  .orElseThrow(
                      () -> invalid("--output-format", value, "expected json, jsonl or html")));
    }

    @Option(names = ID, paramLabel = "ID")
    void id(String value) {
      if (value.isEmpty()) {
        throw invalid(ID, value, "expected a non-empty id");
      }
      id = Optional.of(value);
    }

    @Option(
        names = {"-o", "--output"},
        paramLabel = "FILE")
    void output(String value) {
      if (value.isEmpty()) {
        throw invalid("--output", value, "expected a file name");
      }
      output = Optional.of(value);
    }

    @Option(names = "--encoding", paramLabel = "CHARSET")
    void encoding(String value) {
      try {
        encoding = Charset.forName(value);
      } catch (IllegalArgumentException e) {
        throw invalid("--encoding", value, "expected a charset name such as UTF-8 or ISO-8859-1");
      }
    }

    @Option(names = "--max-document-size", paramLabel = "BYTES")
    void maxDocumentSize(String value) {
      maxDocumentSize = wholeNumber("--max-document-size", value, 1);
    }

    @Option(names = "--threads", paramLabel = "N")
    void threads(String value) {
      threads = wholeNumber("--threads", value, 1);
    }

    @Option(names = "--progress", arity = "0")
    void progress(boolean shown) {
      progress = Progress.Mode.ALWAYS;
    }

    @Option(names = "--no-progress", arity = "0")
    void noProgress(boolean hidden) {
      progress = Progress.Mode.NEVER;
    }

    /** Parses a whole number of at least {@code min}: "12", not "-1", "1.5" or "twelve". */
    private int wholeNumber(String option, String value, int min) {
      try {
        int number = Integer.parseInt(value);
        if (number >= min) {
          return number;
        }
      } catch (NumberFormatException e) {
        // Reported below, as for a number too small.
      }
      throw invalid(option, value, "expected a whole number >= " + min);
    }

    private RuntimeException invalid(String option, String value, String problem) {
      return ExtractorOptions.invalidValue(command, option, value, problem);
    }
  }
}
