package io.github.quotekit.benchmarks.eval;

import java.util.List;
import java.util.Random;

/** Writes random prediction files in every shape score.py accepts, for differential tests. */
final class RandomPredictions {

  private static final String[] NAMES = {
    "Piet Varga", "he", "", "Edda", "County", "Tomas Reyes", "the mayor", "Mara Kohl's", "PRIYA"
  };

  private RandomPredictions() {}

  static String jsonl(List<GoldDocument> gold, Random random) {
    StringBuilder sb = new StringBuilder();
    for (GoldDocument doc : gold) {
      if (random.nextInt(5) == 0) {
        continue;
      }
      int len = doc.text().length();
      sb.append("{\"id\": \"").append(doc.idString()).append("\", \"quotes\": [");
      int n = random.nextInt(9);
      for (int i = 0; i < n; i++) {
        long b;
        long e;
        if (!doc.quotes().isEmpty() && random.nextBoolean()) {
          Interval g = doc.quotes().get(random.nextInt(doc.quotes().size())).span();
          b = g.begin() + random.nextInt(7) - 3;
          e = random.nextInt(3) == 0 ? b + (g.length() + 1) / 2 : g.end() + random.nextInt(7) - 3;
        } else {
          b = random.nextInt(len + 6) - 3;
          e = b + random.nextInt(45) - 2;
        }
        sb.append(i > 0 ? ", " : "").append(quote(b, e, len, random));
      }
      sb.append("]}\n");
    }
    return sb.toString();
  }

  private static String quote(long b, long e, int len, Random random) {
    String span;
    switch (random.nextInt(6)) {
      case 0 -> span = "\"charBegin\": " + b + ", \"charEnd\": " + e;
      case 1 -> span = "\"start\": " + b + ", \"end\": " + e;
      case 2 -> span = "\"span\": [" + b + ", " + e + "]";
      case 3 -> span = "\"span\": {\"begin\": " + b + ", \"end\": " + e + "}";
      default -> span = "\"begin\": " + b + ", \"end\": " + e;
    }
    String mention;
    if (random.nextInt(3) == 0) {
      mention = "\"speakerMention\": null";
    } else {
      long mb = random.nextInt(len);
      String pair = "[" + mb + ", " + (mb + random.nextInt(25)) + "]";
      String key = random.nextBoolean() ? "speakerMention" : "speaker_mention";
      mention = "\"" + key + "\": " + (random.nextBoolean() ? pair : "{\"span\": " + pair + "}");
    }
    String name;
    int pick = random.nextInt(NAMES.length + 2);
    if (pick >= NAMES.length) {
      name = "\"speaker\": null";
    } else if (random.nextBoolean()) {
      name = "\"speaker\": {\"name\": \"" + NAMES[pick] + "\"}";
    } else {
      name = "\"speakerName\": \"" + NAMES[pick] + "\"";
    }
    return "{" + span + ", " + mention + ", " + name + "}";
  }
}
