package io.github.quotekit.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The process's standard output, which remembers why a write failed, so that a pipe whose reader
 * went away ({@code quotekit ... | head}) can end the run quietly while a full disk still fails
 * it. A {@link PrintStream} only says that some write failed.
 */
final class StandardOutput extends PrintStream {

  private final Recorder recorder;

  private StandardOutput(Recorder recorder) {
    super(recorder, false, StandardCharsets.UTF_8);
    this.recorder = recorder;
  }

  /** Returns the standard output of the process. */
  static StandardOutput open() {
    return new StandardOutput(new Recorder(new FileOutputStream(FileDescriptor.out)));
  }

  /** Returns whether a write failed because the reading end of the pipe was closed. */
  boolean pipeClosed() {
    IOException failure = recorder.failure;
    String message = failure == null ? null : failure.getMessage();
    // The JVM ignores SIGPIPE; the write then fails with EPIPE, which Java reports by message.
    return message != null
        && (message.contains("Broken pipe") || message.contains("pipe is being closed"));
  }

  /** Passes writes through and keeps the first failure. */
  private static final class Recorder extends FilterOutputStream {
    private IOException failure;

    Recorder(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      try {
        out.write(bytes, offset, length);
      } catch (IOException e) {
        record(e);
        throw e;
      }
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        record(e);
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        record(e);
        throw e;
      }
    }

    private void record(IOException e) {
      if (failure == null) {
        failure = e;
      }
    }
  }
}
