package io.github.quotekit.cli;

import io.github.quotekit.ExtractorSpec;
import io.github.quotekit.QuotationMarks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Turns the command-line arguments into {@link Options}.
 *
 * <p>Long options take their value either as the next argument ({@code --input-format jsonl}) or
 * after an equals sign ({@code --input-format=jsonl}); when an option is repeated the last value
 * wins. {@code --help} and {@code --version} stop parsing. {@code -} is a file (standard input) and
 * {@code --} makes every later argument a file. Any other argument starting with {@code -} is an
 * unknown option.
 *
 * <p>{@code --id} names the one article read as text, so it is an error with {@code --input-format
 * jsonl} or with more than one input; these checks are skipped when {@code --help} or {@code
 * --version} is given.
 */
final class ArgumentParser {

  private static final String INPUT_FORMAT = "--input-format";
  private static final String OUTPUT_FORMAT = "--output-format";
  private static final String MIN_UNATTRIBUTED_WORDS = "--min-unattributed-words";
  private static final String MIN_CONFIDENCE = "--min-confidence";
  private static final String REPORTED_SPEECH = "--reported-speech";
  private static final String ID = "--id";
  private static final String THREADS = "--threads";
  private static final String QUOTATION_MARKS = "--quotation-marks";

  /** A plain decimal number: digits with an optional fraction, no sign and no exponent. */
  private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]*)?|\\.[0-9]+");

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
    InputFormat inputFormat = InputFormat.TEXT;
    Optional<OutputFormat> outputFormat = Optional.empty();
    OptionalInt minUnattributedWords = OptionalInt.empty();
    OptionalDouble minConfidence = OptionalDouble.empty();
    boolean reportedSpeech = false;
    QuotationMarks quotationMarks = QuotationMarks.english();
    Optional<String> id = Optional.empty();
    List<String> files = new ArrayList<>();
    int threads = 1;
    Progress.Mode progress = Progress.Mode.AUTO;
    boolean explain = false;
    boolean help = false;
    boolean version = false;

    int i = 0;
    while (i < args.length) {
      String arg = args[i++];
      if (arg.equals("--")) {
        files.addAll(List.of(args).subList(i, args.length));
        break;
      }
      if (arg.equals(Options.STDIN) || !arg.startsWith("-")) {
        files.add(arg);
        continue;
      }
      int equals = arg.indexOf('=');
      String name = arg.startsWith("--") && equals >= 0 ? arg.substring(0, equals) : arg;
      String inlineValue = name.equals(arg) ? null : arg.substring(equals + 1);
      switch (name) {
        case "-h", "--help" -> {
          noValue(name, inlineValue);
          help = true;
        }
        case "-V", "--version" -> {
          noValue(name, inlineValue);
          version = true;
        }
        case INPUT_FORMAT -> {
          String value = inlineValue != null ? inlineValue : next(args, i++, name);
          inputFormat =
              InputFormat.fromOptionValue(value)
                  .orElseThrow(() -> badValue(name, value, "text or jsonl"));
        }
        case OUTPUT_FORMAT -> {
          String value = inlineValue != null ? inlineValue : next(args, i++, name);
          outputFormat =
              Optional.of(
                  OutputFormat.fromOptionValue(value)
                      .orElseThrow(() -> badValue(name, value, "json, jsonl or html")));
        }
        case MIN_UNATTRIBUTED_WORDS -> {
          String value = inlineValue != null ? inlineValue : next(args, i++, name);
          minUnattributedWords = OptionalInt.of(wholeNumber(name, value, 0));
        }
        case MIN_CONFIDENCE -> {
          String value = inlineValue != null ? inlineValue : next(args, i++, name);
          minConfidence = OptionalDouble.of(confidence(name, value));
        }
        case REPORTED_SPEECH -> {
          noValue(name, inlineValue);
          reportedSpeech = true;
        }
        case ID -> {
          String value = inlineValue != null ? inlineValue : next(args, i++, name);
          if (value.isEmpty()) {
            throw badValue(name, value, "a non-empty id");
          }
          id = Optional.of(value);
        }
        case QUOTATION_MARKS -> {
          String value = inlineValue != null ? inlineValue : next(args, i++, name);
          try {
            quotationMarks = ExtractorSpec.quotationMarks(value);
          } catch (IllegalArgumentException e) {
            throw invalidValue(name, value, e.getMessage());
          }
        }
        case THREADS -> {
          String value = inlineValue != null ? inlineValue : next(args, i++, name);
          threads = wholeNumber(name, value, 1);
        }
        case "--progress" -> {
          noValue(name, inlineValue);
          progress = Progress.Mode.ALWAYS;
        }
        case "--no-progress" -> {
          noValue(name, inlineValue);
          progress = Progress.Mode.NEVER;
        }
        case "--explain" -> {
          noValue(name, inlineValue);
          explain = true;
        }
        default -> throw new UsageException("unknown option '" + arg + "'");
      }
      if (help || version) {
        break;
      }
    }
    if (id.isPresent() && !help && !version) {
      checkIdApplies(inputFormat, files);
    }
    return new Options(
        inputFormat,
        outputFormat.orElse(inputFormat.defaultOutput()),
        minUnattributedWords,
        minConfidence,
        reportedSpeech,
        quotationMarks,
        id,
        files,
        threads,
        progress,
        explain,
        help,
        version);
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

  private static void noValue(String name, String inlineValue) throws UsageException {
    if (inlineValue != null) {
      throw new UsageException("option '" + name + "' takes no value");
    }
  }

  private static String next(String[] args, int index, String name) throws UsageException {
    if (index >= args.length) {
      throw new UsageException("option '" + name + "' needs a value");
    }
    return args[index];
  }

  /** Parses a whole number of at least {@code min}: "12", not "-1", "1.5" or "twelve". */
  private static int wholeNumber(String name, String value, int min) throws UsageException {
    int number;
    try {
      number = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw badValue(name, value, "a whole number >= " + min);
    }
    if (number < min) {
      throw badValue(name, value, "a whole number >= " + min);
    }
    return number;
  }

  private static double confidence(String name, String value) throws UsageException {
    if (!DECIMAL.matcher(value).matches()) {
      throw badValue(name, value, "a decimal number from 0 to 1");
    }
    double confidence = Double.parseDouble(value);
    if (confidence > 1.0) {
      throw badValue(name, value, "a decimal number from 0 to 1");
    }
    return confidence;
  }

  private static UsageException badValue(String name, String value, String expected) {
    return invalidValue(name, value, "expected " + expected);
  }

  private static UsageException invalidValue(String name, String value, String problem) {
    return new UsageException(
        "invalid value '" + value + "' for option '" + name + "' (" + problem + ")");
  }
}
