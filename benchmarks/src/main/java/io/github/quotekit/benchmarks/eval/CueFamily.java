package io.github.quotekit.benchmarks.eval;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The family of an attribution's cue ("said", "believes", "according to", ":"), for the
 * cue-family report ({@link CueFamilyReport}).
 *
 * <p>A cue's family is found in this order:
 *
 * <ol>
 *   <li>{@link #NO_CUE} when the cue is missing or blank;
 *   <li>{@link #ACCORDING_TO} when it contains "according", in any case;
 *   <li>the first of the verb families ({@link #SPEECH_VERBS}, {@link #BELIEF}, {@link #FINDINGS},
 *       {@link #STANCE}, in that order) whose word list holds the lemma of one of the cue's words,
 *       trying the words left to right ("said in a statement" is a speech verb);
 *   <li>{@link #PUNCTUATION} when the cue has no ASCII letter (":", "—");
 *   <li>{@link #OTHER} otherwise.
 * </ol>
 *
 * <p>Words are the runs of {@code a-z} of the lower-cased cue. A word's lemma comes from a short
 * list of irregular forms ("said", "thought", "found") or from stripping one regular ending
 * ("-ies", "-ied", "-ing", "-ed", "-es", "-s", "-d", the first that applies) and adding back an
 * "e" where needed ("noted", "argues"), kept only when the result is in some family's list; else
 * the word is its own lemma. This is the definition of the scratch script that first made the
 * README's table, so the figures stay comparable; the order of the constants is the order of the
 * report's rows.
 */
public enum CueFamily {
  /** Verbs of saying, including "call" and "describe". */
  SPEECH_VERBS(
      "speech verbs (say, tell, add, write, ask, ...)",
      "say tell add write tweet ask note state explain claim insist argue recall reply respond"
          + " answer continue declare announce comment remark testify admit acknowledge concede"
          + " confirm contend stress emphasize observe post describe call assert maintain"),
  /** Verbs of belief, expectation, wishing and seeming. */
  BELIEF(
      "belief, expectation (believe, think, expect, hope, seem, ...)",
      "believe think expect hope fear worry know want feel seem appear see consider wonder doubt"
          + " plan intend"),
  /** Verbs that report a finding. */
  FINDINGS(
      "findings, reports (show, find, report, suggest, ...)",
      "show find report reveal indicate suggest conclude estimate predict learn discover"),
  /** Verbs that take a stance toward what is said or toward someone. */
  STANCE(
      "stance (deny, accuse, warn, urge, criticize, ...)",
      "deny accuse warn urge criticize criticise praise support oppose reject question attack"
          + " blame defend promise pledge vow agree refuse decline demand propose endorse charge"
          + " complain dismiss slam blast mock"),
  /** "According to", which the verb families cannot catch as it has no verb. */
  ACCORDING_TO("according to", ""),
  /** Other words: nominal cues ("the announcement that") and verbs in no list. */
  OTHER("other verbs, nominal cues (\"the announcement that\")", ""),
  /** A cue without letters. */
  PUNCTUATION("punctuation (\":\", \"—\")", ""),
  /** No cue at all; in quotekit's output, a direct quote. */
  NO_CUE("no cue", "");

  // The forms the suffix rules would get wrong.
  private static final Map<String, String> IRREGULAR =
      Map.ofEntries(
          Map.entry("said", "say"),
          Map.entry("says", "say"),
          Map.entry("told", "tell"),
          Map.entry("tells", "tell"),
          Map.entry("wrote", "write"),
          Map.entry("thought", "think"),
          Map.entry("knew", "know"),
          Map.entry("saw", "see"),
          Map.entry("found", "find"),
          Map.entry("felt", "feel"),
          Map.entry("sought", "seek"),
          Map.entry("spoke", "speak"),
          Map.entry("understood", "understand"),
          Map.entry("meant", "mean"));

  // {ending, replacement}, tried in this order; "-ies" before "-es" before "-s".
  private static final List<String[]> ENDINGS =
      List.of(
          new String[] {"ies", "y"},
          new String[] {"ied", "y"},
          new String[] {"ing", ""},
          new String[] {"ed", ""},
          new String[] {"es", ""},
          new String[] {"s", ""},
          new String[] {"d", ""});

  private static final Pattern WORD = Pattern.compile("[a-z]+");

  private static final Set<String> ALL_LEMMAS = new HashSet<>();

  static {
    for (CueFamily family : values()) {
      ALL_LEMMAS.addAll(family.lemmas);
    }
  }

  private final String label;
  private final Set<String> lemmas;

  CueFamily(String label, String lemmas) {
    this.label = label;
    this.lemmas = lemmas.isEmpty() ? Set.of() : Set.of(lemmas.split(" "));
  }

  /** Returns the row label of the report. */
  public String label() {
    return label;
  }

  /** Returns the lemmas of the family's word list; empty for the families that have none. */
  public Set<String> lemmas() {
    return lemmas;
  }

  /** Returns the family of a cue's text; null stands for a missing cue. */
  public static CueFamily of(String cue) {
    String c = cue == null ? "" : PyText.lower(cue);
    if (PyText.strip(c).isEmpty()) {
      return NO_CUE;
    }
    if (c.contains("according")) {
      return ACCORDING_TO;
    }
    boolean anyWord = false;
    Matcher words = WORD.matcher(c);
    while (words.find()) {
      anyWord = true;
      String lemma = lemma(words.group());
      for (CueFamily family : values()) {
        if (family.lemmas.contains(lemma)) {
          return family;
        }
      }
    }
    return anyWord ? OTHER : PUNCTUATION;
  }

  /**
   * Returns the lemma of a lower-case word: its irregular base form, else the word without the
   * first regular ending that leaves (with or without a final "e") a lemma of some family, else
   * the word itself.
   */
  static String lemma(String word) {
    String irregular = IRREGULAR.get(word);
    if (irregular != null) {
      return irregular;
    }
    for (String[] ending : ENDINGS) {
      if (word.endsWith(ending[0])) {
        String base = word.substring(0, word.length() - ending[0].length()) + ending[1];
        for (String candidate : Arrays.asList(base, base + "e")) {
          if (ALL_LEMMAS.contains(candidate)) {
            return candidate;
          }
        }
      }
    }
    return word;
  }
}
