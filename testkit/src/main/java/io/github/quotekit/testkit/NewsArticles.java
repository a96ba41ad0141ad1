package io.github.quotekit.testkit;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Made-up news articles from a seeded {@link Random}: the same random gives the same articles.
 *
 * <p>They mix the quotation patterns of news wire copy (“…,” said Name; Name said: “…”; according
 * to; sign-offs; split and multi-paragraph quotations; pronouns and titles) with what breaks naive
 * rules: empty quotations, straight and exotic marks, unbalanced marks, quotations that open or end
 * the text and paragraphs dozens of sentences long. Every name, place and quotation is invented.
 */
final class NewsArticles {

  private static final List<String> FIRST_NAMES =
      List.of("Dana", "Ines", "Tomas", "Priya", "Walt", "Nadia", "Osman", "Gwen", "Lior", "Mae");
  private static final List<String> SURNAMES =
      List.of("Ortiz", "Marchetti", "Keverne", "Lindholm", "Dorrance", "Fairweather", "Osei",
          "Halvorsen", "Brandt-Okafor", "O’Malley");
  private static final List<String> TITLES =
      List.of("", "", "Sen. ", "Mayor ", "Dr. ", "Commissioner ", "Gov. ", "Rep. ", "Chief ",
          "Professor ");
  private static final List<String> GROUPS =
      List.of("the Harbor Authority", "officials", "the Fernhill Water District", "a spokesperson",
          "the union", "residents");
  private static final List<String> PRONOUNS = List.of("she", "he", "they");
  private static final List<String> CUES =
      List.of("said", "added", "told reporters", "wrote", "tweeted", "argued", "posted");
  private static final List<String> WORDS =
      List.of("we", "will", "not", "back", "down", "the", "harbor", "budget", "is", "a", "mess",
          "nobody", "asked", "for", "this", "vote", "ferries", "tonight", "really", "plan", "it’s",
          "our", "town", "money", "fine", "promise", "never", "again", "U.S.", "No.", "5");
  private static final List<String> NARRATION =
      List.of(
          "The council voted 5-2 late Monday.",
          "Work could begin next spring if state grants come through.",
          "The plan has divided the town for more than a year.",
          "Opponents point to the price tag, which has grown by a third.",
          "The meeting ran past midnight; several residents left early.",
          "Turnout was low (about 40 people) despite the rain.",
          "A vote on the second phase is expected in June...",
          "Asked about costs, the engineers declined to comment.");

  /** One paragraph shape; each draws its speaker and words from the random it is given. */
  private static final List<Function<Random, String>> PARAGRAPHS =
      List.of(
          r -> quote(r, ",") + " " + cue(r) + " " + person(r) + ".",
          r -> quote(r, ",") + " " + person(r) + " " + cue(r) + ".",
          r -> quote(r, ",") + " " + pick(r, PRONOUNS) + " said. " + quote(r, "."),
          r -> person(r) + " " + cue(r) + ": " + quote(r, "."),
          r -> "According to " + person(r) + ", " + quote(r, "."),
          r -> person(r) + " said the plan would “" + words(r, 1, 4) + ".”",
          r -> quote(r, ".") + " — " + person(r),
          r -> "And from " + person(r) + ": " + quote(r, "."),
          r -> person(r) + ", on Instagram: " + quote(r, "."),
          r -> "It is the so-called “" + words(r, 1, 3) + "” that worries " + pick(r, GROUPS) + ".",
          r -> "“" + words(r, 5, 20) + "\n\n" + quote(r, ".") + " " + pick(r, GROUPS) + " said.",
          r -> "“” " + cue(r) + " " + person(r) + ".",
          r -> "\"" + words(r, 2, 12) + ",\" " + pick(r, PRONOUNS) + " said.",
          r -> "“" + words(r, 1, 6) + "!!!” “" + words(r, 1, 6) + "?!” — " + person(r),
          r -> "«" + words(r, 2, 8) + "» „" + words(r, 2, 8) + "“ ‘" + words(r, 1, 4) + "’",
          r -> "“" + words(r, 3, 12) + ", " + cue(r) + " " + person(r) + ".",
          r -> "“…” " + person(r) + " said. “‘" + words(r, 1, 5) + "’ is what " + "they told us.”",
          NewsArticles::longParagraph,
          r -> pick(r, NARRATION),
          r -> pick(r, NARRATION) + " " + pick(r, NARRATION));

  private NewsArticles() {}

  /** Returns an article of one to twelve paragraphs, which may open or end with a quotation. */
  static String article(Random random) {
    StringBuilder article = new StringBuilder();
    int paragraphs = 1 + random.nextInt(12);
    for (int i = 0; i < paragraphs; i++) {
      if (i > 0) {
        article.append(random.nextInt(10) == 0 ? "\n" : "\n\n");
      }
      article.append(pick(random, PARAGRAPHS).apply(random));
    }
    return article.toString();
  }

  /**
   * Returns one article with {@code quotations} attributed quotations, in paragraphs of about a
   * hundred quotations each: long enough that a rule doing work quadratic in the article, or in a
   * paragraph, shows it.
   */
  static String largeArticle(Random random, int quotations) {
    StringBuilder article = new StringBuilder();
    for (int written = 0; written < quotations; written++) {
      article.append(quote(random, ",")).append(' ').append(cue(random)).append(' ')
          .append(person(random)).append(". ").append(pick(random, NARRATION));
      article.append(random.nextInt(100) == 0 ? "\n\n" : " ");
    }
    return article.toString();
  }

  /** A paragraph of 30 to 60 sentences with a quotation here and there. */
  private static String longParagraph(Random random) {
    StringBuilder paragraph = new StringBuilder();
    int sentences = 30 + random.nextInt(31);
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        paragraph.append(' ');
      }
      paragraph.append(
          random.nextInt(4) == 0
              ? person(random) + " " + cue(random) + " " + quote(random, ".")
              : pick(random, NARRATION));
    }
    return paragraph.toString();
  }

  /** A person with or without title, or a pronoun, as the subject of a cue. */
  private static String person(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> pick(random, PRONOUNS);
      case 1 -> pick(random, SURNAMES);
      case 2 -> pick(random, GROUPS);
      default -> pick(random, TITLES) + pick(random, FIRST_NAMES) + " " + pick(random, SURNAMES);
    };
  }

  private static String cue(Random random) {
    return pick(random, CUES);
  }

  /** A quotation in curly marks whose words end with {@code end}, inside the marks as in news. */
  private static String quote(Random random, String end) {
    return "“" + capitalized(words(random, 1, 25)) + end + "”";
  }

  private static String words(Random random, int min, int max) {
    StringBuilder words = new StringBuilder();
    int count = min + random.nextInt(max - min + 1);
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        words.append(random.nextInt(12) == 0 ? ", " : " ");
      }
      words.append(pick(random, WORDS));
    }
    return words.toString();
  }

  private static String capitalized(String words) {
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static <T> T pick(Random random, List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }
}
