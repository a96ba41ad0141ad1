package io.github.quotekit.cli;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Parses the command lines of quotekit's tools with picocli, the same way for each: long options
 * take their value as the next argument or after {@code =}, the last of a repeated option wins,
 * {@code -} is a positional argument, {@code --} ends the options and {@code @file} is not
 * expanded. Errors are one line, worded alike in every tool: {@code unknown option '--x'}, {@code
 * option '--id' needs a value}, {@code option '--explain' takes no value}, {@code invalid value
 * 'V' for option '--NAME' (PROBLEM)}.
 *
 * <p>Public so that the benchmarks' mains parse as the CLI does.
 */
public final class CommandLines {

  private static final Pattern OPTION_NAME = Pattern.compile("option '([^']+)'");

  private CommandLines() {}

  /**
   * Parses {@code args} into the fields and setters of {@code command}, a picocli {@code @Command}
   * object.
   *
   * @param command the annotated object to fill
   * @param args the arguments
   * @return {@code command}
   * @throws IllegalArgumentException with a one-line message, when the command line is invalid
   */
  public static <T> T parse(T command, String... args) {
    parseResult(command, args);
    return command;
  }

  /**
   * Parses {@code args} into {@code command}, an annotated object or a picocli {@code
   * CommandSpec} built in code.
   *
   * @param command what to parse into
   * @param args the arguments
   * @return what picocli matched
   * @throws IllegalArgumentException with a one-line message, when the command line is invalid
   */
  public static ParseResult parseResult(Object command, String... args) {
    try {
      return commandLine(command).parseArgs(args);
    } catch (ParameterException e) {
      throw new IllegalArgumentException(message(e), e);
    }
  }

  /** Returns a picocli command line for {@code command} with the settings every tool shares. */
  public static CommandLine commandLine(Object command) {
    return new CommandLine(command)
        .setExpandAtFiles(false)
        .setOverwrittenOptionsAllowed(true)
        .setUnmatchedOptionsArePositionalParams(false);
  }

  /**
   * Returns the index of the first of {@code flags} among {@code args} before any {@code --}, or
   * -1: where a command line that asks for help or the version may stop being read.
   */
  public static int indexOfFlag(String[] args, String... flags) {
    List<String> wanted = Arrays.asList(flags);
    for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
      if (wanted.contains(args[i])) {
        return i;
      }
    }
    return -1;
  }

  /** Words picocli's error as the tools always have. */
  private static String message(ParameterException e) {
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      return "unknown option '" + unmatched.getUnmatched().get(0) + "'";
    }
    if (e instanceof MissingParameterException missing
        && !missing.getMissing().isEmpty()
        && missing.getMissing().get(0) instanceof OptionSpec option) {
      return "option '" + option.longestName() + "' needs a value";
    }
    if (e.getMessage() != null && e.getMessage().startsWith("Expected parameter for option")) {
      return "option '" + optionName(e.getMessage()) + "' needs a value";
    }
    if (e instanceof MaxValuesExceededException) {
      return "option '" + optionName(e.getMessage()) + "' takes no value";
    }
    return e.getMessage();
  }

  private static String optionName(String message) {
    Matcher matcher = OPTION_NAME.matcher(message);
    return matcher.find() ? matcher.group(1) : message;
  }
}
