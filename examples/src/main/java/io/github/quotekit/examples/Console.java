package io.github.quotekit.examples;

import io.github.quotekit.Quote;
import io.github.quotekit.Speaker;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What the example programs share to print quotations. */
final class Console {

  private Console() {}

  /** Makes {@code System.out} print curly quotes correctly whatever the platform's encoding. */
  static void useUtf8() {
    System.setOut(
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
  }

  /** Returns the quotation in curly marks followed by its speaker: “…” — Ana Ruiz. */
  static String describe(Quote quote) {
    String who = quote.speaker().map(Speaker::name).orElse("(unattributed)");
    return "“" + quote.text() + "” — " + who;
  }
}
