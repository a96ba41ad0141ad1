package io.github.quotekit;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

/**
 * Builds random news-like articles from a seed, out of fragments of the attribution patterns
 * quotekit reads (“…,” Name said. / Name said: “…” / split and multi-paragraph quotes / according
 * to / sign-off dashes / partial and scare quotes) with made-up names, titles, pronouns, straight,
 * curly and unbalanced marks, apostrophes and random noise. A failing property names its seed;
 * {@link #article(long)} rebuilds the text from it.
 */
public final class RandomNewsArticles {
  private static final List<String> FIRST_NAMES =
      List.of("Ana", "Omar", "Dana", "Lena", "Tom", "Ines", "Priya", "Nils", "Gwen", "Luis");
  private static final List<String> SURNAMES =
      List.of(
          "Ruiz",
          "Vance",
          "Ortiz",
          "Brook",
          "Ash",
          "Darrow",
          "Voss",
          "Harrow",
          "O’Neill",
          "Halloran",
          "Quell");
  private static final List<String> TITLES =
      List.of(
          "",
          "",
          "",
          "Sen. ",
          "Mayor ",
          "Dr. ",
          "Rep. ",
          "Gov. ",
          "Councilwoman ",
          "Capt. ",
          "Vice President ");
  private static final List<String> DESCRIPTIONS =
      List.of(
          "",
          "",
          "",
          ", D-Ore.,",
          ", a harbor pilot,",
          " (R-Ohio)",
          ", who runs the ferry,",
          ", director of the Lowfield Port Trust,",
          ", 54,");
  private static final List<String> GROUPS =
      List.of(
          "the Harbor Authority",
          "the Lowfield Port Trust",
          "the Commerce Department",
          "Commerce",
          "officials",
          "the mayor",
          "residents",
          "the council",
          "a source",
          "the engineer");
  private static final List<String> PRONOUNS = List.of("he", "she", "they", "it", "He", "She");
  private static final List<String> VERBS =
      List.of(
          "said",
          "said",
          "told reporters",
          "added",
          "tweeted",
          "warned",
          "wrote",
          "explained",
          "insisted",
          "says",
          "also said",
          "said on Tuesday");
  private static final List<String> QUOTE_WORDS =
      List.of(
          "we",
          "will",
          "not",
          "back",
          "down",
          "the",
          "harbor",
          "is",
          "full",
          "of",
          "mud",
          "don’t",
          "it's",
          "won't",
          "the ’90s",
          "Jones'",
          "rock 'n' roll",
          "we’ll",
          "6'2",
          "‘no’",
          "‘not in my harbor,’",
          "Ruiz",
          "Mayor",
          "said",
          "tide",
          "again",
          "—",
          "...",
          "!",
          "?",
          "ferry",
          "costs",
          "$48 million",
          "O’Neill’s",
          "I",
          "never",
          "said");
  private static final List<String> NARRATIVE_WORDS =
      List.of(
          "the",
          "council",
          "voted",
          "on",
          "Monday",
          "to",
          "dredge",
          "harbor",
          "town’s",
          "ferry",
          "crews",
          "Ortiz",
          "Vance",
          "Mayor",
          "the Joneses’",
          "dog",
          "since",
          "the ’90s",
          "plan",
          "so-called",
          "officials",
          "and",
          "in",
          "Port",
          "Calloway",
          "Nov.",
          "18",
          "(",
          ")",
          ",",
          "said",
          "Dr.",
          "Ruiz’s",
          "boats");
  private static final List<String> PARAGRAPH_BREAKS =
      List.of("\n\n", "\n\n", "\n\n", "\n\n", "\r\n\r\n", "\n \t\n", "\n\n\n", "\u2029", "\n", " ");
  private static final List<String> NOISE =
      List.of(
          "\uD800", "\uDFFF", "\u0000", "\u0007", "\u200B", "\uFEFF", "😀", "\u00A0", "\u2009",
          "\t", "\u2028", "\r", "“", "”", "\"", "‘", "’", "'", "«", "»", "„", "“”", "\"\"", ":",
          "—", ",", ".", " ");

  private final Random random;
  private final StringBuilder text = new StringBuilder();

  private RandomNewsArticles(long seed) {
    this.random = new Random(seed);
  }

  /** Returns {@code count} seeds derived from the fixed {@code masterSeed}. */
  public static LongStream seeds(long masterSeed, int count) {
    return new Random(masterSeed).longs(count);
  }

  /** Returns the article for {@code seed}: a few paragraphs of fragments, possibly none. */
  public static String article(long seed) {
    return new RandomNewsArticles(seed).build();
  }

