package io.github.quotekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.google.gson.JsonPrimitive;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Opens the inputs named on the command line and reads them as {@link InputRecord}s.
 *
 * <p>Inputs are decoded in one charset, UTF-8 unless {@code --encoding} says otherwise; a document
 * (a text input, or a JSON Lines line) with bytes that are not valid in it, that looks binary or
 * that is larger than the size limit becomes a {@link BadRecord}, and reading goes on with the
 * next. A document over the limit is not read whole: memory stays bounded whatever the input. In
 * {@link InputFormat#TEXT} an input is one article whose id is the file name without its directory
 * ({@code "stdin"} for standard input), or the id given to the reader ({@code --id}); in {@link
 * InputFormat#JSONL} it is read line by line with a {@link JsonlReader}.
 */
final class InputReader {

  /**
   * The default of {@code --max-document-size}: 8 MiB, the largest article (or JSON Lines line)
   * read; a larger one is rejected without being read whole, so that memory stays bounded.
   */
  static final long DEFAULT_MAX_DOCUMENT_SIZE = 8L * 1024 * 1024;

  /** The id of an article read as text from standard input, and the name of standard input. */
  static final String STDIN_NAME = "stdin";

  private final InputFormat format;
  private final InputStream stdin;
  private final Optional<String> textId;
  private final Charset charset;
  private final long maxDocumentSize;
  private long bytesRead;

  /**
   * Creates a reader that names each text article after its file.
   *
   * @param format how to read the inputs
   * @param stdin what {@code "-"} reads; it is never closed
   */
  InputReader(InputFormat format, InputStream stdin) {
    this(format, stdin, Optional.empty());
  }

  /**
   * Creates a reader.
   *
   * @param format how to read the inputs
   * @param stdin what {@code "-"} reads; it is never closed
   * @param textId the id of every article read as text, instead of its file name, if given; JSONL
   *     records keep their own ids
   */
  InputReader(InputFormat format, InputStream stdin, Optional<String> textId) {
    this(format, stdin, textId, UTF_8, DEFAULT_MAX_DOCUMENT_SIZE);
  }

  /**
   * Creates a reader.
   *
   * @param format how to read the inputs
   * @param stdin what {@code "-"} reads; it is never closed
   * @param textId the id of every article read as text, instead of its file name, if given
   * @param charset the charset of the inputs
   * @param maxDocumentSize the largest document read, in bytes
   */
  InputReader(
      InputFormat format,
      InputStream stdin,
      Optional<String> textId,
      Charset charset,
      long maxDocumentSize) {
    this.format = requireNonNull(format, "format");
    this.stdin = requireNonNull(stdin, "stdin");
    this.textId = requireNonNull(textId, "textId");
    this.charset = requireNonNull(charset, "charset");
    this.maxDocumentSize = maxDocumentSize;
  }

  /**
   * Opens one input.
   *
   * @param file a file name, or {@code "-"} for standard input
   * @return the records of the input; the caller closes it
   * @throws IOException if the input cannot be opened (for text, if it cannot be read)
   */
  Source open(String file) throws IOException {
    boolean isStdin = file.equals(Options.STDIN);
    String name = isStdin ? STDIN_NAME : file;
    InputStream stream = new CountingStream(isStdin ? new UnclosedStream(stdin) : openFile(file));
    if (format == InputFormat.JSONL) {
      JsonlReader reader = new JsonlReader(new BoundedLines(stream, charset, maxDocumentSize), name);
      return new Source() {
        @Override
        public InputRecord next() throws IOException {
          return reader.next();
        }

        @Override
        public void close() throws IOException {
          stream.close();
        }
      };
    }
    JsonPrimitive id = new JsonPrimitive(textId.orElseGet(() -> isStdin ? name : idOf(file)));
    InputRecord document;
    try (stream) {
      document = readText(stream, id, name);
    }
    InputRecord record = document;
    return new Source() {
      private boolean done;

      @Override
      public InputRecord next() {
        if (done) {
          return null;
        }
        done = true;
        return record;
      }

      @Override
      public void close() {}
    };
  }

  /** Reads one text article, at most {@link #maxDocumentSize} bytes of it. */
  private InputRecord readText(InputStream stream, JsonPrimitive id, String name)
      throws IOException {
    byte[] bytes = new byte[(int) Math.min(maxDocumentSize + 1, 64 * 1024)];
    int length = 0;
    int n;
    while ((n = stream.read(bytes, length, bytes.length - length)) > 0) {
      length += n;
      if (length > maxDocumentSize) {
        String problem = InputText.tooLarge(bytes, length, charset, maxDocumentSize);
        return new BadRecord(Optional.of(id), name, 0, problem);
      }
      if (length == bytes.length) {
        bytes = Arrays.copyOf(bytes, (int) Math.min(maxDocumentSize + 1, 2L * bytes.length));
      }
    }
    try {
      return new Document(id, InputText.decode(bytes, length, charset), name);
    } catch (InputText.NotText e) {
      return new BadRecord(Optional.of(id), name, 0, e.getMessage());
    }
  }

  /** Returns how many bytes have been read from all the inputs opened so far. */
  long bytesRead() {
    return bytesRead;
  }

  /**
   * Returns the total size of {@code files}, when it is known: when none is standard input and
   * every one is a regular file whose size can be read.
   */
  static OptionalLong totalSize(List<String> files) {
    long total = 0;
    for (String file : files) {
      if (file.equals(Options.STDIN)) {
        return OptionalLong.empty();
      }
      try {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
          return OptionalLong.empty();
        }
        total += Files.size(path);
      } catch (IOException | InvalidPathException e) {
        return OptionalLong.empty();
      }
    }
    return OptionalLong.of(total);
  }

  /**
   * Describes why an input could not be read, for a diagnostic: "no such file", "permission
   * denied", "is a directory", or the exception's own message.
   */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static InputStream openFile(String file) throws IOException {
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      throw new IOException("invalid file name", e);
    }
    if (Files.isDirectory(path)) {
      throw new IOException("is a directory");
    }
    return Files.newInputStream(path);
  }

  private static String idOf(String file) {
    Path name = Path.of(file).getFileName();
    return name == null ? file : name.toString();
  }

  /** The records of one input, read one at a time. */
  interface Source extends Closeable {

    /**
     * Returns the next record, or null when the input is exhausted.
     *
     * @throws IOException if the input cannot be read
     */
    InputRecord next() throws IOException;
  }

  /** Counts the bytes read through it into {@link #bytesRead}, for the progress line. */
  private final class CountingStream extends FilterInputStream {
    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        bytesRead++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        bytesRead += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      bytesRead += Math.max(0, skipped);
      return skipped;
    }
  }

  /** Standard input, shielded from being closed with the reader that wraps it. */
  private static final class UnclosedStream extends FilterInputStream {
    UnclosedStream(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
