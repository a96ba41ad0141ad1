package io.github.quotekit.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Made-up news articles for the speed benchmarks, built from a seed: a fictional town's council,
 * harbor and courts, with invented names, titles and organisations, quoted in the patterns
 * quotekit reads (“…,” Name said / Name said: “…” / split quotes / according to / partial quotes
 * / pronouns) and narrative paragraphs in between. Names and some nouns are invented from
 * syllables, so that a stream of articles keeps bringing words the tokenizer and tagger have not
 * seen, as real news does. The same seed and size always give the same text.
 */
public final class Articles {
  private static final String[] SYLLABLES = {
    "bran", "ni", "gan", "os", "ei", "var", "ga", "lo", "mar", "tel", "wyn", "del", "ka", "ro",
    "sen", "tu", "vik", "ha", "len", "qui", "mo", "dra", "fen", "is", "or", "ba", "lu", "che",
    "pa", "zor", "ine", "ath", "wel", "cor", "bee", "ny", "stra", "hol", "dun", "ves"
  };
  private static final String[] TITLES = {
    "Mayor", "Sen.", "Rep.", "Gov.", "Dr.", "Councilwoman", "Councilman", "Police Chief", "Judge",
    "Harbor Master", "Superintendent", "Commissioner", "Deputy Mayor", "Prof."
  };
  private static final String[] ROLES = {
    "a harbor pilot", "the town's chief engineer", "a retired ferry captain", "a spokeswoman for the"
        + " council", "an economist at Westmere University", "the president of the fishermen's"
        + " union", "a lawyer for the families", "the head of the parents' association",
    "a member of the planning board", "the owner of a bakery on Front Street"
  };
  private static final String[] ORGANISATIONS = {
    "the Harbor Authority", "the town council", "the Port Trust", "the county court",
    "the Department of Public Works", "the school board", "the state Environmental Agency",
    "the Chamber of Commerce", "the fishermen's union", "the Lowmoor Gazette"
  };
  private static final String[] SUBJECTS = {
    "the seawall", "the new budget", "the ferry schedule", "the bridge repairs", "the school merger",
    "the harbor dredging", "the parking plan", "the tax increase", "the flood maps",
    "the water rates", "the housing project", "the library hours", "the wind farm", "the bus line"
  };
  private static final String[] VERBS = {
    "will cost", "cannot wait for", "does not solve", "was never meant to replace", "has to cover",
    "will protect", "puts at risk", "leaves out", "depends on", "should have included",
    "is going to change", "came too late for", "might finally fix", "ignores"
  };
  private static final String[] OBJECTS = {
    "the families on the east side", "every small business in town", "the next storm",
    "our grandchildren", "the people who cross it every day", "the old fish market",
    "three generations of fishermen", "the children in these classrooms", "the summer visitors",
    "the budget we passed last year", "anyone who lives below the hill", "the night shift"
  };
  private static final String[] ADVERBIALS = {
    "this winter", "by the end of the year", "without a second vote", "if nothing changes",
    "before the next election", "at any price", "in the long run", "for the first time",
    "whatever the state decides", "until the money comes through"
  };
  private static final String[] CUES = {
    "said", "told reporters", "said in a statement", "wrote on Facebook", "told the Gazette",
    "said on Tuesday", "said after the vote", "added", "warned", "insisted"
  };
  private static final String[] DAYS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
  };

  private final Random random;
  private final List<String[]> people = new ArrayList<>();

  private Articles(long seed) {
    this.random = new Random(seed);
  }

  /**
   * Returns an article of about {@code chars} characters (never fewer, at most one paragraph
   * more), made up from {@code seed}.
   */
  public static String article(long seed, int chars) {
    return new Articles(seed).build(chars);
  }

  /** Returns {@code count} different articles of about {@code chars} characters each. */
  public static List<String> articles(long seed, int count, int chars) {
    List<String> articles = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      articles.add(article(seed * 1_000_003L + i, chars));
    }
    return articles;
  }

  private String build(int chars) {
    StringBuilder text = new StringBuilder();
    text.append(capitalise(pick(SUBJECTS).substring(4)))
        .append(" Splits ")
        .append(capitalise(place()))
        .append(" Council\n\n");
    text.append(place().toUpperCase(java.util.Locale.ROOT))
        .append(" — ")
        .append(capitalise(pick(ORGANISATIONS)))
        .append(" voted ")
        .append(5 + random.nextInt(4))
        .append('-')
        .append(random.nextInt(5))
        .append(" on ")
        .append(pick(DAYS))
        .append(" to borrow $")
        .append(2 + random.nextInt(40))
        .append(" million for ")
        .append(pick(SUBJECTS))
        .append('.');
    while (text.length() < chars) {
      text.append("\n\n").append(paragraph());
    }
    return text.toString();
  }

  private String paragraph() {
    String[] person = person();
    String name = person[0] + " " + person[1];
    String titled = person[2].isEmpty() ? name : person[2] + " " + name;
    return switch (random.nextInt(9)) {
      case 0 -> "“" + quote(",") + "” " + titled + " " + pick(CUES) + ".";
      case 1 -> "“" + quote(",") + "” said " + titled + ", " + pick(ROLES) + ".";
      case 2 -> titled + ", " + pick(ROLES) + ", said: “" + quote(".") + "”";
      case 3 -> "“" + quote(",") + "” " + person[1] + " said. “" + quote(".") + "”";
      case 4 -> "According to " + pick(ORGANISATIONS) + ", " + pick(SUBJECTS) + " "
          + pick(VERBS) + " " + pick(OBJECTS) + " " + pick(ADVERBIALS) + ".";
      case 5 -> titled + " called " + pick(SUBJECTS) + " “" + fragment() + ".”";
      case 6 -> "“" + quote(".") + " " + quote(",") + "” " + pronoun(person) + " "
          + pick(CUES) + ", adding that " + pick(SUBJECTS) + " " + pick(VERBS) + " "
          + pick(OBJECTS) + ".";
      case 7 -> narrative() + " " + narrative();
      default -> narrative() + " “" + quote(",") + "” " + titled + " " + pick(CUES) + " "
          + pick(ADVERBIALS) + ".";
    };
  }

  private String quote(String end) {
    String quote = capitalise(pick(SUBJECTS)) + " " + pick(VERBS) + " " + pick(OBJECTS);
    if (random.nextBoolean()) {
      quote += " " + pick(ADVERBIALS);
    }
    if (random.nextInt(3) == 0) {
      quote += ", and " + pick(new String[] {"we", "they", "I", "nobody"}) + " "
          + pick(new String[] {"know", "said", "will say", "cannot pretend"}) + " that "
          + pick(SUBJECTS) + " " + pick(VERBS) + " " + pick(OBJECTS);
    }
    return quote + end;
  }

  private String fragment() {
    return "a " + pick(new String[] {"burden", "gift", "mistake", "promise", "gamble", "lifeline"})
        + " for " + pick(OBJECTS);
  }

  private String narrative() {
    return switch (random.nextInt(4)) {
      case 0 -> capitalise(pick(ORGANISATIONS)) + " met on " + pick(DAYS) + " to discuss "
          + pick(SUBJECTS) + ", which " + pick(VERBS) + " " + pick(OBJECTS) + ".";
      case 1 -> "The " + invented() + " project, first proposed in " + (1990 + random.nextInt(35))
          + ", has cost $" + (100 + random.nextInt(900)) + ",000 so far.";
      case 2 -> "Residents of " + capitalise(place()) + " packed the hall, and "
          + (20 + random.nextInt(200)) + " of them signed a petition against " + pick(SUBJECTS)
          + ".";
      default -> "Work on " + pick(SUBJECTS) + " is expected to start " + pick(ADVERBIALS)
          + ", " + pick(ORGANISATIONS) + " said in a report released on " + pick(DAYS) + ".";
    };
  }

  /** A new person most of the time, or one already quoted: first, last name and title. */
  private String[] person() {
    if (!people.isEmpty() && random.nextInt(3) == 0) {
      return people.get(random.nextInt(people.size()));
    }
    String[] person = {
      capitalise(invented()), capitalise(invented()),
      random.nextInt(3) == 0 ? "" : pick(TITLES), random.nextBoolean() ? "she" : "he"
    };
    people.add(person);
    return person;
  }

  private static String pronoun(String[] person) {
    return person[3];
  }

  private String place() {
    return invented() + pick(new String[] {"moor", "ford", "port", "ton", "wick", " Bay"});
  }

  private String invented() {
    StringBuilder word = new StringBuilder();
    int syllables = 2 + random.nextInt(2);
    for (int i = 0; i < syllables; i++) {
      word.append(pick(SYLLABLES));
    }
    return word.toString();
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
