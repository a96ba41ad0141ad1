package io.github.quotekit.cli;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * The progress line of a long run on standard error: documents written, documents per second, and,
 * when the size of the input is known, how much of it has been read and the time left.
 *
 * <pre>
 * quotekit: 12,480 documents, 1,204 docs/s, 61.2 of 250.0 MB (24%), ETA 2:37
 * </pre>
 *
 * <p>On a terminal the line appears once the run has lasted {@link #DELAY_NANOS one second} and is
 * rewritten in place ({@code \r}) at most twice a second; when the run ends it is left on the
 * screen, completed. When standard error is not a terminal ({@code --progress} into a log file) a
 * new line is written every {@link #LOG_INTERVAL_NANOS ten seconds} instead, and a last one at
 * the end. Diagnostics written during the run first clear the line ({@link #clear()}). Only the
 * thread that writes the results uses it.
 */
final class Progress {

  /** When progress is shown. */
  enum Mode {
    /** Only when standard error is a terminal (the default). */
    AUTO,
    /** Always ({@code --progress}). */
    ALWAYS,
    /** Never ({@code --no-progress}). */
    NEVER
  }

  static final long DELAY_NANOS = 1_000_000_000L;
  static final long TERMINAL_INTERVAL_NANOS = 500_000_000L;
  static final long LOG_INTERVAL_NANOS = 10_000_000_000L;

  private static final String PROGRAM = "quotekit";

  private final PrintStream err;
  private final boolean terminal;
  private final OptionalLong totalBytes;
  private final LongSupplier bytesRead;
  private final LongSupplier clock;
  private final long start;
  private long documents;
  private long lastShown;
  private int shownLength;
  private boolean shown;

  private Progress(
      PrintStream err,
      boolean terminal,
      OptionalLong totalBytes,
      LongSupplier bytesRead,
      LongSupplier clock) {
    this.err = err;
    this.terminal = terminal;
    this.totalBytes = totalBytes;
    this.bytesRead = bytesRead;
    this.clock = clock;
    this.start = clock.getAsLong();
    this.lastShown = start;
  }

  /**
   * Returns the progress of a run, or null when none is to be shown.
   *
   * @param mode the command-line choice
   * @param err standard error
   * @param errIsTerminal whether standard error is a terminal
   * @param totalBytes the size of the whole input, if known
   * @param bytesRead how many bytes of input have been read so far
   * @param clock nanoseconds, as {@link System#nanoTime()}
   */
  static Progress of(
      Mode mode,
      PrintStream err,
      boolean errIsTerminal,
      OptionalLong totalBytes,
      LongSupplier bytesRead,
      LongSupplier clock) {
    requireNonNull(err, "err");
    if (mode == Mode.NEVER || (mode == Mode.AUTO && !errIsTerminal)) {
      return null;
    }
    return new Progress(err, errIsTerminal, totalBytes, bytesRead, clock);
  }

  /** Counts one more document written and shows the line if it is time to. */
  void documentDone() {
    documents++;
    long now = clock.getAsLong();
    if (now - start < DELAY_NANOS) {
      return;
    }
    long interval = terminal ? TERMINAL_INTERVAL_NANOS : LOG_INTERVAL_NANOS;
    if (shown && now - lastShown < interval) {
      return;
    }
    show(now);
  }

  /** Clears a line shown in place, so that a diagnostic can be written. */
  void clear() {
    if (terminal && shown && shownLength > 0) {
      err.print("\r" + " ".repeat(shownLength) + "\r");
      err.flush();
      shownLength = 0;
    }
  }

  /** Ends the run: completes the line if one was shown, so the final figures stay. */
  void finish() {
    if (shown) {
      show(clock.getAsLong());
      if (terminal) {
        err.println();
        err.flush();
      }
    }
  }

  private void show(long now) {
    String line = line(now);
    if (terminal) {
      int pad = Math.max(0, shownLength - line.length());
      err.print("\r" + line + " ".repeat(pad));
      shownLength = line.length();
    } else {
      err.println(line);
    }
    err.flush();
    shown = true;
    lastShown = now;
  }

  /** Returns the text of the line at {@code now}. */
  String line(long now) {
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    StringBuilder line = new StringBuilder(PROGRAM).append(": ");
    line.append(
        String.format(
            Locale.ROOT, "%,d documents, %,.0f docs/s", documents, documents / seconds));
    long read = bytesRead.getAsLong();
    if (totalBytes.isPresent() && totalBytes.getAsLong() > 0) {
      long total = totalBytes.getAsLong();
      long done = Math.min(read, total);
      line.append(
          String.format(
              Locale.ROOT,
              ", %.1f of %.1f MB (%d%%)",
              done / 1e6,
              total / 1e6,
              (int) (100 * done / total)));
      if (done > 0 && done < total) {
        long left = Math.round((total - done) * seconds / done);
        line.append(", ETA ").append(duration(left));
      }
    } else if (read > 0) {
      line.append(String.format(Locale.ROOT, ", %.1f MB", read / 1e6));
    }
    return line.toString();
  }

  /** {@code m:ss}, or {@code h:mm:ss} from an hour. */
  static String duration(long seconds) {
    long h = seconds / 3600;
    long m = seconds / 60 % 60;
    long s = seconds % 60;
    return h > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
        : String.format(Locale.ROOT, "%d:%02d", m, s);
  }
}
