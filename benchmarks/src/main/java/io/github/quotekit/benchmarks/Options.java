package io.github.quotekit.benchmarks;

import io.github.quotekit.ExtractorSpec;
import io.github.quotekit.cli.CommandLines;
import io.github.quotekit.cli.ExtractorOptions;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * The command line of a benchmark main, {@code POSITIONAL... [--flag] [--option VALUE]}, parsed
 * by picocli as the CLI parses its own ({@link CommandLines}); with the extractor's options
 * ({@link ExtractorOptions}) for the mains that build an extractor.
 */
final class Options {

  private final ParseResult result;
  private final ExtractorOptions extractor;

  private Options(ParseResult result, ExtractorOptions extractor) {
    this.result = result;
    this.extractor = extractor;
  }

  /**
   * Parses {@code args}.
   *
   * @param flags the options without value
   * @param valued the options followed by a value
   * @param extractor the extractor's options, to accept them too, or null
   * @throws IllegalArgumentException on an unknown option or a missing value
   */
  static Options parse(
      String[] args, Set<String> flags, Set<String> valued, ExtractorOptions extractor) {
    CommandSpec command = CommandSpec.create();
    flags.forEach(flag -> command.addOption(OptionSpec.builder(flag).arity("0").build()));
    valued.forEach(
        name -> command.addOption(OptionSpec.builder(name).arity("1").type(String.class).build()));
    command.addPositional(
        PositionalParamSpec.builder().arity("0..*").type(String[].class).paramLabel("FILE").build());
    if (extractor != null) {
      command.addMixin("extractor", CommandSpec.forAnnotatedObject(extractor));
    }
    return new Options(CommandLines.parseResult(command, args), extractor);
  }

  /**
   * Parses the command line of a command that takes {@code positionals} positional arguments;
   * on a usage error prints the message and {@code usage} to {@code err} and exits with status 2.
   */
  static Options parseOrExit(
      String[] args,
      Set<String> flags,
      Set<String> valued,
      int positionals,
      String usage,
      PrintStream err) {
    return parseOrExit(args, flags, valued, null, positionals, usage, err);
  }

  /** As {@link #parseOrExit(String[], Set, Set, int, String, PrintStream)}, with extractor options. */
  static Options parseOrExit(
      String[] args,
      Set<String> flags,
      Set<String> valued,
      ExtractorOptions extractor,
      int positionals,
      String usage,
      PrintStream err) {
    try {
      Options options = parse(args, flags, valued, extractor);
      if (options.positional().size() != positionals) {
        throw new IllegalArgumentException(
            "expected " + positionals + " file argument" + (positionals == 1 ? "" : "s"));
      }
      return options;
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println("usage: " + usage);
      System.exit(2);
      throw e;
    }
  }

  List<String> positional() {
    return List.of(result.matchedPositionalValue(0, new String[0]));
  }

  boolean has(String option) {
    return result.hasMatchedOption(option);
  }

  String get(String option) {
    return result.matchedOptionValue(option, null);
  }

  /** Returns the extractor's options given, over the defaults. */
  ExtractorSpec extractorSpec() {
    return extractor == null ? ExtractorSpec.defaults() : extractor.spec();
  }

  int getInt(String option, int fallback) {
    String v = get(option);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a number >= 0, not " + v, e);
    }
  }
}
