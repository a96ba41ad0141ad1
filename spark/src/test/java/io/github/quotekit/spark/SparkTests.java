package io.github.quotekit.spark;

import io.github.quotekit.Cue;
import io.github.quotekit.Extraction;
import io.github.quotekit.Mention;
import io.github.quotekit.Quote;
import io.github.quotekit.QuoteExtractor;
import io.github.quotekit.Speaker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;

/** Shared pieces of the Spark tests: the local session, expected rows and row comparison. */
final class SparkTests {

  private SparkTests() {}

  /**
   * Returns a new local Spark session with two task threads, bound to the loopback address, with
   * no UI and small shuffles. Each test class makes one and stops it after its tests.
   */
  static SparkSession session(Class<?> testClass) {
    Path warehouse;
    try {
      warehouse = Files.createTempDirectory("quotekit-spark-warehouse");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return SparkSession.builder()
        .master("local[2]")
        .appName(testClass.getSimpleName())
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .config("spark.sql.warehouse.dir", warehouse.toUri().toString())
        .getOrCreate();
  }

  /**
   * Returns what the plain Java extractor finds in {@code text}, one map per quote from column
   * name to value, written independently of the module's own conversion: {@code doc_id}, the
   * quote's fields and a null {@code error}.
   */
  static List<Map<String, Object>> expected(Object docId, String text, QuoteExtractor extractor) {
    Extraction extraction = extractor.extract(text);
    List<Map<String, Object>> rows = new ArrayList<>();
    int index = 0;
    for (Quote quote : extraction.quotes()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("doc_id", docId);
      row.put("quote_index", index++);
      row.put("text", quote.text());
      row.put("begin", quote.span().begin());
      row.put("end", quote.span().end());
      row.put("type", quote.type().name());
      Optional<Speaker> speaker = quote.speaker();
      row.put("speaker_id", speaker.isPresent() ? speaker.get().id() : null);
      row.put("speaker_name", speaker.isPresent() ? speaker.get().name() : null);
      row.put("speaker_kind", speaker.isPresent() ? speaker.get().kind().toString() : null);
      row.put("speaker_title", speaker.flatMap(Speaker::title).orElse(null));
      row.put("speaker_description", speaker.flatMap(Speaker::description).orElse(null));
      row.put("speaker_party", speaker.flatMap(Speaker::party).orElse(null));
      row.put("speaker_state", speaker.flatMap(Speaker::state).orElse(null));
      row.put("speaker_role", speaker.flatMap(Speaker::role).orElse(null));
      row.put("speaker_organization", speaker.flatMap(Speaker::organization).orElse(null));
      Optional<Mention> mention = quote.speakerMention();
      row.put("mention_text", mention.isPresent() ? mention.get().text() : null);
      row.put("mention_begin", mention.isPresent() ? mention.get().span().begin() : null);
      row.put("mention_end", mention.isPresent() ? mention.get().span().end() : null);
      Optional<Cue> cue = quote.cue();
      row.put("cue_text", cue.isPresent() ? cue.get().text() : null);
      row.put("cue_begin", cue.isPresent() ? cue.get().span().begin() : null);
      row.put("cue_end", cue.isPresent() ? cue.get().span().end() : null);
      row.put("cue_lemma", cue.isPresent() ? cue.get().lemma() : null);
      row.put(
          "confidence",
          new BigDecimal(quote.confidence()).setScale(3, RoundingMode.HALF_UP).doubleValue());
      row.put("rule", quote.rule());
      row.put("channel", quote.channel().toString());
      row.put("group", quote.group());
      row.put("joined_by", quote.joinedBy().isPresent() ? quote.joinedBy().get().toString() : null);
      row.put("error", null);
      rows.add(row);
    }
    return rows;
  }

  /** Returns the expected rows of several documents, in document then quote order. */
  static List<Map<String, Object>> expected(List<Document> documents, QuoteExtractor extractor) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Document document : documents) {
      rows.addAll(expected(document.id(), document.text(), extractor));
    }
    return rows;
  }

  /**
   * Returns the rows as maps from column name to value, sorted by document (in the order of
   * {@code documentOrder}'s ids) and quote index.
   */
  static List<Map<String, Object>> maps(List<Row> rows, List<?> documentOrder) {
    List<Map<String, Object>> maps = new ArrayList<>();
    for (Row row : rows) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (StructField field : row.schema().fields()) {
        map.put(field.name(), row.get(row.fieldIndex(field.name())));
      }
      maps.add(map);
    }
    Map<Object, Integer> positions = new java.util.HashMap<>();
    for (Object id : documentOrder) {
      positions.putIfAbsent(id, positions.size());
    }
    maps.sort(
        Comparator.<Map<String, Object>>comparingInt(
                m -> positions.getOrDefault(m.get("doc_id"), Integer.MAX_VALUE))
            .thenComparing(
                m -> (Integer) m.get("quote_index"),
                Comparator.nullsFirst(Comparator.naturalOrder())));
    return maps;
  }

  /** Returns the maps without the given keys. */
  static List<Map<String, Object>> without(List<Map<String, Object>> maps, String... keys) {
    List<Map<String, Object>> result = new ArrayList<>();
    for (Map<String, Object> map : maps) {
      Map<String, Object> copy = new LinkedHashMap<>(map);
      for (String key : keys) {
        copy.remove(key);
      }
      result.add(copy);
    }
    return result;
  }

  /** A document: its id and its text. */
  record Document(Object id, String text) {}
}
