package io.github.quotekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The progress line, driven by a fake clock. */
class ProgressTest {
  private static final long SECOND = 1_000_000_000L;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, UTF_8);
  private long now = 5 * SECOND;
  private long read;

  private Progress progress(Progress.Mode mode, boolean terminal, OptionalLong total) {
    return Progress.of(mode, err, terminal, total, () -> read, () -> now);
  }

  private String written() {
    return bytes.toString(UTF_8);
  }

  @Test
  void shownOnATerminalOrWhenAskedForOnly() {
    assertThat(progress(Progress.Mode.AUTO, false, OptionalLong.empty())).isNull();
    assertThat(progress(Progress.Mode.NEVER, true, OptionalLong.empty())).isNull();
    assertThat(progress(Progress.Mode.AUTO, true, OptionalLong.empty())).isNotNull();
    assertThat(progress(Progress.Mode.ALWAYS, false, OptionalLong.empty())).isNotNull();
  }

  @Test
  void aShortRunShowsNothing() {
    Progress progress = progress(Progress.Mode.AUTO, true, OptionalLong.of(1000));
    for (int i = 0; i < 50; i++) {
      now += SECOND / 100;
      progress.documentDone();
    }
    progress.finish();

    assertThat(written()).isEmpty();
  }

  @Test
  void onATerminalTheLineIsRewrittenInPlaceWithTheTimeLeft() {
    Progress progress = progress(Progress.Mode.AUTO, true, OptionalLong.of(4_000_000));
    for (int i = 0; i < 20; i++) {
      now += SECOND / 10;
      read += 100_000;
      progress.documentDone();
    }
    // 2 s in: 20 documents, 2.0 of 4.0 MB read, so 2 s left.
    assertThat(written())
        .startsWith("\rquotekit: ")
        .endsWith("\rquotekit: 20 documents, 10 docs/s, 2.0 of 4.0 MB (50%), ETA 0:02")
        .doesNotContain("\n");

    progress.finish();
    assertThat(written()).endsWith("(50%), ETA 0:02\n");
  }

  @Test
  void clearingBlanksTheLineForADiagnostic() {
    Progress progress = progress(Progress.Mode.AUTO, true, OptionalLong.empty());
    now += 3 * SECOND;
    read = 1_500_000;
    progress.documentDone();
    String line = "quotekit: 1 documents, 0 docs/s, 1.5 MB";
    assertThat(written()).isEqualTo("\r" + line);

    progress.clear();
    assertThat(written()).isEqualTo("\r" + line + "\r" + " ".repeat(line.length()) + "\r");
  }

  @Test
  void intoALogItWritesALineEveryTenSeconds() {
    Progress progress = progress(Progress.Mode.ALWAYS, false, OptionalLong.empty());
    for (int i = 0; i < 25; i++) {
      now += SECOND;
      progress.documentDone();
    }
    progress.finish();

    assertThat(written().lines())
        .containsExactly(
            "quotekit: 1 documents, 1 docs/s",
            "quotekit: 11 documents, 1 docs/s",
            "quotekit: 21 documents, 1 docs/s",
            "quotekit: 25 documents, 1 docs/s");
  }

  @Test
  void durations() {
    assertThat(Progress.duration(0)).isEqualTo("0:00");
    assertThat(Progress.duration(65)).isEqualTo("1:05");
    assertThat(Progress.duration(3 * 3600 + 61)).isEqualTo("3:01:01");
  }
}
