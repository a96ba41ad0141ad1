package io.github.quotekit.cli;

import static java.util.Objects.requireNonNull;

import io.github.quotekit.Extraction;
import io.github.quotekit.QuoteExtractor;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One run of the tool: parses the command line, reads every input, extracts and writes each
 * document, and works out the exit code.
 *
 * <p>Problems with single inputs or documents are reported on the error stream and do not stop the
 * run; they only raise the exit code. The extractor is built once, when the first document needs
 * it.
 *
 * <p>With {@code --threads N} (N > 1) the documents are extracted by {@link
 * QuoteExtractor#extractAll(Stream, java.util.function.Function, int)} on N worker threads: inputs
 * are still read, and results written, on the calling thread, in input order, with at most 4 x N
 * documents read ahead.
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
  private final Terminals terminals;
  private QuoteExtractor extractor;
  private Progress progress;
  private int status = EXIT_OK;

  /**
   * Creates a run over the given streams, none of them a terminal.
   *
   * @param in standard input
   * @param out standard output
   * @param err standard error
   */
  Command(InputStream in, PrintStream out, PrintStream err) {
    this(in, out, err, Terminals.NONE);
  }

  /**
   * Creates a run over the given streams.
   *
   * @param in standard input
   * @param out standard output; a {@link StandardOutput} tells a closed pipe from other errors
   * @param err standard error
   * @param terminals which of the process streams are terminals
   */
  Command(InputStream in, PrintStream out, PrintStream err, Terminals terminals) {
    this.in = requireNonNull(in, "in");
    this.out = requireNonNull(out, "out");
    this.err = requireNonNull(err, "err");
    this.terminals = requireNonNull(terminals, "terminals");
  }

  /**
   * Which process streams are terminals.
   *
   * @param stdin standard input: reading it unasked earns a hint
   * @param stderr standard error: the progress line is shown there by default
   */
  record Terminals(boolean stdin, boolean stderr) {
    /** No terminal at all, as in tests and pipelines. */
    static final Terminals NONE = new Terminals(false, false);
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
      out.println(BuildInfo.CURRENT.describe());
      out.flush();
      return EXIT_OK;
    }
    if (options.files().isEmpty() && terminals.stdin()) {
      err.println(PROGRAM + ": reading an article from standard input; Ctrl-D to end, --help for usage");
      err.flush();
    }
    try {
      if (options.output().isPresent()) {
        writeToFile(options, options.output().get());
      } else {
        process(options, out);
      }
    } catch (UncheckedIOException e) {
      if (options.output().isEmpty() && out instanceof StandardOutput std && std.pipeClosed()) {
        // The reader went away (| head): what it did not read is not wanted, and no one is hurt.
        err.flush();
        return status;
      }
      fail(EXIT_ERROR, "cannot write output: " + e.getCause().getMessage());
    } catch (ModelException e) {
      fail(EXIT_ERROR, "cannot load the models: " + e.getCause());
    }
    err.flush();
    return status;
  }

  /** Runs with {@code -o FILE}: a file that cannot be created ends the run before any input. */
  private void writeToFile(Options options, String file) {
    OutputStream stream;
    try {
      stream = new BufferedOutputStream(Files.newOutputStream(Path.of(file)));
    } catch (IOException | InvalidPathException e) {
      String reason = e instanceof IOException io ? InputReader.describe(io) : e.getMessage();
      fail(EXIT_ERROR, "cannot write " + file + ": " + reason);
      return;
    }
    try (stream) {
      process(options, stream);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void process(Options options, OutputStream output) {
    InputReader inputs =
        new InputReader(
            options.inputFormat(),
            in,
            options.id(),
            options.encoding(),
            options.maxDocumentSize());
    OutcomeWriter writer =
        OutcomeWriter.of(
            options.outputFormat(),
            output,
            options.meta() ? Optional.of(RunMetadata.of(options.extractor())) : Optional.empty());
    progress =
        Progress.of(
            options.progress(),
            err,
            terminals.stderr(),
            InputReader.totalSize(options.inputs()),
            inputs::bytesRead,
            System::nanoTime);
    if (options.threads() == 1) {
      for (String file : options.inputs()) {
        String name = file.equals(Options.STDIN) ? InputReader.STDIN_NAME : file;
        try (InputReader.Source source = inputs.open(file)) {
          InputRecord record;
          while ((record = source.next()) != null) {
            write(writer, handle(record, options));
          }
        } catch (IOException e) {
          fail(EXIT_UNREADABLE, "cannot read " + name + ": " + InputReader.describe(e));
        }
      }
    } else {
      processInParallel(options, inputs, writer);
    }
    writer.finish();
    if (progress != null) {
      progress.finish();
    }
  }

  /** Extracts on {@code --threads} worker threads; reads and writes on this one, in order. */
  private void processInParallel(Options options, InputReader inputs, OutcomeWriter writer) {
    try (Items items = new Items(options, inputs)) {
      // As in the sequential run, what comes before the first article needs no extractor.
      Item first;
      while ((first = items.nextOrNull()) != null && !(first.record() instanceof Document)) {
        write(writer, first);
      }
      if (first == null) {
        return;
      }
      QuoteExtractor quoteExtractor = extractor(options);
      Stream<Item> all =
          Stream.concat(
              Stream.of(first),
              StreamSupport.stream(
                  Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED), false));
      try (Stream<QuoteExtractor.Extracted<Item>> results =
          quoteExtractor.extractAll(all, Item::text, options.threads())) {
        results.forEach(
            result -> {
              if (result.document().record() instanceof Document document) {
                write(
                    writer,
                    result instanceof QuoteExtractor.Failure<Item> failure
                        ? failed(document, failure.exception())
                        : Outcome.extracted(
                            document.id(), ((QuoteExtractor.Success<Item>) result).extraction()));
              } else {
                write(writer, result.document());
              }
            });
      }
    }
  }

  /** Writes a bad line, or reports an input that could not be read, at its place in the run. */
  private void write(OutcomeWriter writer, Item item) {
    if (item.record() instanceof BadRecord bad) {
      write(writer, badRecord(bad));
    } else if (item.unreadable() != null) {
      fail(EXIT_UNREADABLE, "cannot read " + item.name() + ": " + item.unreadable());
    }
  }

  private void write(OutcomeWriter writer, Outcome outcome) {
    writer.write(outcome);
    if (progress != null) {
      progress.documentDone();
    }
  }

  private Outcome handle(InputRecord record, Options options) {
    if (record instanceof BadRecord bad) {
      return badRecord(bad);
    }
    Document document = (Document) record;
    QuoteExtractor quoteExtractor = extractor(options);
    Extraction extraction;
    try {
      extraction = quoteExtractor.extract(document.text());
    } catch (RuntimeException e) {
      return failed(document, e);
    }
    return Outcome.extracted(document.id(), extraction);
  }

  private Outcome badRecord(BadRecord bad) {
    fail(EXIT_FAILED_DOCUMENTS, bad.location() + ": " + bad.message());
    return Outcome.failed(bad.id(), bad.location(), bad.error());
  }

  private Outcome failed(Document document, RuntimeException e) {
    String message = "extraction failed: " + e;
    fail(EXIT_FAILED_DOCUMENTS, document.location() + ": " + message);
    return Outcome.failed(Optional.of(document.id()), document.location(), message);
  }

  private QuoteExtractor extractor(Options options) {
    if (extractor == null) {
      try {
        extractor = QuoteExtractor.builder().spec(options.extractor()).build();
      } catch (RuntimeException e) {
        throw new ModelException(e);
      }
    }
    return extractor;
  }

  private void fail(int code, String message) {
    if (progress != null) {
      progress.clear();
    }
    err.println(PROGRAM + ": " + message);
    err.flush();
    status = Math.max(status, code);
  }

  /**
   * One step of a parallel run, in input order: a record, or an input that could not be read
   * ({@code unreadable} says why), which is reported when the run reaches it.
   */
  private record Item(InputRecord record, String name, String unreadable) {
    /** What a worker extracts from: only an article has text; extracting "" costs nothing. */
    String text() {
      return record instanceof Document document ? document.text() : "";
    }
  }

  /**
   * Every record of every input, in order, read on the thread that consumes them; an input that
   * cannot be read becomes an item of its own, and the run goes on with the next.
   */
  private static final class Items implements Iterator<Item>, AutoCloseable {
    private final Iterator<String> files;
    private final InputReader inputs;
    private InputReader.Source source;
    private String name;
    private Item next;

    Items(Options options, InputReader inputs) {
      this.files = options.inputs().iterator();
      this.inputs = inputs;
    }

    /** Returns the next item, or null after the last. */
    Item nextOrNull() {
      if (next != null) {
        Item item = next;
        next = null;
        return item;
      }
      while (true) {
        if (source == null) {
          if (!files.hasNext()) {
            return null;
          }
          String file = files.next();
          name = file.equals(Options.STDIN) ? InputReader.STDIN_NAME : file;
          try {
            source = inputs.open(file);
          } catch (IOException e) {
            return unreadable(e);
          }
        }
        InputRecord record;
        try {
          record = source.next();
        } catch (IOException e) {
          // As with try-with-resources, a failure to close is not reported on top.
          closeSource();
          return unreadable(e);
        }
        if (record != null) {
          return new Item(record, name, null);
        }
        IOException closing = closeSource();
        if (closing != null) {
          return unreadable(closing);
        }
      }
    }

    @Override
    public boolean hasNext() {
      if (next == null) {
        next = nextOrNull();
      }
      return next != null;
    }

    @Override
    public Item next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Item item = next;
      next = null;
      return item;
    }

    @Override
    public void close() {
      if (source != null) {
        closeSource();
      }
    }

    private IOException closeSource() {
      try {
        source.close();
        return null;
      } catch (IOException e) {
        return e;
      } finally {
        source = null;
      }
    }

    private Item unreadable(IOException e) {
      return new Item(null, name, InputReader.describe(e));
    }
  }

  /** The extractor could not be built; ends the run. */
  private static final class ModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ModelException(RuntimeException cause) {
      super(cause);
    }
  }
}
