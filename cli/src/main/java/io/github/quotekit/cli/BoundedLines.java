package io.github.quotekit.cli;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * Reads the lines of a JSON Lines input with bounded memory: a line is at most {@code maxBytes}
 * long, and a longer one is skipped to its end without being held. Lines end with {@code \n} or
 * {@code \r\n}; each is decoded on its own with {@link InputText}.
 */
final class BoundedLines {

  private final InputStream in;
  private final Charset charset;
  private final long maxBytes;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private byte[] line = new byte[256];

  /**
   * Creates a reader.
   *
   * @param in the input; the caller closes it
   * @param charset the charset of every line
   * @param maxBytes the longest line read, in bytes
   */
  BoundedLines(InputStream in, Charset charset, long maxBytes) {
    this.in = requireNonNull(in, "in");
    this.charset = requireNonNull(charset, "charset");
    this.maxBytes = maxBytes;
  }

  /**
   * One line: its text, or why it has none.
   *
   * @param text the line without its terminator, when it could be read
   * @param problem what is wrong with the line otherwise
   */
  record Line(String text, String problem) {}

  /**
   * Reads the next line.
   *
   * @return the line, or null at the end of the input
   * @throws IOException if the input cannot be read
   */
  Line next() throws IOException {
    int length = 0;
    long total = 0;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return any ? finish(length, total) : null;
        }
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      int chunk = position - start;
      if (total + chunk <= maxBytes + 1) {
        ensure(length + chunk);
        System.arraycopy(buffer, start, line, length, chunk);
        length += chunk;
      }
      total += chunk;
      if (position < limit) {
        position++; // the line break
        return finish(length, total);
      }
    }
  }

  private Line finish(int length, long total) {
    if (length > 0 && line[length - 1] == '\r' && total <= maxBytes + 1) {
      length--;
      total--;
    }
    if (total > maxBytes) {
      return new Line(null, InputText.tooLarge(line, length, charset, maxBytes));
    }
    try {
      return new Line(InputText.decode(line, length, charset), null);
    } catch (InputText.NotText e) {
      return new Line(null, e.getMessage());
    }
  }

  private void ensure(int capacity) {
    if (capacity > line.length) {
      line = Arrays.copyOf(line, Math.max(capacity, line.length * 2));
    }
  }
}
