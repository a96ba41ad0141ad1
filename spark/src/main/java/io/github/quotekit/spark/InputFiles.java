package io.github.quotekit.spark;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The data files of an input path, as Spark reads them: the files that the path or glob names,
 * and those below the directories it names, without hidden ones ({@code _SUCCESS}, {@code .crc},
 * {@code _temporary/}).
 *
 * @param count how many files, or one more than the limit when there are more
 * @param bytes their total size (of the files counted)
 * @param compressed whether a counted file has a compression suffix (not split by Spark's JSON
 *     reader, except bzip2)
 */
record InputFiles(int count, long bytes, boolean compressed) {

  /**
   * Lists the files of {@code input}, stopping after {@code limit} + 1 files.
   *
   * @return the files, or null when they cannot be listed (Spark will report why when it reads)
   */
  static InputFiles of(SparkSession spark, String input, int limit) {
    try {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      FileStatus[] matches = fs.globStatus(path);
      if (matches == null || matches.length == 0) {
        return null;
      }
      Deque<FileStatus> pending = new ArrayDeque<>(List.of(matches));
      int count = 0;
      long bytes = 0;
      boolean compressed = false;
      while (!pending.isEmpty() && count <= limit) {
        FileStatus status = pending.pop();
        if (status.isDirectory()) {
          for (FileStatus child : fs.listStatus(status.getPath())) {
            if (!hidden(child.getPath().getName())) {
              pending.push(child);
            }
          }
        } else {
          count++;
          bytes += status.getLen();
          compressed |= compressed(status.getPath().getName());
        }
      }
      return new InputFiles(count, bytes, compressed);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Spark's rule for the files and directories it skips when it lists a directory. */
  private static boolean hidden(String name) {
    return (name.startsWith("_") && !name.contains("=")) || name.startsWith(".");
  }

  private static boolean compressed(String name) {
    return name.toLowerCase(Locale.ROOT).matches(".*\\.(gz|bz2|zst|lz4|snappy|deflate|xz)$");
  }
}
