package io.github.quotekit.benchmarks.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The made-up gold and prediction files under {@code src/test/resources/eval}. */
final class Fixtures {

  static final String GOLD = "gold.jsonl";
  static final String PRED = "predictions.jsonl";
  static final String SINGLE_GOLD = "single-gold.json";
  static final String SINGLE_PRED = "single-pred.json";

  private Fixtures() {}

  static Path path(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/eval/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String read(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/eval/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Scores score(String gold, String pred) {
    var docs = GoldDocument.load(path(gold));
    return Scorer.score(docs, Predictions.load(path(pred), docs));
  }
}
