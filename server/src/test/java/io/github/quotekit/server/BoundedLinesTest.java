package io.github.quotekit.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLinesTest {

  /** Reads every line of {@code body}, a too-long one as "TOO LONG". */
  private static List<String> lines(String body, int limit) throws IOException {
    BoundedLines lines = new BoundedLines(new ByteArrayInputStream(body.getBytes(UTF_8)), limit);
    List<String> read = new ArrayList<>();
    BoundedLines.Line line;
    while ((line = lines.next()) != null) {
      read.add(line.number() + ":" + (line.tooLong() ? "TOO LONG" : line.text()));
    }
    return read;
  }

  @Test
  void linesEndAtNewlinesWithOrWithoutCarriageReturns() throws IOException {
    assertThat(lines("a\r\nb\n\nc", 10)).containsExactly("1:a", "2:b", "3:", "4:c");
    assertThat(lines("a\n", 10)).containsExactly("1:a");
    assertThat(lines("", 10)).isEmpty();
  }

  @Test
  void aByteOrderMarkAtTheStartIsDroppedAndTextIsUtf8() throws IOException {
    assertThat(lines("\uFEFF{\"text\": \"“é”\"}\n\uFEFFx", 100))
        .containsExactly("1:{\"text\": \"“é”\"}", "2:\uFEFFx");
  }

  @Test
  void aLineOverTheLimitIsSkippedToItsEndAndTheNextOnesAreRead() throws IOException {
    assertThat(lines("12345\n123456\r\n" + "x".repeat(10_000) + "\nlast", 5))
        .containsExactly("1:12345", "2:TOO LONG", "3:TOO LONG", "4:last");
    assertThat(lines("12345\r\n", 5)).containsExactly("1:12345");
  }
}
