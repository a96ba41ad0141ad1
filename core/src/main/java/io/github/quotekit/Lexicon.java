package io.github.quotekit;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The word lists attribution relies on: cue verbs, reporting verbs, titles, organisation words,
 * group nouns, first names and the speaker blocklist.
 *
 * <p>{@link #english()} holds the bundled lists. To extend or replace one, start from it with
 * {@link #toBuilder()} (or from nothing with {@link #builder()}) and pass the result to {@link
 * QuoteExtractor.Builder#lexicon(Lexicon)}:
 *
 * <pre>{@code
 * Lexicon lexicon = Lexicon.english().toBuilder()
 *     .addCueVerbs("harrumph", "opine")  // by lemma: "harrumphed", "opines" match too
 *     .addTitle("Alcalde", "mayor")
 *     .addSpeakerBlocklist(Lexicon.readWords(neverSpeakers))
 *     .build();
 * QuoteExtractor extractor = QuoteExtractor.builder().lexicon(lexicon).build();
 * }</pre>
 *
 * <p>Verbs are given by lemma ("say", not "said"), never with their inflections: the extractor
 * matches the lemma the OpenNLP lemmatizer gives each word, which covers the forms of the verbs it
 * knows, irregular ones included ("told"). On verbs it does not know the lemmatizer guesses
 * ("opined" becomes "opin"), so the extractor also generates the regular forms of every listed
 * verb ("opines", "opined", "opining"; "quipped" with its doubled consonant) and matches those.
 * Irregular forms of verbs the lemmatizer does not know are not matched.
 *
 * <p>Entries are stored in lower case with surrounding white space removed and inner white space
 * runs reduced to one space; lookups ignore case the same way. Files and the bundled resources
 * hold one entry per line; blank lines and lines starting with {@code #} are skipped.
 *
 * <p>Instances are immutable and thread-safe; lexicons with equal lists are equal.
 */
public final class Lexicon {
  private final Set<String> cueVerbs;
  private final Set<String> reportingVerbs;
  private final Map<String, String> titles;
  private final int longestTitleWords;
  private final Set<String> organisationWords;
  private final Set<String> groupNouns;
  private final Set<String> firstNames;
  private final Set<String> speakerBlocklist;

  private Lexicon(Builder builder) {
    cueVerbs = frozenCopy(builder.cueVerbs.words);
    reportingVerbs = frozenCopy(builder.reportingVerbs.words);
    titles = Collections.unmodifiableMap(new LinkedHashMap<>(builder.titles));
    longestTitleWords =
        titles.keySet().stream().mapToInt(title -> title.split(" ").length).max().orElse(1);
    organisationWords = frozenCopy(builder.organisationWords.words);
    groupNouns = frozenCopy(builder.groupNouns.words);
    firstNames = frozenCopy(builder.firstNames.words);
    speakerBlocklist = frozenCopy(builder.speakerBlocklist.words);
  }

  /** An unmodifiable copy that keeps the builder's order, so that lists read back as written. */
  private static Set<String> frozenCopy(Collection<String> words) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(words));
  }

  /** Returns the bundled English lexicon, which {@link QuoteExtractor#english()} uses. */
  public static Lexicon english() {
    return English.INSTANCE;
  }

  /** Returns a builder with every list empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this lexicon's lists. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    return builder
        .cueVerbs(cueVerbs)
        .reportingVerbs(reportingVerbs)
        .titles(titles)
        .organisationWords(organisationWords)
        .groupNouns(groupNouns)
        .firstNames(firstNames)
        .speakerBlocklist(speakerBlocklist);
  }

  /**
   * Reads a word list from a UTF-8 file: one entry per line; blank lines and lines starting with
   * {@code #} are skipped. The entries are returned as written, with surrounding white space
   * removed; the builder normalises them.
   *
   * @param file the file
   * @return the entries, in file order
   * @throws NullPointerException if {@code file} is null
   * @throws java.nio.file.NoSuchFileException if the file does not exist
   * @throws java.nio.charset.MalformedInputException if the file is not UTF-8
   * @throws IOException if the file cannot be read
   */
  public static List<String> readWords(Path file) throws IOException {
    return lines(file).stream().map(String::strip).toList();
  }

  /**
   * Reads a title list from a UTF-8 file in the format of {@code readWords}, each entry a title, a
   * tab and its role noun ({@code "sen.<TAB>senator"}); an entry without a tab is an honorific
   * without a role ({@code "mr."}).
   *
   * @param file the file
   * @return the titles and their roles, in file order; a repeated title keeps its last role
   * @throws IllegalArgumentException if an entry has a role but no title
   * @throws java.nio.file.NoSuchFileException if the file does not exist
   * @throws IOException if the file cannot be read
   */
  public static Map<String, String> readTitles(Path file) throws IOException {
    return titles(lines(file), file.toString());
  }

  /**
   * Returns true when {@code lemma} is a verb that can introduce a quotation ("say", "tweet").
   *
   * @param lemma a verb's lemma, in any case
   */
  public boolean isCueVerb(String lemma) {
    return cueVerbs.contains(normalise(lemma));
  }

  /**
   * Returns true when {@code lemma} can introduce reported speech, thought or findings: a cue verb
   * or one of the {@linkplain #reportingVerbs() reporting verbs}.
   *
   * @param lemma a verb's lemma, in any case
   */
  public boolean isReportingVerb(String lemma) {
    String verb = normalise(lemma);
    return cueVerbs.contains(verb) || reportingVerbs.contains(verb);
  }

  /**
   * Returns the role noun of a title ("sen." gives "senator"), an empty string for honorifics
   * without a role ("mr."), or nothing when the words are no title.
   *
   * @param lowerCaseTitle the title's words separated by single spaces ("vice president"); case is
   *     ignored
   */
  public Optional<String> roleOfTitle(String lowerCaseTitle) {
    return Optional.ofNullable(titles.get(normalise(lowerCaseTitle)));
  }

  /** Returns the largest number of words in one title ("senate minority leader" has three). */
  public int longestTitleWords() {
    return longestTitleWords;
  }

  /**
   * Returns true when a proper name ending in or containing this word names an organisation
   * ("Commerce Department").
   *
   * @param lowerCaseWord the word; case is ignored
   */
  public boolean isOrganisationWord(String lowerCaseWord) {
    return organisationWords.contains(normalise(lowerCaseWord));
  }

  /**
   * Returns true when this noun stands for an unnamed person or group ("officials").
   *
   * @param lowerCaseWord the noun; case is ignored
   */
  public boolean isGroupNoun(String lowerCaseWord) {
    return groupNouns.contains(normalise(lowerCaseWord));
  }

  /**
   * Returns true when the word is a known given name.
   *
   * @param word the word; case is ignored
   */
  public boolean isFirstName(String word) {
    return firstNames.contains(normalise(word));
  }

  /**
   * Returns true when a mention with this name is never taken for a speaker: a quotation whose
   * rule points at it gets no speaker from that mention.
   *
   * @param name a speaker's name without title ("Ana Ruiz") or the head of a common-noun mention
   *     ("day"); case and white-space runs are ignored
   */
  public boolean isBlockedSpeaker(String name) {
    return speakerBlocklist.contains(normalise(name));
  }

  /** Returns the cue verbs, by lemma. */
  public Set<String> cueVerbs() {
    return cueVerbs;
  }

  /** Returns the reporting verbs, by lemma, which count on top of the cue verbs. */
  public Set<String> reportingVerbs() {
    return reportingVerbs;
  }

  /** Returns the titles and honorifics with their role nouns (empty for honorifics). */
  public Map<String, String> titles() {
    return titles;
  }

  /** Returns the organisation words. */
  public Set<String> organisationWords() {
    return organisationWords;
  }

  /** Returns the group nouns. */
  public Set<String> groupNouns() {
    return groupNouns;
  }

  /** Returns the first names. */
  public Set<String> firstNames() {
    return firstNames;
  }

  /** Returns the names that are never taken for a speaker. */
  public Set<String> speakerBlocklist() {
    return speakerBlocklist;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Lexicon other
        && cueVerbs.equals(other.cueVerbs)
        && reportingVerbs.equals(other.reportingVerbs)
        && titles.equals(other.titles)
        && organisationWords.equals(other.organisationWords)
        && groupNouns.equals(other.groupNouns)
        && firstNames.equals(other.firstNames)
        && speakerBlocklist.equals(other.speakerBlocklist);
  }

  @Override
  public int hashCode() {
    return List.of(
            cueVerbs,
            reportingVerbs,
            titles,
            organisationWords,
            groupNouns,
            firstNames,
            speakerBlocklist)
        .hashCode();
  }

  /** Returns the size of each list, for logs and test failures. */
  @Override
  public String toString() {
    return "Lexicon[cueVerbs="
        + cueVerbs.size()
        + ", reportingVerbs="
        + reportingVerbs.size()
        + ", titles="
        + titles.size()
        + ", organisationWords="
        + organisationWords.size()
        + ", groupNouns="
        + groupNouns.size()
        + ", firstNames="
        + firstNames.size()
        + ", speakerBlocklist="
        + speakerBlocklist.size()
        + "]";
  }

  /**
   * Returns the entry in lower case, without surrounding white space and with each inner run of
   * white space as one space. Lookups run once or more per token, so an entry that is already
   * normal (the usual case) is returned without copying.
   */
  private static String normalise(String entry) {
    if (isNormal(entry)) {
      return entry;
    }
    StringBuilder normal = new StringBuilder(entry.length());
    boolean spaceBefore = false;
    for (int i = 0; i < entry.length(); ) {
      int codePoint = entry.codePointAt(i);
      i += Character.charCount(codePoint);
      if (Character.isWhitespace(codePoint)) {
        spaceBefore = normal.length() > 0;
      } else {
        if (spaceBefore) {
          normal.append(' ');
          spaceBefore = false;
        }
        normal.appendCodePoint(Character.toLowerCase(codePoint));
      }
    }
    return normal.toString();
  }

  private static boolean isNormal(String entry) {
    int last = entry.length() - 1;
    for (int i = 0; i <= last; ) {
      int codePoint = entry.codePointAt(i);
      boolean space = codePoint == ' ' && i > 0 && i < last && entry.charAt(i - 1) != ' ';
      if (Character.isWhitespace(codePoint) && !space
          || Character.toLowerCase(codePoint) != codePoint) {
        return false;
      }
      i += Character.charCount(codePoint);
    }
    return true;
  }

  /**
   * Parses title lines, each a title, optionally a tab and its role noun.
   *
   * @param source the file or resource, for the error message
   */
  private static Map<String, String> titles(List<String> lines, String source) {
    Map<String, String> titles = new LinkedHashMap<>();
    for (String line : lines) {
      int tab = line.indexOf('\t');
      String title = (tab < 0 ? line : line.substring(0, tab)).strip();
      if (title.isEmpty()) {
        throw new IllegalArgumentException("role without a title in " + source + ": " + line);
      }
      titles.put(title, tab < 0 ? "" : line.substring(tab + 1).strip());
    }
    return titles;
  }

  private static List<String> lines(Path file) throws IOException {
    requireNonNull(file, "file");
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return lines(reader);
    }
  }

  /**
   * Returns the lines that are neither blank nor comments, as written: a title line's leading tab
   * means a missing title, which stripping would hide.
   */
  private static List<String> lines(BufferedReader reader) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      String entry = line.strip();
      if (!entry.isEmpty() && !entry.startsWith("#")) {
        lines.add(line);
      }
    }
    return lines;
  }

  /**
   * Builds a {@link Lexicon}. For each list, {@code addX} adds entries and {@code x} replaces the
   * list; entries are normalised as the {@linkplain Lexicon class comment} says, and duplicates
   * are kept once. Mutable and not thread-safe.
   */
  public static final class Builder {
    private final WordList cueVerbs = new WordList("cue verb");
    private final WordList reportingVerbs = new WordList("reporting verb");
    private final Map<String, String> titles = new LinkedHashMap<>();
    private final WordList organisationWords = new WordList("organisation word");
    private final WordList groupNouns = new WordList("group noun");
    private final WordList firstNames = new WordList("first name");
    private final WordList speakerBlocklist = new WordList("blocked speaker");

    private Builder() {}

    /**
     * Adds cue verbs: verbs that introduce a quotation ("“…,” quipped Ana Ruiz"). Their
     * inflections match too, as the {@linkplain Lexicon class comment} explains.
     *
     * @param lemmas the verbs' lemmas ("quip", not "quipped")
     * @return this builder
     * @throws NullPointerException if {@code lemmas} or one of them is null
     * @throws IllegalArgumentException if one of them is blank
     */
    public Builder addCueVerbs(String... lemmas) {
      return addCueVerbs(asList(lemmas, "lemmas"));
    }

    /**
     * Adds entries as {@link #addCueVerbs(String...)} does, for example the lines of a file read
     * with {@link Lexicon#readWords(Path)}.
     *
     * @param lemmas the entries
     * @return this builder
     * @throws NullPointerException if {@code lemmas} or one of them is null
     * @throws IllegalArgumentException if one of them is blank
     */
    public Builder addCueVerbs(Collection<String> lemmas) {
      cueVerbs.add("lemmas", lemmas);
      return this;
    }

    /**
     * Replaces the cue verbs.
     *
     * @param lemmas the verbs' lemmas
     * @return this builder
     * @throws NullPointerException if {@code lemmas} or one of them is null
     * @throws IllegalArgumentException if one of them is blank
     */
    public Builder cueVerbs(Collection<String> lemmas) {
      cueVerbs.replace("lemmas", lemmas);
      return this;
    }

    /**
     * Adds reporting verbs: verbs of indirect speech, thought or findings ("believe", "show"),
     * used on top of the cue verbs when reported speech is extracted.
     *
     * @param lemmas the verbs' lemmas
     * @return this builder
     * @throws NullPointerException if {@code lemmas} or one of them is null
     * @throws IllegalArgumentException if one of them is blank
     */
    public Builder addReportingVerbs(String... lemmas) {
      return addReportingVerbs(asList(lemmas, "lemmas"));
    }

    /**
     * Adds entries as {@link #addReportingVerbs(String...)} does, for example the lines of a file read
     * with {@link Lexicon#readWords(Path)}.
     *
     * @param lemmas the entries
     * @return this builder
     * @throws NullPointerException if {@code lemmas} or one of them is null
     * @throws IllegalArgumentException if one of them is blank
     */
    public Builder addReportingVerbs(Collection<String> lemmas) {
      reportingVerbs.add("lemmas", lemmas);
      return this;
    }

    /**
     * Replaces the reporting verbs.
     *
     * @param lemmas the verbs' lemmas
     * @return this builder
     * @throws NullPointerException if {@code lemmas} or one of them is null
     * @throws IllegalArgumentException if one of them is blank
     */
    public Builder reportingVerbs(Collection<String> lemmas) {
      reportingVerbs.replace("lemmas", lemmas);
      return this;
    }

    /**
     * Adds a title or honorific that precedes a name, or gives a listed one another role.
     *
     * @param title the title as written ("Sen.", "Vice President"), abbreviations with their
     *     period
     * @param role the role noun it stands for ("senator"), by which later mentions ("the senator")
     *     are linked to the speaker; empty for an honorific without a role ("Mr.")
     * @return this builder
     * @throws NullPointerException if {@code title} or {@code role} is null
     * @throws IllegalArgumentException if {@code title} is blank
     */
    public Builder addTitle(String title, String role) {
      titles.put(checked(title, "title", "title"), normalise(requireNonNull(role, "role")));
      return this;
    }

    /**
     * Adds titles and honorifics, as {@link #addTitle(String, String)} does for each.
     *
     * @param titlesToRoles each title and its role noun
     * @return this builder
     * @throws NullPointerException if the map, a title or a role is null
     * @throws IllegalArgumentException if a title is blank
     */
    public Builder addTitles(Map<String, String> titlesToRoles) {
      titles.putAll(checkedTitles(titlesToRoles));
      return this;
    }

    /**
     * Replaces the titles and honorifics.
     *
     * @param titlesToRoles each title and its role noun, as for {@link #addTitle(String, String)}
     * @return this builder
     * @throws NullPointerException if the map, a title or a role is null
     * @throws IllegalArgumentException if a title is blank
     */
    public Builder titles(Map<String, String> titlesToRoles) {
      Map<String, String> checked = checkedTitles(titlesToRoles);
      titles.clear();
      titles.putAll(checked);
      return this;
    }

    /**
     * Adds organisation words: head words that make a proper name an organisation's
     * ("Department", "Federation").
     *
     * @param words the words
     * @return this builder
     * @throws NullPointerException if {@code words} or one of them is null
     * @throws IllegalArgumentException if one of them is blank
     */
    public Builder addOrganisationWords(String... words) {
      return addOrganisationWords(asList(words, "words"));
    }

    /**
     * Adds entries as {@link #addOrganisationWords(String...)} does, for example the lines of a file read
     * with {@link Lexicon#readWords(Path)}.
     *
     * @param words the entries
     * @return this builder
     * @throws NullPointerException if {@code words} or one of them is null
     * @throws IllegalArgumentException if one of them is blank
     */
    public Builder addOrganisationWords(Collection<String> words) {
      organisationWords.add("words", words);
      return this;
    }

    /**
     * Replaces the organisation words.
     *
     * @param words the words
     * @return this builder
     * @throws NullPointerException if {@code words} or one of them is null
     * @throws IllegalArgumentException if one of them is blank
     */
    public Builder organisationWords(Collection<String> words) {
      organisationWords.replace("words", words);
      return this;
    }

    /**
     * Adds group nouns: nouns that stand for an unnamed person or group ("officials", "aides").
     *
     * @param nouns the nouns, singular and plural as they occur
     * @return this builder
     * @throws NullPointerException if {@code nouns} or one of them is null
     * @throws IllegalArgumentException if one of them is blank
     */
    public Builder addGroupNouns(String... nouns) {
      return addGroupNouns(asList(nouns, "nouns"));
    }

    /**
     * Adds entries as {@link #addGroupNouns(String...)} does, for example the lines of a file read
     * with {@link Lexicon#readWords(Path)}.
     *
     * @param nouns the entries
     * @return this builder
     * @throws NullPointerException if {@code nouns} or one of them is null
     * @throws IllegalArgumentException if one of them is blank
     */
    public Builder addGroupNouns(Collection<String> nouns) {
      groupNouns.add("nouns", nouns);
      return this;
    }

    /**
     * Replaces the group nouns.
     *
     * @param nouns the nouns
     * @return this builder
     * @throws NullPointerException if {@code nouns} or one of them is null
     * @throws IllegalArgumentException if one of them is blank
     */
    public Builder groupNouns(Collection<String> nouns) {
      groupNouns.replace("nouns", nouns);
      return this;
    }

    /**
     * Adds first names, which tell a name at the start of a sentence from an ordinary
     * capitalised word.
     *
     * @param names the given names
     * @return this builder
     * @throws NullPointerException if {@code names} or one of them is null
     * @throws IllegalArgumentException if one of them is blank
     */
    public Builder addFirstNames(String... names) {
      return addFirstNames(asList(names, "names"));
    }

    /**
     * Adds entries as {@link #addFirstNames(String...)} does, for example the lines of a file read
     * with {@link Lexicon#readWords(Path)}.
     *
     * @param names the entries
     * @return this builder
     * @throws NullPointerException if {@code names} or one of them is null
     * @throws IllegalArgumentException if one of them is blank
     */
    public Builder addFirstNames(Collection<String> names) {
      firstNames.add("names", names);
      return this;
    }

    /**
     * Replaces the first names.
     *
     * @param names the given names
     * @return this builder
     * @throws NullPointerException if {@code names} or one of them is null
     * @throws IllegalArgumentException if one of them is blank
     */
    public Builder firstNames(Collection<String> names) {
      firstNames.replace("names", names);
      return this;
    }

    /**
     * Adds names that are never taken for a speaker (see {@link Lexicon#isBlockedSpeaker}).
     *
     * @param names speaker names without title, or common-noun heads
     * @return this builder
     * @throws NullPointerException if {@code names} or one of them is null
     * @throws IllegalArgumentException if one of them is blank
     */
    public Builder addSpeakerBlocklist(String... names) {
      return addSpeakerBlocklist(asList(names, "names"));
    }

    /**
     * Adds entries as {@link #addSpeakerBlocklist(String...)} does, for example the lines of a file read
     * with {@link Lexicon#readWords(Path)}.
     *
     * @param names the entries
     * @return this builder
     * @throws NullPointerException if {@code names} or one of them is null
     * @throws IllegalArgumentException if one of them is blank
     */
    public Builder addSpeakerBlocklist(Collection<String> names) {
      speakerBlocklist.add("names", names);
      return this;
    }

    /**
     * Replaces the speaker blocklist; an empty one lets every mention be a speaker.
     *
     * @param names speaker names without title, or common-noun heads
     * @return this builder
     * @throws NullPointerException if {@code names} or one of them is null
     * @throws IllegalArgumentException if one of them is blank
     */
    public Builder speakerBlocklist(Collection<String> names) {
      speakerBlocklist.replace("names", names);
      return this;
    }

    private static List<String> asList(String[] entries, String parameter) {
      return Arrays.asList(requireNonNull(entries, parameter));
    }

    /** Returns the lexicon with the lists as they stand. */
    public Lexicon build() {
      return new Lexicon(this);
    }

    /** Checks every title and role first, so that a rejected map leaves the builder unchanged. */
    private static Map<String, String> checkedTitles(Map<String, String> titlesToRoles) {
      requireNonNull(titlesToRoles, "titlesToRoles");
      Map<String, String> checked = new LinkedHashMap<>();
      titlesToRoles.forEach(
          (title, role) ->
              checked.put(
                  checked(title, "titlesToRoles", "title"),
                  normalise(requireNonNull(role, "titlesToRoles: role of " + title))));
      return checked;
    }

    /** Returns an entry normalised, or throws naming the parameter and list it came from. */
    private static String checked(String entry, String parameter, String kind) {
      requireNonNull(entry, parameter);
      if (entry.isBlank()) {
        throw new IllegalArgumentException("blank " + kind + " in " + parameter);
      }
      return normalise(entry);
    }
  }

  /** One list of a builder: normalised entries in insertion order, checked before any is kept. */
  private static final class WordList {
    private final String kind;
    private final Set<String> words = new LinkedHashSet<>();

    WordList(String kind) {
      this.kind = kind;
    }

    void add(String parameter, Collection<String> entries) {
      words.addAll(checkedAll(parameter, entries));
    }

    void replace(String parameter, Collection<String> entries) {
      List<String> checked = checkedAll(parameter, entries);
      words.clear();
      words.addAll(checked);
    }

    /** Checks every entry first, so that a rejected call leaves the list unchanged. */
    private List<String> checkedAll(String parameter, Collection<String> entries) {
      requireNonNull(entries, parameter);
      List<String> checked = new ArrayList<>(entries.size());
      int index = 0;
      for (String entry : entries) {
        checked.add(Builder.checked(entry, parameter + "[" + index + "]", kind));
        index++;
      }
      return checked;
    }
  }

  /** The bundled lexicon, read from the resources on first use. */
  private static final class English {
    private static final String RESOURCES = "internal/lexicon/";
    static final Lexicon INSTANCE =
        builder()
            .cueVerbs(resource("cue-verbs.txt"))
            .reportingVerbs(resource("reporting-verbs.txt"))
            .titles(titles(resource("titles.txt"), RESOURCES + "titles.txt"))
            .organisationWords(resource("organisation-words.txt"))
            .groupNouns(resource("group-nouns.txt"))
            .firstNames(resource("first-names.txt"))
            .speakerBlocklist(resource("speaker-blocklist.txt"))
            .build();

    private static List<String> resource(String name) {
      try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCES + name)) {
        if (in == null) {
          throw new IllegalStateException("missing lexicon resource " + RESOURCES + name);
        }
        return lines(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read lexicon resource " + RESOURCES + name, e);
      }
    }
  }
}
