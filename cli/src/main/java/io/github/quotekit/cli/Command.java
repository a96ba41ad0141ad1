package io.github.quotekit.cli;

import static java.util.Objects.requireNonNull;

import io.github.quotekit.Extraction;
import io.github.quotekit.QuoteExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * One run of the tool: parses the command line, reads every input, extracts and writes each
 * document, and works out the exit code.
 *
 * <p>Problems with single inputs or documents are reported on the error stream and do not stop the
 * run; they only raise the exit code. The extractor is built once, when the first document needs
 * it.
 */
final class Command {

  /** Everything went well. */
  static final int EXIT_OK = 0;

  /** An unexpected error: the models could not be loaded, or the output could not be written. */
  static final int EXIT_ERROR = 1;

  /** The command line is invalid. */
  static final int EXIT_USAGE = 2;

  /** Some input could not be read; the others were processed. */
  static final int EXIT_UNREADABLE = 3;

  /** Some documents failed and were written as error objects. */
  static final int EXIT_FAILED_DOCUMENTS = 4;

  private static final String PROGRAM = "quotekit";

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private QuoteExtractor extractor;
  private int status = EXIT_OK;

  /**
   * Creates a run over the given streams.
   *
   * @param in standard input
   * @param out standard output
   * @param err standard error
   */
  Command(InputStream in, PrintStream out, PrintStream err) {
    this.in = requireNonNull(in, "in");
    this.out = requireNonNull(out, "out");
    this.err = requireNonNull(err, "err");
  }

  /**
   * Runs the tool once.
   *
   * @param args the command-line arguments
   * @return the exit code
   */
  int run(String[] args) {
    Options options;
    try {
      options = ArgumentParser.parse(args);
    } catch (UsageException e) {
      err.println(PROGRAM + ": " + e.getMessage());
      err.println(Usage.HINT);
      err.flush();
      return EXIT_USAGE;
    }
    if (options.help()) {
      out.print(Usage.HELP);
      out.flush();
      return EXIT_OK;
    }
    if (options.version()) {
      out.println(PROGRAM + " " + version());
      out.flush();
      return EXIT_OK;
    }
    try {
      process(options);
    } catch (UncheckedIOException e) {
      fail(EXIT_ERROR, "cannot write output: " + e.getCause().getMessage());
    } catch (ModelException e) {
      fail(EXIT_ERROR, "cannot load the models: " + e.getCause());
    }
    err.flush();
    return status;
  }

  /** Returns the version in the jar manifest, or {@code "dev"} when not run from a jar. */
  static String version() {
    String version = Command.class.getPackage().getImplementationVersion();
    return version == null || version.isBlank() ? "dev" : version;
  }

  private void process(Options options) {
    InputReader inputs = new InputReader(options.inputFormat(), in, options.id());
    OutcomeWriter writer = OutcomeWriter.of(options.outputFormat(), out);
    for (String file : options.inputs()) {
      String name = file.equals(Options.STDIN) ? InputReader.STDIN_NAME : file;
      try (InputReader.Source source = inputs.open(file)) {
        InputRecord record;
        while ((record = source.next()) != null) {
          writer.write(handle(record, options));
        }
      } catch (IOException e) {
        fail(EXIT_UNREADABLE, "cannot read " + name + ": " + InputReader.describe(e));
      }
    }
    writer.finish();
  }

  private Outcome handle(InputRecord record, Options options) {
    if (record instanceof BadRecord bad) {
      fail(EXIT_FAILED_DOCUMENTS, bad.location() + ": " + bad.message());
      return Outcome.failed(bad.id(), bad.location(), bad.error());
    }
    Document document = (Document) record;
    QuoteExtractor quoteExtractor = extractor(options);
    Extraction extraction;
    try {
      extraction = quoteExtractor.extract(document.text());
    } catch (RuntimeException e) {
      String message = "extraction failed: " + e;
      fail(EXIT_FAILED_DOCUMENTS, document.location() + ": " + message);
      return Outcome.failed(Optional.of(document.id()), document.location(), message);
    }
    return Outcome.extracted(document.id(), extraction);
  }

  private QuoteExtractor extractor(Options options) {
    if (extractor == null) {
      try {
        QuoteExtractor.Builder builder = QuoteExtractor.builder();
        options.minUnattributedWords().ifPresent(builder::minUnattributedWords);
        options.minConfidence().ifPresent(builder::minConfidence);
        extractor = builder.build();
      } catch (RuntimeException e) {
        throw new ModelException(e);
      }
    }
    return extractor;
  }

  private void fail(int code, String message) {
    err.println(PROGRAM + ": " + message);
    err.flush();
    status = Math.max(status, code);
  }

  /** The extractor could not be built; ends the run. */
  private static final class ModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ModelException(RuntimeException cause) {
      super(cause);
    }
  }
}
