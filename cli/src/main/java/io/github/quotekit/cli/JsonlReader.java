package io.github.quotekit.cli;

import static java.util.Objects.requireNonNull;

import io.github.quotekit.jsonl.ArticleJson;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads JSON Lines input: one {@code {"id": ..., "text": ...}} object per line, each line read by
 * {@link ArticleJson#readLine}, the rules that the server and the Spark job share: blank lines are
 * skipped but counted, a missing or null {@code id} becomes the line number, and a line that is
 * not an article becomes a {@link BadRecord}; reading goes on with the next line.
 */
final class JsonlReader {

  private final BoundedLines lines;
  private final String source;
  private int lineNumber;

  /**
   * Creates a reader.
   *
   * @param lines the lines to read
   * @param source the name of the input, for {@link InputRecord#location()}
   */
  JsonlReader(BoundedLines lines, String source) {
    this.lines = requireNonNull(lines, "lines");
    this.source = requireNonNull(source, "source");
  }

  /**
   * Reads the next non-blank line.
   *
   * @return the line as a {@link Document} or a {@link BadRecord} (also when the line is too
   *     long, looks binary or is not valid in the charset), or null at the end of input
   * @throws IOException if the input cannot be read
   */
  InputRecord next() throws IOException {
    BoundedLines.Line next;
    while ((next = lines.next()) != null) {
      lineNumber++;
      if (next.problem() != null) {
        return new BadRecord(Optional.empty(), source, lineNumber, next.problem());
      }
      Optional<ArticleJson.Result> read = ArticleJson.standard().readLine(next.text(), lineNumber);
      if (read.isEmpty()) {
        continue; // a blank line
      }
      if (read.get() instanceof ArticleJson.Invalid invalid) {
        return new BadRecord(invalid.id(), source, lineNumber, invalid.problem());
      }
      ArticleJson.Article article = (ArticleJson.Article) read.get();
      return new Document(article.id(), article.text(), source + ":" + lineNumber);
    }
    return null;
  }
}