  private String build() {
    int paragraphs = random.nextInt(9);
    for (int p = 0; p < paragraphs; p++) {
      if (p > 0) {
        text.append(pick(PARAGRAPH_BREAKS));
      }
      int sentences = 1 + random.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        if (s > 0) {
          text.append(random.nextInt(10) == 0 ? "" : " ");
        }
        fragment();
      }
    }
    if (random.nextInt(4) == 0) {
      text.append(pick(List.of("", " ", "\n", "\n\n", "“", "\"")));
    }
    return text.toString();
  }

  private void fragment() {
    switch (random.nextInt(14)) {
      case 0, 1 -> {
        quote(",");
        text.append(' ').append(speaker()).append(' ').append(pick(VERBS)).append('.');
      }
      case 2 -> {
        quote(",");
        text.append(' ')
            .append(pick(VERBS))
            .append(' ')
            .append(name())
            .append(pick(DESCRIPTIONS))
            .append('.');
      }
      case 3 -> {
        text.append(speaker())
            .append(' ')
            .append(pick(VERBS))
            .append(pick(List.of(": ", ", ", " ")));
        quote(".");
      }
      case 4 -> {
        text.append(speaker()).append(' ').append(pick(VERBS)).append(" the plan was ");
        quote(pick(List.of(".", "", ",")));
        text.append(random.nextBoolean() ? "" : " for years.");
      }
      case 5 -> {
        quote(",");
        text.append(' ').append(pick(PRONOUNS)).append(' ').append(pick(VERBS)).append(". ");
        quote(".");
      }
      case 6 -> {
        text.append(speaker()).append(" told the council:");
        int parts = 1 + random.nextInt(3);
        for (int i = 0; i < parts; i++) {
          text.append(pick(List.of("\n\n", "\n\n", "\r\n\r\n", "\n")));
          String open = pick(List.of("“", "“", "\""));
          text.append(open).append(words(QUOTE_WORDS, 3, 15)).append('.');
          if (i == parts - 1 && random.nextInt(4) > 0) {
            text.append(open.equals("\"") ? "\"" : "”");
          }
        }
      }
      case 7 -> {
        text.append("According to ").append(speaker()).append(", ");
        quote(".");
      }
      case 8 -> {
        quote(pick(List.of(".", "", "!")));
        text.append(pick(List.of(" — ", " – ", " -- ", " ―"))).append(name());
      }
      case 9 -> {
        text.append(words(NARRATIVE_WORDS, 2, 6)).append(" the so-called ");
        quote("");
        text.append(' ').append(words(NARRATIVE_WORDS, 0, 4)).append('.');
      }
      case 10 -> {
        text.append(pick(List.of("The paper quoted ", "The Courier cited ")))
            .append(name())
            .append(" as saying ");
        quote(".");
      }
      case 11 -> text.append(words(NOISE, 1, 12));
      default -> {
        text.append(capitalised(words(NARRATIVE_WORDS, 3, 14))).append('.');
      }
    }
  }

  /** Appends a quotation ending in {@code punctuation}, with marks of a random style. */
  private void quote(String punctuation) {
    String body = capitalised(words(QUOTE_WORDS, 1, 16)) + punctuation;
    int style = random.nextInt(20);
    String open;
    String close;
    if (style < 11) {
      open = "“";
      close = "”";
    } else if (style < 16) {
      open = "\"";
      close = "\"";
    } else if (style == 16) {
      open = "“";
      close = "";
    } else if (style == 17) {
      open = "";
      close = "”";
    } else if (style == 18) {
      open = "\"";
      close = "”";
    } else {
      open = "“";
      close = "“";
    }
    text.append(open).append(random.nextInt(15) == 0 ? " " : "").append(body).append(close);
  }

  private String speaker() {
    return switch (random.nextInt(5)) {
      case 0, 1 -> name() + pick(DESCRIPTIONS);
      case 2 -> pick(SURNAMES);
      case 3 -> pick(PRONOUNS);
      default -> capitalised(pick(GROUPS));
    };
  }

  private String name() {
    return pick(TITLES) + (random.nextInt(4) == 0 ? "" : pick(FIRST_NAMES) + " ") + pick(SURNAMES);
  }

  private String words(List<String> pool, int min, int max) {
    int count = min + random.nextInt(max - min + 1);
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        words.append(random.nextInt(12) == 0 ? pick(List.of("\u00A0", "  ", "\n", "")) : " ");
      }
      words.append(pick(pool));
    }
    return words.toString();
  }

  private String capitalised(String words) {
    if (words.isEmpty() || !Character.isLowerCase(words.charAt(0)) || random.nextInt(8) == 0) {
      return words;
    }
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private <T> T pick(List<T> pool) {
    return pool.get(random.nextInt(pool.size()));
  }
}
