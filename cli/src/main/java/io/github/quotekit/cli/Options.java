package io.github.quotekit.cli;

import static java.util.Objects.requireNonNull;

import io.github.quotekit.ExtractorSpec;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;

/**
 * A parsed command line.
 *
 * @param inputFormat how to read the inputs
 * @param outputFormat how to write the results (already defaulted from the input format)
 * @param extractor the extractor's options ({@code --min-unattributed-words}, {@code
 *     --min-confidence}, {@code --no-reported-speech}, {@code --quotation-marks}, {@code --explain})
 * @param id the {@code --id} value, if given: the id of the one text article read, instead of its
 *     file name
 * @param files the inputs in order; {@code "-"} is standard input; empty means standard input
 * @param threads the {@code --threads} value: how many documents are extracted at once, {@code
 *     >= 1}
 * @param progress when the progress line is shown ({@code --progress}, {@code --no-progress})
 * @param output the {@code -o}/{@code --output} file, if given; else standard output
 * @param meta whether the output starts with the meta record (not {@code --no-meta})
 * @param encoding the charset of the inputs ({@code --encoding}, default UTF-8)
 * @param maxDocumentSize the largest document read, in bytes ({@code --max-document-size})
 * @param help whether {@code --help} was asked for
 * @param version whether {@code --version} was asked for
 */
record Options(
    InputFormat inputFormat,
    OutputFormat outputFormat,
    ExtractorSpec extractor,
    Optional<String> id,
    List<String> files,
    int threads,
    Progress.Mode progress,
    Optional<String> output,
    boolean meta,
    Charset encoding,
    long maxDocumentSize,
    boolean help,
    boolean version) {

  /** The file name that stands for standard input. */
  static final String STDIN = "-";

  /** Checks that no component is null and copies the file list. */
  Options {
    requireNonNull(inputFormat, "inputFormat");
    requireNonNull(outputFormat, "outputFormat");
    requireNonNull(extractor, "extractor");
    requireNonNull(id, "id");
    files = List.copyOf(files);
    requireNonNull(progress, "progress");
    requireNonNull(output, "output");
    requireNonNull(encoding, "encoding");
    if (maxDocumentSize < 1) {
      throw new IllegalArgumentException("maxDocumentSize must be >= 1: " + maxDocumentSize);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
  }

  /** Returns the inputs to read: the files given, or standard input alone when none is. */
  List<String> inputs() {
    return files.isEmpty() ? List.of(STDIN) : files;
  }
}
