package io.github.quotekit.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A minimal parser for {@code POSITIONAL... [--flag] [--option VALUE]} command lines. */
final class Options {

  private final List<String> positional = new ArrayList<>();
  private final Map<String, String> values = new HashMap<>();

  private Options() {}

  /**
   * Parses {@code args}.
   *
   * @param flags the options without value
   * @param valued the options followed by a value
   * @throws IllegalArgumentException on an unknown option or a missing value
   */
  static Options parse(String[] args, Set<String> flags, Set<String> valued) {
    return parseInto(new Options(), args, flags, valued);
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
    try {
      Options options = parse(args, flags, valued);
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

  private static Options parseInto(Options o, String[] args, Set<String> flags, Set<String> valued) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (flags.contains(a)) {
        o.values.put(a, "");
      } else if (valued.contains(a)) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(a + " needs a value");
        }
        o.values.put(a, args[++i]);
      } else if (a.startsWith("--")) {
        throw new IllegalArgumentException("unknown option " + a);
      } else {
        o.positional.add(a);
      }
    }
    return o;
  }

  List<String> positional() {
    return positional;
  }

  boolean has(String option) {
    return values.containsKey(option);
  }

  String get(String option) {
    return values.get(option);
  }

  int getInt(String option, int fallback) {
    String v = values.get(option);
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
