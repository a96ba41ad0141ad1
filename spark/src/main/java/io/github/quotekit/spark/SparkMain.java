package io.github.quotekit.spark;

import io.github.quotekit.ExtractorSpec;
import io.github.quotekit.jsonl.ArticleJson;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code spark-submit} job: reads documents from Parquet or JSON Lines, writes one row per
 * quote ({@link QuoteSchema#rows}) as Parquet or JSON Lines.
 *
 * <pre>
 * spark-submit --class io.github.quotekit.spark.SparkMain quotekit-spark.jar \
 *     --input archive.jsonl --output quotes/ [options]
 * </pre>
 *
 * <p>Exit codes: 0 success, 1 the job failed (input not found, output exists, ...), 2 invalid
 * command line. A document that cannot be read is not a failure: it is written as a row with an
 * {@code error}. JSON Lines are read as the CLI reads them ({@link JsonLinesInput}): the same id
 * and the same error for the same line.
 */
public final class SparkMain {

  static final String USAGE =
      String.join(
          "\n",
          "Usage: spark-submit --class io.github.quotekit.spark.SparkMain quotekit-spark.jar",
          "    --input PATH --output PATH [OPTIONS]",
          "",
          "Finds the quotations of news articles and writes one row per quote.",
          "",
          "  --input PATH               documents: a file, a directory or a glob",
          "  --input-format FORMAT      parquet or jsonl (JSON Lines: one object per line with",
          "                             the id and text); default: jsonl when PATH ends in .json,",
          "                             .jsonl or .ndjson (optionally compressed), else parquet",
          "  --output PATH              the directory to write",
          "  --output-format FORMAT     parquet (default) or json (JSON Lines, explicit nulls)",
          "  --mode MODE                when the output exists: error (default), overwrite,",
          "                             append or ignore",
          "  --id-column NAME           the documents' id column (default: id), of any type",
          "  --text-column NAME         the documents' text column (default: text)",
          "  --min-confidence X         drop the attributed quotes whose confidence is below X",
          "                             (a number from 0 to 1)",
          "  --min-unattributed-words N also report unattributed quotes of at least N words",
          "  --no-reported-speech       leave out indirect and mixed quotations (reported by",
          "                             default; --reported-speech is accepted)",
          "  --quotation-marks NAME[,NAME...]",
          "                             the quotation marks that delimit quotations, as the",
          "                             CLI's option (default: english)",
          "  --partitions N             process the documents in N partitions (default: an",
          "                             input of few files in 4 even partitions per core, else",
          "                             as read)",
          "  -h, --help                 print this help",
          "");

  /** How many partitions per task slot the job reads its input in, when it may choose. */
  static final int SPLITS_PER_CORE = 4;

  /** The Spark SQL option for the size of file splits. */
  static final String MAX_PARTITION_BYTES = "spark.sql.files.maxPartitionBytes";

  /** Spark's default for {@link #MAX_PARTITION_BYTES}: 128 MB. */
  static final long DEFAULT_MAX_PARTITION_BYTES = 128L * 1024 * 1024;

  private SparkMain() {}

  /**
   * Runs the job with the active Spark session, or a new one that it stops at the end, and exits
   * with a non-zero code on failure.
   */
  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (UsageException e) {
      System.err.println("quotekit-spark: " + e.getMessage());
      System.err.print(USAGE);
      System.exit(2);
      return;
    }
    if (options == null) {
      System.out.print(USAGE);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("quotekit").getOrCreate();
    int code;
    try {
      code = run(spark, options, System.err);
    } finally {
      spark.stop();
    }
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Parses the command line and runs the job in {@code spark}, which it leaves open.
   *
   * @return the exit code
   */
  static int run(SparkSession spark, String[] args, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (UsageException e) {
      err.println("quotekit-spark: " + e.getMessage());
      err.print(USAGE);
      return 2;
    }
    if (options == null) {
      err.print(USAGE);
      return 0;
    }
    return run(spark, options, err);
  }

  private static int run(SparkSession spark, Options options, PrintStream err) {
    RuntimeConfig conf = spark.conf();
    boolean splitSizeGiven = conf.contains(MAX_PARTITION_BYTES);
    try {
      if (spark.sparkContext().isLocal()) {
        // The driver is the executor: load the models on the idle core while Spark lists, infers
        // the schema and plans. The tasks then find them in Extractors (or wait for this build).
        Thread preload = new Thread(() -> Extractors.get(options.config), "quotekit-preload");
        preload.setDaemon(true);
        preload.start();
      }
      Dataset<Row> documents = documents(spark, options, !splitSizeGiven);
      Dataset<Row> quotes =
          options.jsonInput
              ? QuotekitSpark.quotesOfJsonLines(documents, options.config)
              : QuotekitSpark.quotes(
                  documents, options.idColumn, options.textColumn, options.config);
      if (options.jsonOutput) {
        quotes.write().mode(options.mode).option("ignoreNullFields", "false").json(options.output);
      } else {
        quotes.write().mode(options.mode).parquet(options.output);
      }
      return 0;
    } catch (Exception e) {
      // Spark reports missing inputs, missing columns and existing outputs as AnalysisException,
      // a checked exception that its Scala methods throw undeclared.
      err.println("quotekit-spark: " + e.getMessage());
      return 1;
    } finally {
      if (!splitSizeGiven) {
        conf.unset(MAX_PARTITION_BYTES);
      }
    }
  }

  /**
   * Returns the documents to extract, in partitions that keep every task slot busy to the end:
   * {@code --partitions} of them when given, else at least {@link #SPLITS_PER_CORE} per slot
   * (unless the input has more files than that). A JSON Lines input of few files is cut into
   * splits of equal size, which may set {@link #MAX_PARTITION_BYTES} in the session (when {@code
   * mayResize}; the caller unsets it after the job); other inputs of few files (Parquet, whose
   * row groups are its smallest splits, or compressed JSON) are repartitioned. JSON Lines
   * documents are those of {@link JsonLinesInput#read}: id, text and error.
   */
  static Dataset<Row> documents(SparkSession spark, Options options, boolean mayResize) {
    int parallelism = spark.sparkContext().defaultParallelism();
    int target = options.partitions > 0 ? options.partitions : SPLITS_PER_CORE * parallelism;
    // Few files read in Spark's default splits give few or uneven partitions (a 30 MB file on
    // two cores: 17 and 13 MB), and one core idles at the end. Extraction costs far more per
    // byte than reading, so cut the files into target splits of equal size instead.
    InputFiles files = InputFiles.of(spark, options.input, target);
    boolean splitEvenly =
        options.jsonInput
            && mayResize
            && files != null
            && files.count() < target
            && !files.compressed();
    if (splitEvenly) {
      long split = Math.max(1, (files.bytes() + target - 1) / target);
      if (split < DEFAULT_MAX_PARTITION_BYTES) {
        spark.conf().set(MAX_PARTITION_BYTES, split);
      } else {
        splitEvenly = false;
      }
    }
    Dataset<Row> documents =
        options.jsonInput
            ? JsonLinesInput.read(
                spark, options.input, ArticleJson.of(options.idColumn, options.textColumn))
            : spark.read().parquet(options.input);
    int current = documents.rdd().getNumPartitions();
    boolean repartition =
        options.partitions > 0
            ? current != options.partitions
            // Parquet splits no finer than its row groups (often one per file) and compressed
            // JSON not at all: spread the documents of few such files evenly.
            : !splitEvenly && (files == null || files.count() < target) && current < target;
    if (repartition) {
      // Only the two columns (and the error of a JSON line) go through the shuffle.
      documents =
          options.jsonInput
              ? documents.repartition(target)
              : documents
                  .select(documents.col(options.idColumn), documents.col(options.textColumn))
                  .repartition(target);
    }
    return documents;
  }

  /** A command line that cannot be run. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /**
   * The parsed command line, filled by picocli. The extractor's options are checked by {@link
   * ExtractorSpec#with(String, String)}, as the CLI's are, and worded alike.
   */
  @Command(name = "quotekit-spark")
  static final class Options {
    @Spec private CommandSpec command;

    @Option(names = "--input", paramLabel = "PATH")
    String input;

    @Option(names = "--output", paramLabel = "PATH")
    String output;

    boolean jsonInput;
    boolean jsonOutput;
    SaveMode mode = SaveMode.ErrorIfExists;
    String idColumn = QuotekitSpark.DEFAULT_ID_COLUMN;
    String textColumn = QuotekitSpark.DEFAULT_TEXT_COLUMN;
    ExtractorConfig config = ExtractorConfig.defaults();
    int partitions;
    private String inputFormat;

    @Option(
        names = {"-h", "--help"},
        arity = "0")
    private boolean help;

    /** Returns the options, or null when help was asked for. */
    static Options parse(String[] args) throws UsageException {
      Options options = new Options();
      try {
        new CommandLine(options)
            .setExpandAtFiles(false)
            .setOverwrittenOptionsAllowed(true)
            .parseArgs(args);
      } catch (ParameterException e) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
          return null;
        }
        throw new UsageException(e.getMessage());
      }
      if (options.help) {
        return null;
      }
      if (options.input == null || options.input.isEmpty()) {
        throw new UsageException("--input is required");
      }
      if (options.output == null || options.output.isEmpty()) {
        throw new UsageException("--output is required");
      }
      options.jsonInput =
          options.inputFormat != null
              ? options.inputFormat.equals("jsonl")
              : looksLikeJson(options.input);
      return options;
    }

    @Option(names = "--input-format", paramLabel = "FORMAT")
    void inputFormat(String value) {
      inputFormat = oneOf("--input-format", value, "parquet", "jsonl");
    }

    @Option(names = "--output-format", paramLabel = "FORMAT")
    void outputFormat(String value) {
      jsonOutput = oneOf("--output-format", value, "parquet", "json").equals("json");
    }

    @Option(names = "--mode", paramLabel = "MODE")
    void mode(String value) {
      mode =
          switch (value) {
            case "error", "errorifexists" -> SaveMode.ErrorIfExists;
            case "overwrite" -> SaveMode.Overwrite;
            case "append" -> SaveMode.Append;
            case "ignore" -> SaveMode.Ignore;
            default -> throw invalid("--mode", value, "expected error, overwrite, append or ignore");
          };
    }

    @Option(names = "--id-column", paramLabel = "NAME")
    void idColumn(String value) {
      idColumn = nonEmpty("--id-column", value);
    }

    @Option(names = "--text-column", paramLabel = "NAME")
    void textColumn(String value) {
      textColumn = nonEmpty("--text-column", value);
    }

    @Option(names = "--partitions", paramLabel = "N")
    void partitions(String value) {
      try {
        partitions = Integer.parseInt(value.trim());
      } catch (NumberFormatException e) {
        partitions = 0;
      }
      if (partitions < 1) {
        throw invalid("--partitions", value, "expected a whole number >= 1");
      }
    }

    @Option(names = "--min-confidence", paramLabel = "X")
    void minConfidence(String value) {
      extractor("--min-confidence", ExtractorSpec.MIN_CONFIDENCE, value);
    }

    @Option(names = "--min-unattributed-words", paramLabel = "N")
    void minUnattributedWords(String value) {
      extractor("--min-unattributed-words", ExtractorSpec.MIN_UNATTRIBUTED_WORDS, value);
    }

    @Option(names = "--reported-speech", arity = "0")
    void reportedSpeech(boolean enabled) {
      extractor("--reported-speech", ExtractorSpec.REPORTED_SPEECH, Boolean.toString(enabled));
    }

    @Option(names = "--no-reported-speech", arity = "0")
    void noReportedSpeech(boolean disabled) {
      extractor("--no-reported-speech", ExtractorSpec.REPORTED_SPEECH, Boolean.toString(!disabled));
    }

    @Option(names = "--quotation-marks", paramLabel = "NAME[,NAME...]")
    void quotationMarks(String value) {
      extractor("--quotation-marks", ExtractorSpec.QUOTATION_MARKS, value);
    }

    /** Returns true for a path ending in .json, .jsonl or .ndjson, maybe compressed. */
    static boolean looksLikeJson(String path) {
      String lower =
          path.toLowerCase(Locale.ROOT).replaceAll("\\.(gz|bz2|zst|lz4|snappy|deflate)$", "");
      return lower.endsWith(".json") || lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
    }

    private void extractor(String option, String key, String value) {
      try {
        config = ExtractorConfig.of(config.spec().with(key, value));
      } catch (ExtractorSpec.InvalidValueException e) {
        throw invalid(option, value, e.problem());
      }
    }

    private String nonEmpty(String option, String value) {
      if (value.isEmpty()) {
        throw invalid(option, value, "expected a non-empty name");
      }
      return value;
    }

    private String oneOf(String option, String value, String... allowed) {
      if (List.of(allowed).contains(value)) {
        return value;
      }
      throw invalid(option, value, "expected " + String.join(" or ", allowed));
    }

    /** Worded as the CLI words it: {@code invalid value 'V' for option '--NAME' (PROBLEM)}. */
    private ParameterException invalid(String option, String value, String problem) {
      return new ParameterException(
          command.commandLine(),
          "invalid value '" + value + "' for option '" + option + "' (" + problem + ")");
    }
  }
}
