package io.github.quotekit.cli;

/** The help text of the tool and the one-line hint printed after a command-line error. */
final class Usage {

  /** The full {@code --help} text, ending with a newline. */
  static final String HELP =
      """
      Usage: quotekit [OPTION...] [FILE...]

      Finds the quotations in English news text and says who said them.
      Reads each FILE in turn, or standard input when no FILE is given or FILE is "-".

      Options:
        --input-format text|jsonl    text (default): each FILE is one article, whose id
                                     is the file name ("stdin" for standard input);
                                     jsonl: each non-blank line is {"id": ..., "text": ...};
                                     a missing id becomes the line number
        --id ID                      write ID as the id of the article instead of its
                                     file name (text input, one FILE or standard input)
        --encoding CHARSET           the charset of the inputs (default UTF-8), such as
                                     ISO-8859-1 or windows-1252; bytes that are not valid
                                     in it fail the document, which is reported with the
                                     byte offset, and text that looks binary (NUL bytes,
                                     many control characters) fails it too
        --max-document-size BYTES    the largest article, or JSON Lines line, read
                                     (default 8388608, 8 MiB); a larger one fails with
                                     an error record without being read whole
        -o, --output FILE            write the results to FILE instead of standard output
        --no-meta                    leave out the meta record: the first line of jsonl
                                     output, {"meta": {...}} without an "id", and the
                                     "meta" field of each json object (tool, version,
                                     commit, options, lexicon and rules fingerprint)
        --output-format json|jsonl|html
                                     json: pretty-printed, one object for one article, an
                                     array for any other number (default for text input);
                                     jsonl: one object per line (default for jsonl input);
                                     html: one self-contained page with every article, its
                                     quotations highlighted by speaker, and a summary
        --min-unattributed-words N   also report quotations that no rule attributes when
                                     they have at least N words (N >= 0; 0 reports all;
                                     default: only attributed quotations)
        --min-confidence X           report an attributed quotation only when its
                                     confidence is at least X (a decimal number from
                                     0 to 1, such as 0.8; default: 0, keep all)
        --no-reported-speech         report direct quotations alone, leaving out
                                     speech without quotation marks: INDIRECT ("she
                                     said the talks had stalled") and MIXED quotations,
                                     which are reported by default (--reported-speech)
        --quotation-marks NAME[,NAME...]
                                     the quotation marks that delimit quotations: those
                                     of every preset or style named. Presets: auto
                                     (default): each article's own marks, “…” and "…"
                                     always, ''…'', ``…'', «…», „…“ or ‘…’ where the
                                     article pairs them so; english: “…” and "…" only;
                                     british adds ‘…’ and '…'; german adds „…“ and »…«;
                                     french adds «…» and ‹…›; all: every style. Styles:
                                     curly-double, straight-double, low-double,
                                     guillemets, reversed-guillemets,
                                     single-guillemets, corner-brackets, curly-single,
                                     straight-single, double-apostrophes (''…'', as in
                                     the plain text of some news archives), backticks
                                     (``…''). auto with other names detects among
                                     theirs only. Example: english,guillemets
        --threads N                  extract N articles at once on N threads (N >= 1;
                                     default 1); output keeps the input order, and at
                                     most 4 x N articles are read ahead
        --progress, --no-progress    show (or hide) a progress line on standard error:
                                     articles, articles per second and, when the input
                                     size is known, the time left (default: shown on a
                                     terminal, after one second)
        --explain                    give each quotation an "explanation": the rules
                                     asked, the candidates they passed over and why,
                                     and how the speaker was resolved
        -h, --help                   print this help and exit
        -V, --version                print the version and git commit and exit
        --                           treat every later argument as a FILE

      Each article becomes {"id", "quotes", "speakers"}; an article that fails becomes
      {"id", "error"} and is reported on standard error. Offsets are Java String offsets
      (UTF-16 code units) into the article text. Output is UTF-8. When the reader of the
      output goes away (quotekit ... | head), the run stops quietly.

      Exit codes:
        0  success
        1  unexpected error (the models could not be loaded, output could not be written)
        2  invalid command line
        3  some FILE could not be read (the other files are still processed)
        4  some documents failed (a malformed JSONL line, bytes not valid in the charset,
           binary or too large input, or extraction failed)
      When several apply, the largest is returned.
      """;

  /** The line printed on standard error after a command-line error. */
  static final String HINT = "Try 'quotekit --help' for more information.";

  private Usage() {}
}
