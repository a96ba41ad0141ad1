package io.github.quotekit.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes made-up news articles from a seed: a headline, narrative paragraphs and quotations in the
 * attribution patterns of news copy (“…,” Name said / said Name, description / Name said: “…” /
 * split and multi-paragraph quotes / according to / statements, tweets, sign-off dashes / scare
 * quotes and unbalanced marks), with invented people, places and organisations, curly and
 * straight marks, accents and characters outside the Basic Multilingual Plane. The same seed
 * gives the same article.
 */
final class NewsGenerator {

  private static final String[] GIVEN =
      {"Marta", "Idris", "Soren", "Yuki", "Bettina", "Kwame", "Ottilie", "Ravi", "Zoë", "Hakon",
       "Paloma", "Declan", "Ines", "Farid", "Greta", "Teodor"};
  private static final String[] FAMILY =
      {"Quennell", "Abernathy", "Okafor", "Lindqvist", "Delacroix-Baum", "Ferreira", "Tamsin",
       "Øvergaard", "Mbeki", "Castellano", "Wexley", "Pruitt", "Oyelaran", "Kestrel"};
  private static final String[] TITLES =
      {"", "", "", "", "Sen. ", "Mayor ", "Dr. ", "Rep. ", "Gov. ", "Judge ", "Chief ", "Ms. ",
       "Mr. ", "Commissioner "};
  private static final String[] ROLES =
      {", a spokeswoman for the Brindle County Water Board,", ", D-Vt.,", " (R-Kan.)",
       ", who chairs the Saltmarsh Rail Authority,", ", 61,", ", an economist at Harwick College,",
       ", the union's treasurer,", ", a retired ferry captain,"};
  private static final String[] ORGS =
      {"the Brindle County Water Board", "the Saltmarsh Rail Authority", "Harwick College",
       "the Department of Coastal Works", "Northvale Energy", "the Ferrow Valley School District"};
  private static final String[] GROUPS =
      {"officials", "residents", "analysts", "the council", "a person familiar with the talks",
       "investigators"};
  private static final String[] PLACES =
      {"Ferrow Valley", "Saltmarsh", "Port Embry", "Kellsbridge", "Upper Brindle", "Osk Harbor"};
  private static final String[] VERBS =
      {"said", "said", "said", "told reporters", "added", "warned", "explained", "said Monday",
       "insisted", "wrote", "recalled", "says"};
  private static final String[] SUBJECTS =
      {"We", "The board", "Nobody here", "This town", "Our crews", "The budget", "The bridge",
       "Every family on this street", "I", "They", "The new schedule", "That vote"};
  private static final String[] PREDICATES =
      {"cannot wait another winter", "will be ready by the spring", "has been patient long enough",
       "never asked for any of this", "deserves a straight answer", "is not for sale",
       "was built for a smaller town", "will keep the lights on", "needs more than promises",
       "has to start somewhere", "owes the taxpayers an apology", "is finally moving"};
  private static final String[] TAILS =
      {"", "", "", " at all", " this year", ", and everybody knows it", " — not next year, now",
       " after what happened in ’09", " 🚢", " (and then some)", " in Åkersberg", ", frankly"};
  private static final String[] NARRATIVE =
      {"The proposal would cost about $%d million over %d years.",
       "Turnout at the hearing was the highest since %d, according to the clerk's office.",
       "The measure passed %d-%d after a debate that ran past midnight.",
       "Work on the %d-foot span is expected to take %d months.",
       "Ridership fell by %d percent last year and has not recovered, records show for %d routes."};
  private static final String[] SCARE =
      {"the so-called “%s plan”", "what critics call the “%s tax”", "a “%s” compromise",
       "the \"%s\" option"};

  private final Random random;

  private NewsGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** Returns the article of {@code seed}. */
  static String article(long seed) {
    return new NewsGenerator(seed).write();
  }

  /** Returns {@code count} articles, from seeds {@code first, first + 1, ...}. */
  static List<String> articles(long first, int count) {
    List<String> articles = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      articles.add(article(first + i));
    }
    return articles;
  }

  private String write() {
    int kind = random.nextInt(40);
    if (kind == 0) {
      return "";
    }
    if (kind == 1) {
      return "  \n\n \t\n";
    }
    List<String> people = new ArrayList<>();
    int cast = 1 + random.nextInt(3);
    for (int i = 0; i < cast; i++) {
      people.add(pick(GIVEN) + " " + pick(FAMILY));
    }
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(headline());
    int length = 2 + random.nextInt(9);
    for (int i = 0; i < length; i++) {
      paragraphs.add(paragraph(people));
    }
    if (kind == 2) {
      // An unbalanced opening mark somewhere in the middle.
      int at = 1 + random.nextInt(paragraphs.size() - 1);
      paragraphs.set(at, "“" + paragraphs.get(at));
    }
    String separator = random.nextInt(10) == 0 ? "\r\n\r\n" : "\n\n";
    return String.join(separator, paragraphs);
  }

  private String headline() {
    return pick(PLACES) + " " + pick(new String[] {"weighs", "approves", "delays", "rejects"}) + " "
        + pick(new String[] {"ferry levy", "bridge repairs", "school merger", "rail link"});
  }

  private String paragraph(List<String> people) {
    String person = pick(people);
    String surname = person.substring(person.lastIndexOf(' ') + 1);
    String pronoun = random.nextBoolean() ? "she" : "he";
    String open = random.nextInt(6) == 0 ? "\"" : "“";
    String close = open.equals("\"") ? "\"" : "”";
    return switch (random.nextInt(16)) {
      case 0, 1 -> open + sentence(",") + close + " " + person + " " + pick(VERBS) + ".";
      case 2 -> open + sentence(",") + close + " said " + pick(TITLES) + person + pick(ROLES) + " "
          + "during " + pick(new String[] {"a news conference", "the hearing", "an interview"})
          + ".";
      case 3 -> pick(TITLES) + person + " said: " + open + sentence(".") + " " + sentence(".")
          + close;
      case 4 -> open + sentence(",") + close + " " + pronoun + " said. " + open + sentence(".")
          + close;
      case 5 -> "According to " + pick(ORGS) + ", " + open + lower(sentence("")) + "." + close;
      case 6 -> capital(pick(ORGS)) + " said in a statement that " + open + lower(sentence(""))
          + "." + close;
      case 7 -> open + sentence(".") + "\n\n" + open + sentence(",") + close + " " + surname
          + " added.";
      case 8 -> open + sentence(".") + close + " — " + person;
      case 9 -> person + " tweeted: " + open + sentence("!") + close;
      case 10 -> capital(pick(GROUPS)) + " said " + pick(ORGS) + " would back "
          + String.format(pick(SCARE), pick(new String[] {"harbor", "green", "fair share"}))
          + " next month.";
      case 11 -> open + sentence("?") + close + " asked " + surname + ". " + open
          + sentence(".") + close;
      case 12 -> capital(pick(GROUPS)) + " " + pick(VERBS) + " " + open + lower(sentence(""))
          + close + " and would not comment further.";
      default -> String.format(pick(NARRATIVE), 2 + random.nextInt(90), 1 + random.nextInt(30));
    };
  }

  private String sentence(String end) {
    return pick(SUBJECTS) + " " + pick(PREDICATES) + pick(TAILS) + end;
  }

  private static String lower(String s) {
    return s.startsWith("I ") ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }

  private String pick(List<String> options) {
    return options.get(random.nextInt(options.size()));
  }
}
