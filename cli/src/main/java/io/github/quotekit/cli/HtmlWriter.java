package io.github.quotekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import io.github.quotekit.html.HtmlReport;
import io.github.quotekit.html.NamedExtraction;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@link OutputFormat#HTML}: one self-contained page with every document of the run.
 *
 * <p>The page opens with a summary of the whole run, so the documents are held in memory and the
 * page is written by {@link #finish()}. Failed documents are listed in it with their error.
 */
final class HtmlWriter implements OutcomeWriter {

  private static final HtmlReport REPORT = HtmlReport.builder().build();

  private final OutputStream stream;
  private final List<NamedExtraction> articles = new ArrayList<>();

  /**
   * Creates a writer.
   *
   * @param stream where to write; it is flushed but never closed
   */
  HtmlWriter(OutputStream stream) {
    this.stream = requireNonNull(stream, "stream");
  }

  @Override
  public void write(Outcome outcome) {
    articles.add(outcome.toNamedExtraction());
  }

  @Override
  public void finish() {
    try {
      Writer writer = new BufferedWriter(new OutputStreamWriter(stream, UTF_8));
      REPORT.writeTo(articles, writer);
      writer.flush();
      stream.flush();
      if (stream instanceof PrintStream print && print.checkError()) {
        throw new IOException("write error");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
