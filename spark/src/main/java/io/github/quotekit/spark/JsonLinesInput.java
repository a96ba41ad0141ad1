package io.github.quotekit.spark;

import com.google.gson.JsonPrimitive;
import io.github.quotekit.jsonl.ArticleJson;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Reads JSON Lines documents as the CLI reads them: each line by {@link ArticleJson#readLine}, so
 * that a line gives the CLI's id (a missing one is the line number within its file) and, when it
 * is not an article, the CLI's error ({@code line 3: malformed JSON at column 9}).
 *
 * <p>The result has three columns: the id, the text (null when the line is not an article) and
 * the error (null when it is); a blank line gives no row. The id column is a {@code bigint} when
 * every id of the input is a whole number (a line number is one), as Spark's own JSON reader
 * infers it, else a {@code string}: the id as written ({@code 1.50}, {@code a-1}).
 *
 * <p>Spark reads a file in splits, and a line number needs the lines before it: a first pass
 * counts the lines of each split (and looks at the ids), the second reads the articles. Lines end
 * at {@code \n}, a {@code \r} before it is dropped, as in the CLI.
 */
final class JsonLinesInput {

  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)");

  private JsonLinesInput() {}

  /**
   * Returns the documents of the JSON Lines files of {@code input}, in the splits Spark reads them
   * in (the session's {@code spark.sql.files.maxPartitionBytes}).
   *
   * @param reader the reader of a line, with the id and text fields
   */
  static Dataset<Row> read(SparkSession spark, String input, ArticleJson reader) {
    Dataset<Row> lines =
        spark
            .read()
            .option("lineSep", "\n")
            .text(input)
            .select(
                functions.input_file_name(),
                functions.expr("input_file_block_start()"),
                functions.col("value"));
    List<SplitLines> splits = lines.toJavaRDD().mapPartitions(new CountLines(reader)).collect();
    boolean wholeIds = splits.stream().allMatch(SplitLines::wholeIds);
    StructType schema =
        new StructType(
            new StructField[] {
              DataTypes.createStructField(
                  "id", wholeIds ? DataTypes.LongType : DataTypes.StringType, true),
              DataTypes.createStructField("text", DataTypes.StringType, true),
              DataTypes.createStructField("error", DataTypes.StringType, true)
            });
    return lines.mapPartitions(
        new ReadArticles(reader, linesBefore(splits), wholeIds), Encoders.row(schema));
  }

  /** Where a split starts: its file and its first byte. */
  record Split(String file, long start) implements Serializable {
    private static final long serialVersionUID = 1L;

    static Split of(Row line) {
      return new Split(line.getString(0), line.getLong(1));
    }
  }

  /** How many lines a split holds, and whether all their ids are whole numbers. */
  record SplitLines(Split split, long lines, boolean wholeIds) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** Returns, for each split, how many lines of its file come before it. */
  static Map<Split, Long> linesBefore(List<SplitLines> splits) {
    List<SplitLines> ordered = new ArrayList<>(splits);
    ordered.sort(
        Comparator.comparing((SplitLines s) -> s.split().file())
            .thenComparingLong(s -> s.split().start()));
    Map<Split, Long> before = new HashMap<>();
    String file = null;
    long count = 0;
    for (SplitLines split : ordered) {
      if (!split.split().file().equals(file)) {
        file = split.split().file();
        count = 0;
      }
      before.put(split.split(), count);
      count += split.lines();
    }
    return before;
  }

  /** Returns the line without the {@code \r} of a {@code \r\n} line end. */
  private static String withoutCarriageReturn(String line) {
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  /** Returns whether an id can be a {@code bigint}: a whole number that fits in one. */
  private static boolean whole(JsonPrimitive id) {
    if (!WHOLE_NUMBER.matcher(id.getAsString()).matches()) {
      return false;
    }
    try {
      Long.parseLong(id.getAsString());
      return true;
    } catch (NumberFormatException tooLarge) {
      return false;
    }
  }

  /** The first pass: the lines of each split of a partition. */
  private static final class CountLines implements FlatMapFunction<Iterator<Row>, SplitLines> {
    private static final long serialVersionUID = 1L;

    private final ArticleJson reader;

    CountLines(ArticleJson reader) {
      this.reader = reader;
    }

    @Override
    public Iterator<SplitLines> call(Iterator<Row> lines) {
      Map<Split, long[]> counts = new HashMap<>();
      Map<Split, Boolean> wholeIds = new HashMap<>();
      while (lines.hasNext()) {
        Row line = lines.next();
        Split split = Split.of(line);
        long number = ++counts.computeIfAbsent(split, s -> new long[1])[0];
        // The line number is not known yet; a default id is a line number, whole either way.
        Optional<JsonPrimitive> id =
            reader
                .readLine(withoutCarriageReturn(line.getString(2)), Math.toIntExact(number))
                .flatMap(
                    read ->
                        read instanceof ArticleJson.Article article
                            ? Optional.of(article.id())
                            : ((ArticleJson.Invalid) read).id());
        boolean whole = id.map(JsonLinesInput::whole).orElse(true);
        wholeIds.merge(split, whole, Boolean::logicalAnd);
      }
      List<SplitLines> result = new ArrayList<>();
      counts.forEach(
          (split, count) -> result.add(new SplitLines(split, count[0], wholeIds.get(split))));
      return result.iterator();
    }
  }

  /** The second pass: each non-blank line as a row (id, text, error). */
  private static final class ReadArticles implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final ArticleJson reader;
    private final Map<Split, Long> linesBefore;
    private final boolean wholeIds;

    ReadArticles(ArticleJson reader, Map<Split, Long> linesBefore, boolean wholeIds) {
      this.reader = reader;
      this.linesBefore = new HashMap<>(linesBefore);
      this.wholeIds = wholeIds;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> lines) {
      Map<Split, long[]> seen = new HashMap<>();
      return new Iterator<>() {
        private Row next;

        @Override
        public boolean hasNext() {
          while (next == null && lines.hasNext()) {
            Row line = lines.next();
            Split split = Split.of(line);
            long inSplit = ++seen.computeIfAbsent(split, s -> new long[1])[0];
            int number = Math.toIntExact(linesBefore.getOrDefault(split, 0L) + inSplit);
            next =
                reader
                    .readLine(withoutCarriageReturn(line.getString(2)), number)
                    .map(read -> row(read, number))
                    .orElse(null);
          }
          return next != null;
        }

        @Override
        public Row next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          Row row = next;
          next = null;
          return row;
        }
      };
    }

    private Row row(ArticleJson.Result read, int lineNumber) {
      if (read instanceof ArticleJson.Invalid invalid) {
        return RowFactory.create(
            invalid.id().map(this::id).orElse(null),
            null,
            ArticleJson.lineError(lineNumber, invalid.problem()));
      }
      ArticleJson.Article article = (ArticleJson.Article) read;
      return RowFactory.create(id(article.id()), article.text(), null);
    }

    private Object id(JsonPrimitive id) {
      return wholeIds ? (Object) Long.parseLong(id.getAsString()) : id.getAsString();
    }
  }
}
