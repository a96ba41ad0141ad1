package io.github.quotekit.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the lines of a JSON Lines body one at a time, never holding more than one line of at most
 * {@code limit} bytes: a longer line is skipped to its end and reported as too long, so that one
 * bad line costs neither the memory of the server nor the lines after it.
 *
 * <p>Lines end at {@code \n}; a {@code \r} before it and a byte order mark at the start of the
 * body are dropped. Bytes are decoded as UTF-8. Not thread-safe.
 */
final class BoundedLines {

  private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** One line: its 1-based number, and its text, or null when it was longer than the limit. */
  record Line(int number, String text) {
    boolean tooLong() {
      return text == null;
    }
  }

  private final InputStream in;
  private final int limit;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private int number;

  /**
   * Creates a reader.
   *
   * @param in the body, read through a buffer of its own; the caller closes it
   * @param limit the longest line, in bytes, without its terminator
   */
  BoundedLines(InputStream in, int limit) {
    this.in = requireNonNull(in, "in");
    this.limit = limit;
  }

  /**
   * Reads the next line.
   *
   * @return the line, or null at the end of the body
   * @throws IOException if the body cannot be read
   */
  Line next() throws IOException {
    line.reset();
    boolean over = false;
    int b;
    while ((b = in.read()) != -1 && b != '\n') {
      if (line.size() < limit + 1) { // one byte past the limit: room for a \r before \n
        line.write(b);
      } else {
        over = true;
      }
    }
    if (b == -1 && line.size() == 0 && !over) {
      return null;
    }
    number++;
    byte[] bytes = line.toByteArray();
    int length = bytes.length;
    if (length > 0 && bytes[length - 1] == '\r') {
      length--;
    }
    int start = number == 1 && startsWithByteOrderMark(bytes, length) ? BYTE_ORDER_MARK.length : 0;
    if (over || length - start > limit) {
      return new Line(number, null);
    }
    return new Line(number, new String(bytes, start, length - start, UTF_8));
  }

  private static boolean startsWithByteOrderMark(byte[] bytes, int length) {
    return length >= 3
        && bytes[0] == BYTE_ORDER_MARK[0]
        && bytes[1] == BYTE_ORDER_MARK[1]
        && bytes[2] == BYTE_ORDER_MARK[2];
  }
}
