package io.github.quotekit.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the tests of the benchmarks' command-line programs share: standard output and error
 * captured around each test, and the made-up fixtures under {@code /eval/}.
 */
abstract class CommandTestCase {
  private final PrintStream stdout = System.out;
  private final PrintStream stderr = System.err;
  /** What the program under test wrote to standard output. */
  protected ByteArrayOutputStream out;
  /** What it wrote to standard error. */
  protected ByteArrayOutputStream err;

  @BeforeEach
  void capture() {
    out = new ByteArrayOutputStream();
    err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(stdout);
    System.setErr(stderr);
  }

  /** Returns the path of the fixture {@code /eval/NAME}. */
  static String fixture(String name) throws URISyntaxException {
    return Path.of(CommandTestCase.class.getResource("/eval/" + name).toURI()).toString();
  }
}
