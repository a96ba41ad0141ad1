package io.github.quotekit.spark;

import java.io.PrintStream;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

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
 * {@code error}.
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
          QuotekitSpark.quotes(documents, options.idColumn, options.textColumn, options.config);
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
   * row groups are its smallest splits, or compressed JSON) are repartitioned.
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
            ? spark.read().json(options.input)
            : spark.read().parquet(options.input);
    int current = documents.rdd().getNumPartitions();
    boolean repartition =
        options.partitions > 0
            ? current != options.partitions
            // Parquet splits no finer than its row groups (often one per file) and compressed
            // JSON not at all: spread the documents of few such files evenly.
            : !splitEvenly && (files == null || files.count() < target) && current < target;
    if (repartition) {
      // Only the two columns go through the shuffle.
      documents =
          documents
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

  /** The parsed command line. */
  static final class Options {
    String input;
    String output;
    boolean jsonInput;
    boolean jsonOutput;
    SaveMode mode = SaveMode.ErrorIfExists;
    String idColumn = QuotekitSpark.DEFAULT_ID_COLUMN;
    String textColumn = QuotekitSpark.DEFAULT_TEXT_COLUMN;
    ExtractorConfig config = ExtractorConfig.defaults();
    int partitions;

    /** Returns the options, or null when help was asked for. */
    static Options parse(String[] args) throws UsageException {
      Options options = new Options();
      String inputFormat = null;
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        String name = arg;
        String value = null;
        int equals = arg.indexOf('=');
        if (arg.startsWith("--") && equals > 0) {
          name = arg.substring(0, equals);
          value = arg.substring(equals + 1);
        }
        switch (name) {
          case "-h", "--help" -> {
            return null;
          }
          case "--input",
              "--input-format",
              "--output",
              "--output-format",
              "--mode",
              "--id-column",
              "--text-column",
              "--min-confidence",
              "--min-unattributed-words",
              "--partitions" -> {
            if (value == null) {
              if (i + 1 >= args.length) {
                throw new UsageException(name + " needs a value");
              }
              value = args[++i];
            }
          }
          default -> throw new UsageException("unknown argument: " + arg);
        }
        switch (name) {
          case "--input" -> options.input = nonEmpty(name, value);
          case "--output" -> options.output = nonEmpty(name, value);
          case "--input-format" -> inputFormat = oneOf(name, value, "parquet", "jsonl");
          case "--output-format" ->
              options.jsonOutput = oneOf(name, value, "parquet", "json").equals("json");
          case "--mode" -> options.mode = mode(value);
          case "--id-column" -> options.idColumn = nonEmpty(name, value);
          case "--text-column" -> options.textColumn = nonEmpty(name, value);
          case "--min-confidence" -> {
            double confidence = number(name, value);
            if (!(confidence >= 0.0 && confidence <= 1.0)) {
              throw new UsageException(name + " must be a number from 0 to 1: " + value);
            }
            options.config = options.config.withMinConfidence(confidence);
          }
          case "--min-unattributed-words" -> {
            int words = integer(name, value);
            if (words < 0) {
              throw new UsageException(name + " must be >= 0: " + value);
            }
            options.config = options.config.withMinUnattributedWords(words);
          }
          case "--partitions" -> {
            options.partitions = integer(name, value);
            if (options.partitions < 1) {
              throw new UsageException(name + " must be >= 1: " + value);
            }
          }
          default -> throw new AssertionError(name);
        }
      }
      if (options.input == null) {
        throw new UsageException("--input is required");
      }
      if (options.output == null) {
        throw new UsageException("--output is required");
      }
      options.jsonInput =
          inputFormat != null ? inputFormat.equals("jsonl") : looksLikeJson(options.input);
      return options;
    }

    /** Returns true for a path ending in .json, .jsonl or .ndjson, maybe compressed. */
    static boolean looksLikeJson(String path) {
      String lower =
          path.toLowerCase(Locale.ROOT).replaceAll("\\.(gz|bz2|zst|lz4|snappy|deflate)$", "");
      return lower.endsWith(".json") || lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
    }

    private static String nonEmpty(String name, String value) throws UsageException {
      if (value.isEmpty()) {
        throw new UsageException(name + " must not be empty");
      }
      return value;
    }

    private static String oneOf(String name, String value, String... allowed)
        throws UsageException {
      for (String candidate : allowed) {
        if (candidate.equals(value)) {
          return value;
        }
      }
      throw new UsageException(
          name + " must be one of " + String.join(", ", allowed) + ": " + value);
    }

    private static SaveMode mode(String value) throws UsageException {
      return switch (value) {
        case "error", "errorifexists" -> SaveMode.ErrorIfExists;
        case "overwrite" -> SaveMode.Overwrite;
        case "append" -> SaveMode.Append;
        case "ignore" -> SaveMode.Ignore;
        default ->
            throw new UsageException(
                "--mode must be one of error, overwrite, append, ignore: " + value);
      };
    }

    private static double number(String name, String value) throws UsageException {
      try {
        return Double.parseDouble(value.trim());
      } catch (NumberFormatException e) {
        throw new UsageException(name + " is not a number: " + value);
      }
    }

    private static int integer(String name, String value) throws UsageException {
      try {
        return Integer.parseInt(value.trim());
      } catch (NumberFormatException e) {
        throw new UsageException(name + " is not an integer: " + value);
      }
    }
  }
}
