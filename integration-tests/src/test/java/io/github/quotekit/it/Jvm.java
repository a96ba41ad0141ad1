package io.github.quotekit.it;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a command in a fresh process, as a user would in a shell, and captures what it prints. */
final class Jvm {
  private Jvm() {}

  /** What a finished process printed, and its exit code. */
  record Result(int exitCode, String stdout, String stderr) {}

  /** Returns the {@code java} launcher of the JDK that runs the tests. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Returns the path named by the system property that the build sets, failing if it is unset. */
  static Path pathProperty(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException(name + " is not set: run the tests with Maven");
    }
    return Path.of(value);
  }

  /**
   * Runs {@code command} in {@code dir} with the tests' environment and waits at most five minutes.
   */
  static Result run(Path dir, List<String> command) throws IOException, InterruptedException {
    Path out = Files.createTempFile("quotekit-it", ".out");
    Path err = Files.createTempFile("quotekit-it", ".err");
    try {
      Process process =
          new ProcessBuilder(new ArrayList<>(command))
              .directory(dir.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("still running after five minutes: " + command);
      }
      return new Result(process.exitValue(), Files.readString(out, UTF_8), Files.readString(err, UTF_8));
    } finally {
      Files.delete(out);
      Files.delete(err);
    }
  }

  private static java.io.File nullDevice() {
    return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }
}
