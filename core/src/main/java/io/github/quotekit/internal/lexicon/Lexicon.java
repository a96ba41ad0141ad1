package io.github.quotekit.internal.lexicon;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The word lists attribution relies on, read once from the text resources beside this class: cue
 * verbs, reporting verbs, titles, organisation head words, group nouns and first names. Immutable and thread-safe.
 */
public final class Lexicon {
  private final ImmutableSet<String> cueVerbs;
  private final ImmutableSet<String> reportingVerbs;
  private final ImmutableMap<String, String> titles;
  private final int longestTitleWords;
  private final ImmutableSet<String> organisationWords;
  private final ImmutableSet<String> groupNouns;
  private final ImmutableSet<String> firstNames;

  private Lexicon() {
    cueVerbs = ImmutableSet.copyOf(lines("cue-verbs.txt"));
    reportingVerbs =
        ImmutableSet.<String>builder().addAll(cueVerbs).addAll(lines("reporting-verbs.txt")).build();
    ImmutableMap.Builder<String, String> titleMap = ImmutableMap.builder();
    int longest = 1;
    for (String line : lines("titles.txt")) {
      int tab = line.indexOf('\t');
      String title = tab < 0 ? line : line.substring(0, tab);
      titleMap.put(title, tab < 0 ? "" : line.substring(tab + 1).trim());
      longest = Math.max(longest, title.split(" ").length);
    }
    titles = titleMap.buildKeepingLast();
    longestTitleWords = longest;
    organisationWords = ImmutableSet.copyOf(lines("organisation-words.txt"));
    groupNouns = ImmutableSet.copyOf(lines("group-nouns.txt"));
    firstNames = ImmutableSet.copyOf(lines("first-names.txt"));
  }

  /** Returns the bundled English lexicon. */
  public static Lexicon english() {
    return Holder.INSTANCE;
  }

  /** Returns true when {@code lemma} is a verb that can introduce reported speech. */
  public boolean isCueVerb(String lemma) {
    return cueVerbs.contains(lemma);
  }

  /** Returns true when {@code lemma} can introduce reported speech, thought or findings. */
  public boolean isReportingVerb(String lemma) {
    return reportingVerbs.contains(lemma);
  }

  /**
   * Returns the role noun of a title written in lower case ("sen." gives "senator"), an empty
   * string for honorifics without a role ("mr."), or nothing when the words are no title.
   */
  public Optional<String> roleOfTitle(String lowerCaseTitle) {
    return Optional.ofNullable(titles.get(lowerCaseTitle));
  }

  /** Returns the largest number of words in one title ("senate minority leader" has three). */
  public int longestTitleWords() {
    return longestTitleWords;
  }

  /** Returns true when a proper name ending or containing this word names an organisation. */
  public boolean isOrganisationWord(String lowerCaseWord) {
    return organisationWords.contains(lowerCaseWord);
  }

  /** Returns true when this noun stands for an unnamed person or group ("officials"). */
  public boolean isGroupNoun(String lowerCaseWord) {
    return groupNouns.contains(lowerCaseWord);
  }

  /** Returns true when the word is a known given name. */
  public boolean isFirstName(String word) {
    return firstNames.contains(word.toLowerCase(Locale.ROOT));
  }

  private static List<String> lines(String resource) {
    List<String> lines = new ArrayList<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing lexicon resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          lines.add(line.contains("\t") ? line.toLowerCase(Locale.ROOT) : entry.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon resource " + resource, e);
    }
    return lines;
  }

  private static final class Holder {
    static final Lexicon INSTANCE = new Lexicon();
  }
}
