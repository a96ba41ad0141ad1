package io.github.quotekit.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.simple.SimpleServiceProvider;

/**
 * A consumer of the library, compiled and run in its own JVM against the jars the build made: a
 * module with a plain {@code requires io.github.quotekit} on the module path, and the same code on
 * the class path. It extracts a quote from a made-up sentence and must print nothing else: no SLF4J
 * warning when the consumer binds no logger, while a logger that it binds still logs.
 */
final class ModulePathConsumerTest {
  private static final String SENTENCE = "“The ferry leaves at dawn,” said Mayor Ilse Varga.";
  private static final String EXPECTED = "The ferry leaves at dawn, | Ilse Varga";

  /** The consumer: a plain {@code requires io.github.quotekit}, nothing about logging. */
  private static final String CONSUMER =
      """
      module consumer {
        requires io.github.quotekit;
      }
      ---
      package consumer;

      import io.github.quotekit.Quote;
      import io.github.quotekit.QuoteExtractor;
      import io.github.quotekit.Speaker;

      public final class Main {
        public static void main(String[] args) {
          for (Quote quote : QuoteExtractor.english().extract(args[0]).quotes()) {
            System.out.println(
                quote.text() + " | " + quote.speaker().map(Speaker::name).orElse("(nobody)"));
          }
        }
      }
      """;

  /** A consumer that logs through SLF4J after quotekit has started it. */
  private static final String LOGGING_CONSUMER =
      """
      module consumer.logging {
        requires io.github.quotekit;
        requires org.slf4j;
      }
      ---
      package consumer.logging;

      import io.github.quotekit.QuoteExtractor;
      import org.slf4j.LoggerFactory;

      public final class Main {
        public static void main(String[] args) {
          int quotes = QuoteExtractor.english().extract(args[0]).quotes().size();
          LoggerFactory.getLogger(Main.class).info("{} quote(s)", quotes);
        }
      }
      """;

  @TempDir static Path dir;
  private static String libraryPath;
  private static Path consumer;
  private static Path loggingConsumer;

  @BeforeAll
  static void compileConsumers() throws IOException {
    libraryPath = Files.readString(Jvm.pathProperty("quotekit.it.consumerPath"), UTF_8).strip();
    consumer = compile("consumer", CONSUMER);
    loggingConsumer = compile("consumer.logging", LOGGING_CONSUMER);
  }

  /** Compiles a module, given as its module-info and its Main class, against the library. */
  private static Path compile(String module, String moduleInfoAndMain) throws IOException {
    String[] parts = moduleInfoAndMain.split("---\n");
    Path sources = dir.resolve(module + "-src");
    Path mainFile = sources.resolve(module.replace('.', '/')).resolve("Main.java");
    Files.createDirectories(mainFile.getParent());
    Files.writeString(sources.resolve("module-info.java"), parts[0], UTF_8);
    Files.writeString(mainFile, parts[1], UTF_8);
    Path classes = dir.resolve(module);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status =
        javac.run(
            null,
            null,
            null,
            "--module-path",
            libraryPath,
            "-encoding",
            "UTF-8",
            "-d",
            classes.toString(),
            sources.resolve("module-info.java").toString(),
            mainFile.toString());
    assertThat(status).as("javac exit code for " + module).isZero();
    return classes;
  }

  private static String path(Object... entries) {
    return String.join(File.pathSeparator, Stream.of(entries).map(String::valueOf).toList());
  }

  /** Runs {@code module/class} on a module path of the given entries, with the test sentence. */
  private static Jvm.Result runModule(String mainClass, Object... modulePath) throws Exception {
    return Jvm.run(
        dir, List.of(Jvm.java(), "--module-path", path(modulePath), "--module", mainClass, SENTENCE));
  }

  @Test
  void runsOnTheModulePathWithoutAWordOnStderr() throws Exception {
    Jvm.Result result = runModule("consumer/consumer.Main", consumer, libraryPath);

    assertThat(result.stderr()).isEmpty();
    assertThat(result.stdout().strip()).isEqualTo(EXPECTED);
    assertThat(result.exitCode()).isZero();
  }

  @Test
  void runsOnTheClassPathWithoutAWordOnStderr() throws Exception {
    Jvm.Result result =
        Jvm.run(
            dir, List.of(Jvm.java(), "-cp", path(consumer, libraryPath), "consumer.Main", SENTENCE));

    assertThat(result.stderr()).isEmpty();
    assertThat(result.stdout().strip()).isEqualTo(EXPECTED);
    assertThat(result.exitCode()).isZero();
  }

  @Test
  void aLoggerThatTheConsumerBindsStillLogs() throws Exception {
    Path simpleLogger =
        Path.of(SimpleServiceProvider.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Jvm.Result result =
        runModule("consumer.logging/consumer.logging.Main", loggingConsumer, libraryPath, simpleLogger);

    assertThat(result.stderr()).isEqualTo("[main] INFO consumer.logging.Main - 1 quote(s)\n");
    assertThat(result.exitCode()).isZero();
  }

  @Test
  void withoutALoggerTheConsumersOwnLogsGoNowhere() throws Exception {
    Jvm.Result result = runModule("consumer.logging/consumer.logging.Main", loggingConsumer, libraryPath);

    assertThat(result.stderr()).isEmpty();
    assertThat(result.exitCode()).isZero();
  }
}
