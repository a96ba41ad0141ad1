package io.github.quotekit.internal.resolution;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a speaker's description says in structured form: party and state from a "R-Fla." tag, role
 * and organisation from an appositive ("executive vice president of the U.S. Chamber of
 * Commerce"), the age of "Dolores Pike, 78, a retired teacher".
 *
 * @param party "Republican", "Democratic" or "Independent", or empty
 * @param state the state spelled out, or empty
 * @param role the role, or empty
 * @param organization the role's organisation, or empty
 * @param age the age that leads the description, or empty
 * @param description the description without its age ("a retired teacher"), or empty
 */
record Affiliation(
    String party, String state, String role, String organization, OptionalInt age,
    String description) {
  private static final Pattern PARTY_STATE =
      Pattern.compile("\\(?\\s*([RDI])\\s*[-–,]\\s*([A-Z][A-Za-z. ]*?)\\s*\\)?");
  private static final Pattern STATE_ONLY = Pattern.compile("\\(?\\s*([A-Z][A-Za-z. ]*?)\\s*\\)?");
  private static final Pattern ROLE_OF =
      Pattern.compile(
          "^(?:(?:a|an|the)\\s+)?([^,]*?)\\s+(?:of|at|for|with|from)\\s+(?:the\\s+)?([A-Z][^,]*?)"
              + "(?:\\s+and\\s+(?:a|an|the)?\\s.*)?$");
  private static final Pattern AGE = Pattern.compile("^(\\d{1,3})(?:,\\s*(.*))?$");
  /** "a retired teacher", "the union steward at the plant": a role without organisation. */
  private static final Pattern PLAIN_ROLE =
      Pattern.compile("^(?:(?:a|an|the|his|her|their)\\s+)?((?:[a-z][a-z-]*\\s+){0,3}[a-z][a-z-]*)"
          + "(?:\\s+(?:of|at|in|on|for|from|with|to)\\s.*)?$");
  private static final Map<String, String> PARTIES =
      Map.of("R", "Republican", "D", "Democratic", "I", "Independent");

  /** AP-style and postal abbreviations of the US states, by lower-case spelling without dots. */
  private static final Map<String, String> STATES = states();

  /** Longer descriptions are clauses, not appositives, and are not parsed. */
  private static final int MAX_DESCRIPTION = 160;

  static Affiliation parse(String description, String titleRole) {
    OptionalInt age = OptionalInt.empty();
    Matcher aged = AGE.matcher(description.strip());
    if (aged.matches()) {
      age = OptionalInt.of(Integer.parseInt(aged.group(1)));
      description = aged.group(2) == null ? "" : aged.group(2).strip();
    }
    if (description.length() > MAX_DESCRIPTION) {
      return new Affiliation("", "", titleRole, "", age, description);
    }
    String party = "";
    String state = "";
    String role = "";
    String organization = "";
    String rest = description.strip();
    // A leading tag, "R-Fla." or "D-N.Y., a member of ...", comes first.
    String first = rest.split(",", 2)[0].strip();
    Matcher tag = PARTY_STATE.matcher(first);
    if (tag.matches()) {
      party = PARTIES.get(tag.group(1));
      state = stateName(tag.group(2)).orElse("");
      rest = rest.length() > first.length() ? rest.substring(rest.indexOf(',') + 1).strip() : "";
    } else {
      Matcher alone = STATE_ONLY.matcher(first);
      if (alone.matches() && stateName(alone.group(1)).isPresent()) {
        state = stateName(alone.group(1)).get();
        rest = rest.length() > first.length() ? rest.substring(rest.indexOf(',') + 1).strip() : "";
      }
    }
    Matcher roleOf = ROLE_OF.matcher(rest);
    if (roleOf.matches() && !roleOf.group(1).isBlank()) {
      role = roleOf.group(1).strip();
      organization = roleOf.group(2).strip();
    }
    if (role.isEmpty()) {
      role = titleRole;
    }
    Matcher plain = PLAIN_ROLE.matcher(rest);
    if (role.isEmpty() && plain.matches()) {
      role = plain.group(1);
    }
    return new Affiliation(party, state, role, organization, age, description);
  }

  private static Optional<String> stateName(String abbreviation) {
    String key = abbreviation.replace(".", "").replace(" ", "").toLowerCase(Locale.ROOT);
    return Optional.ofNullable(STATES.get(key));
  }

  private static Map<String, String> states() {
    String[][] table = {
      {"Alabama", "ala", "al"}, {"Alaska", "alaska", "ak"}, {"Arizona", "ariz", "az"},
      {"Arkansas", "ark", "ar"}, {"California", "calif", "ca"}, {"Colorado", "colo", "co"},
      {"Connecticut", "conn", "ct"}, {"Delaware", "del", "de"}, {"Florida", "fla", "fl"},
      {"Georgia", "ga", "ga"}, {"Hawaii", "hawaii", "hi"}, {"Idaho", "idaho", "id"},
      {"Illinois", "ill", "il"}, {"Indiana", "ind", "in"}, {"Iowa", "iowa", "ia"},
      {"Kansas", "kan", "ks"}, {"Kentucky", "ky", "ky"}, {"Louisiana", "la", "la"},
      {"Maine", "maine", "me"}, {"Maryland", "md", "md"}, {"Massachusetts", "mass", "ma"},
      {"Michigan", "mich", "mi"}, {"Minnesota", "minn", "mn"}, {"Mississippi", "miss", "ms"},
      {"Missouri", "mo", "mo"}, {"Montana", "mont", "mt"}, {"Nebraska", "neb", "ne"},
      {"Nevada", "nev", "nv"}, {"New Hampshire", "nh", "nh"}, {"New Jersey", "nj", "nj"},
      {"New Mexico", "nm", "nm"}, {"New York", "ny", "ny"}, {"North Carolina", "nc", "nc"},
      {"North Dakota", "nd", "nd"}, {"Ohio", "ohio", "oh"}, {"Oklahoma", "okla", "ok"},
      {"Oregon", "ore", "or"}, {"Pennsylvania", "pa", "pa"}, {"Rhode Island", "ri", "ri"},
      {"South Carolina", "sc", "sc"}, {"South Dakota", "sd", "sd"}, {"Tennessee", "tenn", "tn"},
      {"Texas", "texas", "tx"}, {"Utah", "utah", "ut"}, {"Vermont", "vt", "vt"},
      {"Virginia", "va", "va"}, {"Washington", "wash", "wa"}, {"West Virginia", "wva", "wv"},
      {"Wisconsin", "wis", "wi"}, {"Wyoming", "wyo", "wy"}, {"District of Columbia", "dc", "dc"},
      {"Puerto Rico", "pr", "pr"}
    };
    // Some keys come twice ("ohio" is an abbreviation and the name), with the same state.
    Map<String, String> states = new HashMap<>();
    for (String[] row : table) {
      states.put(row[1], row[0]);
      if (!row[2].equals(row[1])) {
        states.put(row[2], row[0]);
      }
      states.put(row[0].replace(" ", "").toLowerCase(Locale.ROOT), row[0]);
    }
    return Map.copyOf(states);
  }
}
