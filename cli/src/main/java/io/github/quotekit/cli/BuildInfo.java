package io.github.quotekit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version and git commit the tool was built from, which the build writes into {@code
 * build.properties}. A build outside a git work tree records the commit as {@code "unknown"}.
 *
 * @param version the project version, such as {@code 0.1.0}
 * @param commit the abbreviated commit id, or {@code "unknown"}
 */
record BuildInfo(String version, String commit) {

  /** The commit of a build that had no git work tree to read. */
  static final String UNKNOWN = "unknown";

  /** The build of the running tool. */
  static final BuildInfo CURRENT = read();

  private static BuildInfo read() {
    Properties properties = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BuildInfo(
        filled(properties.getProperty("version"), "dev"),
        filled(properties.getProperty("commit"), UNKNOWN));
  }

  /** Returns {@code value}, or {@code fallback} when the build left it empty or unfilled. */
  private static String filled(String value, String fallback) {
    return value == null || value.isBlank() || value.startsWith("${") ? fallback : value.strip();
  }

  /** Returns what {@code --version} prints: {@code quotekit 0.1.0 (commit 1a2b3c4)}. */
  String describe() {
    return "quotekit " + version + " (commit " + commit + ")";
  }
}
