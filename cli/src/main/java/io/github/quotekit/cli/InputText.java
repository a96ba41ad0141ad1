package io.github.quotekit.cli;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Turns the bytes of one document (a text article or a JSON Lines line) into text, or says why
 * they are no text: they look binary, or hold bytes that are not valid in the charset. Nothing is
 * replaced: a Latin-1 file read as UTF-8 fails with the offset of its first bad byte rather than
 * giving text full of U+FFFD.
 */
final class InputText {

  /** How much of a document is looked at to decide that it is binary. */
  static final int SNIFF_BYTES = 8 * 1024;

  /** A larger share of control characters than this, among the first characters, is binary. */
  private static final double MAX_CONTROL_SHARE = 0.1;

  /** The error of a document that looks binary. */
  static final String LOOKS_BINARY =
      "looks binary (NUL bytes or control characters in its first 8 KiB); not read as text";

  private InputText() {}

  /**
   * Returns the error of a document over the size limit, of which {@code bytes[0, length)} were
   * read: that it looks binary, when it does, else that it is too large.
   */
  static String tooLarge(byte[] bytes, int length, Charset charset, long maxBytes) {
    return looksBinary(bytes, length, charset)
        ? LOOKS_BINARY
        : "larger than " + maxBytes + " bytes, the --max-document-size; not read";
  }

  /**
   * Decodes {@code bytes[0, length)}.
   *
   * @param bytes the document's bytes
   * @param length how many of them
   * @param charset their charset
   * @return the text
   * @throws NotText if the bytes look binary or are not valid in {@code charset}
   */
  static String decode(byte[] bytes, int length, Charset charset) throws NotText {
    if (looksBinary(bytes, length, charset)) {
      throw new NotText(LOOKS_BINARY);
    }
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out = CharBuffer.allocate((int) Math.ceil(length * (double) decoder.maxCharsPerByte()) + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new NotText(
          "not valid "
              + charset.name()
              + " at byte offset "
              + in.position()
              + " (--encoding reads another charset)");
    }
    return out.flip().toString();
  }

  /**
   * Returns whether the first {@link #SNIFF_BYTES} bytes, decoded leniently, hold a NUL or more
   * than {@link #MAX_CONTROL_SHARE} control characters other than tab, line and page breaks.
   */
  private static boolean looksBinary(byte[] bytes, int length, Charset charset) {
    String start;
    try {
      start =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE)
              .decode(ByteBuffer.wrap(bytes, 0, Math.min(length, SNIFF_BYTES)))
              .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder does not fail", e);
    }
    int controls = 0;
    for (int i = 0; i < start.length(); i++) {
      char c = start.charAt(i);
      if (c == 0) {
        return true;
      }
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        controls++;
      }
    }
    return controls > MAX_CONTROL_SHARE * start.length();
  }

  /** Bytes that are no text; the message says why, for the error record. */
  static final class NotText extends Exception {
    private static final long serialVersionUID = 1L;

    NotText(String message) {
      super(message);
    }
  }
}
