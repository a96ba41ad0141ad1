package io.github.quotekit.internal.candidate;

import io.github.quotekit.EntityRecognizer;
import io.github.quotekit.EntityType;
import io.github.quotekit.Lexicon;
import io.github.quotekit.NamedEntity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The default {@link EntityRecognizer}: runs of proper nouns and capitalised content words, typed
 * {@link EntityType#OTHER}. Immutable and thread-safe.
 */
public final class ProperNounRecognizer implements EntityRecognizer {
  private static final Set<String> NOT_NAMES =
      Set.of(
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
          "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "feb", "aug", "sept", "oct", "nov", "dec", "i", "mr", "mrs", "ms", "the", "a", "an", "but", "and", "in",
          "on", "at", "for", "if", "it", "this", "that", "these", "those", "there", "when",
          "while", "as", "after", "before", "so", "yet", "still", "also", "we", "they", "he",
          "she", "you", "our", "their", "his", "her", "my", "its", "what", "why", "how", "who");
  /** Prepositions that open a sentence and that the tagger may read as names. */
  private static final Set<String> OPENING_PREPOSITIONS =
      Set.of("between", "amid", "amidst", "among", "despite", "during", "following", "regarding",
          "concerning", "throughout", "unlike", "via", "per", "besides");
  /** The tags of a name the tagger took for a common word. */
  private static final Set<String> UNPLACED_TAGS = Set.of("ADJ", "X", "VERB");
  /** Cue verbs whose forms are no regular inflection of the lemma. */
  private static final Set<String> IRREGULAR_CUES = Set.of("said", "says", "told", "tells", "wrote");
  private static final Set<String> CONTENT_TAGS =
      Set.of("NOUN", "ADJ", "VERB", "X", "PRON", "NUM", "ADV");

  private final Lexicon lexicon;
  /** Words of the article capitalised where no sentence starts: names wherever they stand. */
  private final Set<String> capitalisedMidSentence;

  private static final ProperNounRecognizer ENGLISH = new ProperNounRecognizer(Lexicon.english());

  /** Returns the recogniser that types nothing and knows no article. */
  public ProperNounRecognizer(Lexicon lexicon) {
    this(lexicon, Set.of());
  }

  /** Returns the recogniser with the bundled English lexicon. */
  public static ProperNounRecognizer english() {
    return ENGLISH;
  }

  /** Returns this recogniser reading the given names and titles of {@code newLexicon}. */
  public ProperNounRecognizer withLexicon(Lexicon newLexicon) {
    return newLexicon.equals(lexicon) ? this : new ProperNounRecognizer(newLexicon);
  }

  private ProperNounRecognizer(Lexicon lexicon, Set<String> capitalisedMidSentence) {
    this.lexicon = lexicon;
    this.capitalisedMidSentence = capitalisedMidSentence;
  }

  @Override
  public EntityRecognizer forDocument(List<List<String>> sentences) {
    Set<String> capitalised = new HashSet<>();
    for (List<String> words : sentences) {
      for (int i = 0; i < words.size(); i++) {
        if (isCapitalised(words.get(i)) && !isSentenceInitial(words, i)) {
          capitalised.add(words.get(i));
        }
      }
    }
    return new ProperNounRecognizer(lexicon, capitalised);
  }

  @Override
  public List<NamedEntity> recognize(List<String> words, List<String> tags) {
    List<NamedEntity> names = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      if (isNameWord(words, tags, i)) {
        int start = i;
        while (i < words.size() && isNameWord(words, tags, i)) {
          i++;
        }
        names.add(new NamedEntity(start, i, EntityType.OTHER));
      } else {
        i++;
      }
    }
    return names;
  }

  /** Returns true when the word is capitalised, no function word, and a name where it stands. */
  private boolean isNameWord(List<String> words, List<String> tags, int index) {
    String word = words.get(index);
    if (word.length() <= 2 && (isMiddleInitial(words, index) || isAmpersandInAName(words, index))) {
      return true;
    }
    if (!isCapitalised(word) || !Character.isLetter(word.charAt(0))) {
      return false;
    }
    if (NOT_NAMES.contains(word.toLowerCase(Locale.ROOT))) {
      return false;
    }
    String tag = tags.get(index);
    if (isSentenceInitial(words, index) && opensAPhrase(words, index)) {
      return false;
    }
    if (tag.equals("PROPN")) {
      return true;
    }
    if (!CONTENT_TAGS.contains(tag)) {
      return false;
    }
    // A capitalised common word starts many sentences; there it needs more evidence.
    return !isSentenceInitial(words, index)
        || capitalisedMidSentence.contains(word)
        || lexicon.isFirstName(word)
        || Titles.startsAt(words, index, lexicon)
        || isUnknownNameBeforeACue(words, tags, index);
  }

  /**
   * "Whitcombe added: ..." opening a sentence: a capitalised word that the tagger could not place
   * (no noun, which "Officials said" is) right before a cue verb is the speaker's name.
   */
  private boolean isUnknownNameBeforeACue(List<String> words, List<String> tags, int index) {
    String tag = tags.get(index);
    if (!UNPLACED_TAGS.contains(tag) || index + 1 >= words.size()) {
      return false;
    }
    String next = words.get(index + 1).toLowerCase(Locale.ROOT);
    return IRREGULAR_CUES.contains(next)
        || lexicon.isCueVerb(next)
        || next.endsWith("ed") && (lexicon.isCueVerb(next.substring(0, next.length() - 1))
            || lexicon.isCueVerb(next.substring(0, next.length() - 2)))
        || next.endsWith("s") && lexicon.isCueVerb(next.substring(0, next.length() - 1));
  }

  /**
   * "Between 2001 and 2007, …", "Amid what the Times called …", "Facing criticism, Ruiz …": a
   * preposition or a participle that opens the sentence, which the tagger may take for a name.
   */
  private boolean opensAPhrase(List<String> words, int index) {
    String lower = words.get(index).toLowerCase(Locale.ROOT);
    if (OPENING_PREPOSITIONS.contains(lower)) {
      return true;
    }
    if (!lower.endsWith("ing") || index + 1 >= words.size() || lexicon.isFirstName(words.get(index))) {
      return false;
    }
    String next = words.get(index + 1);
    return Character.isLowerCase(next.charAt(0)) && !IRREGULAR_CUES.contains(next)
        && !lexicon.isCueVerb(next) && !next.endsWith("ed") && !next.endsWith("s");
  }

  /**
   * "Julie A. Diaz": an initial between two capitalised words, even the one that spells the
   * article "A", which the tagger reads as a determiner, and its period when the tokenizer splits
   * it off.
   */
  private boolean isMiddleInitial(List<String> words, int index) {
    String word = words.get(index);
    if (word.equals(".")) {
      return index > 0 && words.get(index - 1).length() == 1 && isMiddleInitial(words, index - 1);
    }
    boolean initial = word.length() == 2 && word.charAt(1) == '.'
        || word.length() == 1 && index + 2 < words.size() && words.get(index + 1).equals(".");
    int next = word.length() == 1 ? index + 2 : index + 1;
    return initial && Character.isUpperCase(word.charAt(0)) && index > 0 && next < words.size()
        && isCapitalised(words.get(index - 1)) && Character.isLetter(words.get(index - 1).charAt(0))
        && isCapitalised(words.get(next)) && Character.isLetter(words.get(next).charAt(0));
  }

  /** "Marsh & Vine", "Procter & Gamble": an ampersand between two capitalised words. */
  private static boolean isAmpersandInAName(List<String> words, int index) {
    return words.get(index).equals("&") && index > 0 && index + 1 < words.size()
        && isCapitalised(words.get(index - 1)) && isCapitalised(words.get(index + 1));
  }

  private static boolean isCapitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  /** Returns true when the word is the first of its sentence or of a quotation in it. */
  static boolean isSentenceInitial(List<String> words, int index) {
    for (int i = index - 1; i >= 0; i--) {
      String word = words.get(i);
      if (!MentionFinder.isQuoteMark(word) && !word.equals("(") && !word.equals(":") && !word.equals("—")) {
        return false;
      }
    }
    return true;
  }
}
