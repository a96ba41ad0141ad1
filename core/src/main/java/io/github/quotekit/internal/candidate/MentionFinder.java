package io.github.quotekit.internal.candidate;

import io.github.quotekit.EntityRecognizer;
import io.github.quotekit.EntityType;
import io.github.quotekit.Lexicon;
import io.github.quotekit.MentionKind;
import io.github.quotekit.NamedEntity;
import io.github.quotekit.Span;
import io.github.quotekit.SpeakerKind;
import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.analysis.Sentence;
import io.github.quotekit.internal.analysis.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the phrases of one article that can name a speaker: proper names with their titles,
 * pronouns and common-noun phrases. The names and their types come from an {@link
 * EntityRecognizer}; titles, appositives, pronouns and nominals are this class's work. One
 * instance serves one article; it is not thread-safe.
 */
public final class MentionFinder {
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "i");
  private static final Set<String> GROUP_PRONOUNS = Set.of("they", "we");
  private static final Set<String> ORGANISATION_PRONOUNS = Set.of("it");
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who");
  private static final Set<String> NAME_CONNECTORS = Set.of("of", "for", "&", "and", "de", "von", "van");
  private static final Set<String> COORDINATORS = Set.of("and", "&");
  /** Words that qualify a title whatever their tag: "former Sen. Ana Ruiz", "retired Gen. Lee". */
  private static final Set<String> TITLE_MODIFIERS = Set.of("former", "retired");
  /** Group nouns of the lexicon that name a writing, which its possessor wrote: "Ruiz's letter". */
  private static final Set<String> WRITINGS =
      Set.of("statement", "report", "letter", "memo", "email", "poll", "survey", "study");
  /** The longest acronym that may name a speaker ("UNICEF"); longer words in capitals shout. */
  private static final int MAX_ACRONYM = 6;

  private final AnalyzedText doc;
  private final Lexicon lexicon;
  private final List<String> words;
  private final boolean[] headlines;
  /** The type of the recognised name each token belongs to, or null outside names. */
  private final EntityType[] nameTypes;

  /** Finds mentions with the default recogniser, {@link EntityRecognizer#properNouns()}. */
  public MentionFinder(AnalyzedText doc, Lexicon lexicon) {
    this(doc, lexicon, new ProperNounRecognizer(lexicon));
  }

  public MentionFinder(AnalyzedText doc, Lexicon lexicon, EntityRecognizer recognizer) {
    this.doc = doc;
    this.lexicon = lexicon;
    words = doc.tokens().stream().map(Token::text).toList();
    headlines = new boolean[doc.sentences().size()];
    List<List<String>> runningText = new ArrayList<>();
    for (Sentence sentence : doc.sentences()) {
      headlines[sentence.index()] = isHeadline(sentence);
      if (!headlines[sentence.index()]) {
        runningText.add(wordsOf(sentence));
      }
    }
    nameTypes = new EntityType[doc.tokens().size()];
    EntityRecognizer forThisDocument = recognizer.forDocument(runningText);
    for (Sentence sentence : doc.sentences()) {
      if (!sentence.isEmpty()) {
        List<String> tags = doc.tokensOf(sentence).stream().map(Token::pos).toList();
        for (NamedEntity name : forThisDocument.recognize(wordsOf(sentence), tags)) {
          markName(sentence, name);
        }
      }
    }
  }

  private List<String> wordsOf(Sentence sentence) {
    return words.subList(sentence.firstToken(), sentence.endToken());
  }

  /**
   * Marks the unquoted tokens of a recognised name, and a title right before a person's name:
   * recognisers trained on names leave out "Sen." in "Sen. Ana Ruiz".
   */
  private void markName(Sentence sentence, NamedEntity name) {
    int first = sentence.firstToken() + name.start();
    int end = sentence.firstToken() + name.end();
    if (end > sentence.endToken()) {
      throw new IllegalStateException(
          "recognised name " + name + " ends after the sentence's "
              + (sentence.endToken() - sentence.firstToken()) + " words");
    }
    for (int i = first; i < end; i++) {
      if (!doc.token(i).quoted()) {
        nameTypes[i] = name.type();
      }
    }
    // A name of no known type may be a person's too: "Mrs. Quist", whose honorific the tokenizer
    // splits from its period and the recogniser leaves out.
    if (name.type() == EntityType.PERSON || name.type() == EntityType.OTHER) {
      markTitleBefore(sentence.firstToken(), first);
    }
    markLowerCaseTitleBefore(sentence.firstToken(), first);
  }

  /**
   * Marks a lower-case title right before the name starting at {@code nameStart}: AP style writes
   * "coach Maria Lopez" and "Rangers coach Darnell Hughes", and the tagger often takes the title
   * for a verb there. A title after "to" or an auxiliary ("will coach Maria") is a verb.
   */
  private void markLowerCaseTitleBefore(int sentenceStart, int nameStart) {
    if (!doc.token(nameStart).isCapitalised()) {
      return;
    }
    int longest = lexicon.longestTitleWords();
    for (int from = Math.max(sentenceStart, nameStart - longest); from < nameStart; from++) {
      if (isLowerCaseRun(sentenceStart, from, nameStart)
          && !lexicon.roleOfTitle(Titles.joined(words, from, nameStart)).orElse("").isEmpty()
          && mayStartTitle(sentenceStart, from)) {
        for (int i = from; i < nameStart; i++) {
          nameTypes[i] = EntityType.OTHER;
        }
        return;
      }
    }
  }

  /**
   * Returns true when the words {@code [from, end)} are written in lower case; the first word of
   * the sentence counts as such ("Chief executive Priya Natarajan").
   */
  private boolean isLowerCaseRun(int sentenceStart, int from, int end) {
    for (int i = from; i < end; i++) {
      Token token = doc.token(i);
      boolean opensSentence = i == sentenceStart;
      if (token.quoted() || nameTypes[i] != null && !opensSentence
          || !Character.isLowerCase(token.text().charAt(0)) && !opensSentence) {
        return false;
      }
    }
    return true;
  }

  private boolean mayStartTitle(int sentenceStart, int index) {
    String pos = doc.token(index).pos();
    if (pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("ADJ")) {
      return true;
    }
    if (!pos.equals("VERB") && !pos.equals("ADV")) {
      return false;
    }
    if (index == sentenceStart) {
      return true;
    }
    String before = doc.token(index - 1).pos();
    return before.equals("PUNCT") || before.equals("PROPN") || before.equals("DET")
        || before.equals("ADJ");
  }

  /** Marks the capitalised words of a title that ends right before token {@code nameStart}. */
  private void markTitleBefore(int sentenceStart, int nameStart) {
    int longest = 2 * lexicon.longestTitleWords();
    for (int from = Math.max(sentenceStart, nameStart - longest); from < nameStart; from++) {
      if (lexicon.roleOfTitle(Titles.joined(words, from, nameStart)).isPresent()) {
        for (int i = from; i < nameStart; i++) {
          Token token = doc.token(i);
          if (nameTypes[i] == null && !token.quoted() && token.isCapitalised()) {
            nameTypes[i] = EntityType.OTHER;
          }
        }
        return;
      }
    }
  }

  /**
   * A headline ("Black Lawmakers Rip Donald Trump") capitalises every word, so capitals there say
   * nothing about names.
   */
  private boolean isHeadline(Sentence sentence) {
    int words = 0;
    int capitalised = 0;
    boolean capitalisedNonName = false;
    for (Token token : doc.tokensOf(sentence)) {
      if (!token.quoted() && Character.isLetter(token.text().charAt(0))) {
        words++;
        if (token.isCapitalised()) {
          capitalised++;
          // Headline style capitalises verbs and function words too: "Lawmakers Rip Trump".
          capitalisedNonName |= words > 1 && !token.pos().equals("PROPN") && !token.pos().equals("NOUN")
              && !token.pos().equals("ADJ");
        }
      }
    }
    return words >= 4
        && capitalised * 5 >= words * 4
        && (capitalisedNonName || capitalised == words);
  }

  public AnalyzedText doc() {
    return doc;
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  /** Returns the mention that begins at token {@code first}, ending before {@code limit}. */
  public Optional<Candidate> startingAt(int first, int limit) {
    if (first >= limit || first >= doc.tokens().size()) {
      return Optional.empty();
    }
    Token token = doc.token(first);
    Optional<Candidate> pronoun = pronounAt(first);
    if (pronoun.isPresent()) {
      return pronoun;
    }
    int end = first;
    boolean determiner = isDeterminer(token);
    if (determiner) {
      end++;
    }
    int contentStart = end;
    while (end < limit && isPhraseWord(end, contentStart)) {
      end++;
    }
    if (end == contentStart) {
      return Optional.empty();
    }
    return phrase(first, possessedEnd(end, limit), determiner);
  }

  /** Returns the mention whose last token is {@code last}, beginning at or after {@code lowerBound}. */
  public Optional<Candidate> endingAt(int last, int lowerBound) {
    if (last < lowerBound || last < 0) {
      return Optional.empty();
    }
    Optional<Candidate> pronoun = pronounAt(last);
    if (pronoun.isPresent()) {
      return pronoun;
    }
    int first = last + 1;
    while (first - 1 >= lowerBound && isPhraseWord(first - 1, Integer.MIN_VALUE)) {
      first--;
    }
    if (first > last) {
      return Optional.empty();
    }
    first = possessorStart(first, last, lowerBound);
    boolean determiner = first - 1 >= lowerBound && isDeterminer(doc.token(first - 1));
    return phrase(determiner ? first - 1 : first, last + 1, determiner);
  }

  /** Returns every proper-name mention outside quotations, in text order. */
  public List<Candidate> names() {
    List<Candidate> names = new ArrayList<>();
    int i = 0;
    int size = doc.tokens().size();
    while (i < size) {
      if (isNameToken(i) && !headlines[doc.token(i).sentence()]) {
        int end = nameRunEnd(i, size);
        boolean determiner = i > 0 && doc.token(i - 1).lower().equals("the");
        phrase(determiner ? i - 1 : i, end, determiner)
            .filter(c -> c.kind() == MentionKind.NAME)
            .ifPresent(names::add);
        i = end;
      } else {
        i++;
      }
    }
    return names;
  }

  /**
   * Returns the appositive after a name ("Sen. Marco Rubio, R-Fla.,", "Myron Brilliant, executive
   * vice president of ..."): its text and the index of the token after it, or empty.
   */
  public Optional<Appositive> appositiveAfter(Candidate name, int limit) {
    int comma = name.endToken();
    if (comma >= limit || !doc.token(comma).text().equals(",")) {
      return Optional.empty();
    }
    int first = comma + 1;
    if (first >= limit) {
      return Optional.empty();
    }
    Token start = doc.token(first);
    String startPos = start.pos();
    boolean plausible =
        startPos.equals("DET") || startPos.equals("ADJ") || startPos.equals("NOUN")
            || startPos.equals("PROPN") || start.lower().equals("who") || startPos.equals("NUM");
    if (!plausible || lexicon.isCueVerb(start.lemma()) && startPos.equals("VERB")) {
      return Optional.empty();
    }
    int end = segmentEnd(first, limit);
    if (end <= first) {
      return Optional.empty();
    }
    // "Dolores Pike, 78, a retired teacher,": the age, then what the person is.
    if (end == first + 1 && isAge(doc.token(first)) && end + 1 < limit && isComma(end)
        && isDescriptionStart(doc.token(end + 1))) {
      int second = segmentEnd(end + 1, limit);
      if (second > end + 1) {
        end = second;
      }
    }
    int described = relativeClauseStart(first, end);
    if (described == end && end < limit && !isComma(end) && !start.lower().equals("who")
        && hasVerb(first, end)) {
      // "During his meeting with Xi, the president provided no details": a clause, not an
      // appositive.
      return Optional.empty();
    }
    String text = Span.of(doc.token(first).begin(), doc.token(end - 1).end()).textIn(doc.text());
    if (text.startsWith("who ")) {
      // "X, who was a national security aide," describes X; "X, who steered the plan," does not.
      if (!(text.startsWith("who is ") || text.startsWith("who was "))) {
        return Optional.empty();
      }
      text = text.substring(text.indexOf(' ', 4) + 1);
    } else if (described < end) {
      // "a retired teacher who lives next door" is a retired teacher.
      text = Span.of(doc.token(first).begin(), doc.token(described - 1).end()).textIn(doc.text());
    }
    int next = end < limit && isComma(end) ? end + 1 : end;
    return Optional.of(new Appositive(text, first, end, next));
  }

  /** Returns the end of the words from {@code first} to the next comma or full stop, or -1 if quoted. */
  private int segmentEnd(int first, int limit) {
    int end = first;
    while (end < limit && !isComma(end) && !isSentenceFinal(end)) {
      if (doc.token(end).quoted() || isQuoteMark(doc.token(end))) {
        return -1;
      }
      end++;
    }
    return end;
  }

  private boolean isComma(int index) {
    return doc.token(index).text().equals(",");
  }

  /** A person's age in an appositive: a whole number a person can be. */
  private static boolean isAge(Token token) {
    String text = token.text();
    return text.matches("[1-9][0-9]?|1[01][0-9]");
  }

  private static boolean isDescriptionStart(Token token) {
    String pos = token.pos();
    return pos.equals("DET") || pos.equals("ADJ") || pos.equals("NOUN") || pos.equals("PROPN");
  }

  /** Returns where a relative clause ("who lives next door") begins after a noun, or {@code end}. */
  private int relativeClauseStart(int first, int end) {
    for (int i = first + 1; i < end; i++) {
      String lower = doc.token(i).lower();
      if ((lower.equals("who") || lower.equals("which") || lower.equals("whose"))
          && doc.token(i - 1).pos().equals("NOUN")) {
        return i;
      }
    }
    return end;
  }

  private boolean hasVerb(int first, int end) {
    for (int i = first; i < end; i++) {
      String pos = doc.token(i).pos();
      if ((pos.equals("VERB") || pos.equals("AUX")) && !isNameToken(i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the parenthesis right after a mention ("Rep. John Mica (R-Fla.)"): its inner text and
   * the index of the token after the closing parenthesis, or empty.
   */
  public Optional<Appositive> parentheticalAfter(Candidate mention, int limit) {
    int open = mention.endToken();
    if (open >= limit || !doc.token(open).text().equals("(")) {
      return Optional.empty();
    }
    for (int close = open + 1; close < limit && close <= open + 12; close++) {
      if (doc.token(close).text().equals(")")) {
        if (close == open + 1) {
          return Optional.empty();
        }
        String text = Span.of(doc.token(open + 1).begin(), doc.token(close - 1).end()).textIn(doc.text());
        return Optional.of(new Appositive(text, open + 1, close, close + 1));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns what describes a mention right after it: a parenthesis, an appositive between commas,
   * or both ("Rep. Jim Jordan (R-Ohio), an oversight panel member,").
   */
  public Optional<Appositive> descriptionAfter(Candidate mention, int limit) {
    Optional<Appositive> parenthetical = parentheticalAfter(mention, limit);
    if (parenthetical.isEmpty()) {
      return appositiveAfter(mention, limit);
    }
    Appositive inner = parenthetical.get();
    Candidate shifted =
        Candidate.of(
            mention.firstToken(), inner.nextToken(), mention.span(), mention.kind(),
            mention.speakerKind(), mention.name(), mention.title().orElse(""), mention.role().orElse(""), "");
    return Optional.of(
        appositiveAfter(shifted, limit)
            .map(a -> new Appositive(inner.text() + ", " + a.text(), inner.firstToken(), a.endToken(), a.nextToken()))
            .orElse(inner));
  }

  /**
   * An appositive phrase.
   *
   * @param text the description
   * @param firstToken first token of the phrase
   * @param endToken token after the phrase
   * @param nextToken token after the phrase and its closing comma
   */
  public record Appositive(String text, int firstToken, int endToken, int nextToken) {}

  /** Returns true when the token belongs to a name the recogniser found, or to its title. */
  public boolean isNameToken(int index) {
    return nameTypes[index] != null;
  }

  private boolean isSentenceFinal(int index) {
    Token token = doc.token(index);
    return doc.sentences().get(token.sentence()).endToken() - 1 == index
        && (token.text().equals(".") || token.text().equals("!") || token.text().equals("?"));
  }

  public static boolean isQuoteMark(Token token) {
    return isQuoteMark(token.text());
  }

  static boolean isQuoteMark(String word) {
    return word.length() == 1 && "\"“”‘’'«»„‹›「」『』".indexOf(word.charAt(0)) >= 0;
  }

  private int nameRunEnd(int first, int limit) {
    int end = first + 1;
    boolean connectable = false;
    while (end < limit) {
      Token token = doc.token(end);
      String lower = doc.token(end - 1).lower();
      connectable |= lexicon.isOrganisationWord(lower) || lexicon.roleOfTitle(lower).isPresent();
      if (isNameToken(end) && !isPossessive(end - 1)) {
        end++;
      } else if (isAbbreviationPeriod(end)) {
        end++;
      } else if (connectable
          && NAME_CONNECTORS.contains(token.lower())
          && end + 1 < limit
          && isNameToken(end + 1)
          && !(COORDINATORS.contains(token.lower()) && startsAnotherName(end + 1))) {
        end += 2;
      } else {
        break;
      }
    }
    return end;
  }

  /** After "and", a given name or a title starts a second name: "the Authority and Lena Brook". */
  private boolean startsAnotherName(int index) {
    Token token = doc.token(index);
    return lexicon.isFirstName(token.text()) || Titles.startsAt(words, index, lexicon);
  }

  /**
   * "the mayor's spokesman", "Fox's Chris Wallace": a phrase that ends at {@code end} with a
   * possessive mark before a person, a group or an organisation is the possessor of that speaker,
   * and the mention goes on to its head. Of "Ruiz's statement" or "Ruiz's memoir" the possessor
   * stays the speaker. Returns where the mention ends.
   */
  private int possessedEnd(int end, int limit) {
    int owned = end + 1;
    if (owned >= limit || !isPossessiveMark(end) || !isPhraseWord(owned, owned)) {
      return end;
    }
    while (owned < limit && isPhraseWord(owned, end + 1)) {
      owned++;
    }
    return canSpeak(owned - 1) ? owned : end;
  }

  /**
   * The first token of the mention whose phrase words run from {@code first} to the speaker head
   * {@code last}: the start of the possessor phrase when a possessive mark comes right before
   * them ("the mayor's spokesman").
   */
  private int possessorStart(int first, int last, int lowerBound) {
    int mark = first - 1;
    if (mark - 1 < lowerBound || !isPossessiveMark(mark) || !canSpeak(last)) {
      return first;
    }
    int possessor = mark;
    while (possessor - 1 >= lowerBound && isPhraseWord(possessor - 1, Integer.MIN_VALUE)) {
      possessor--;
    }
    return possessor < mark ? possessor : first;
  }

  /**
   * A head word that names one who can speak: a name, a title or role, a group or an
   * organisation, not one of the writings that the lexicon's group nouns also hold.
   */
  private boolean canSpeak(int index) {
    Token token = doc.token(index);
    String lower = token.lower();
    return isNameToken(index) || lexicon.roleOfTitle(lower).isPresent()
        || lexicon.isOrganisationWord(lower)
        || lexicon.isGroupNoun(lower) && !WRITINGS.contains(token.lemma());
  }

  /** "'s", "’s", or the lone apostrophe of a plural possessor ("the workers' lawyer"). */
  private boolean isPossessiveMark(int index) {
    Token token = doc.token(index);
    return !token.quoted() && token.pos().equals("PART") && token.lower().matches("['’]s?");
  }

  private boolean isPossessive(int index) {
    return index + 1 < doc.tokens().size() && doc.token(index + 1).lower().matches("['’]s?");
  }

  /** The tokenizer splits "Sen." into "Sen" and "."; the period still belongs to the name. */
  private boolean isAbbreviationPeriod(int index) {
    Token token = doc.token(index);
    if (index == 0 || !token.text().equals(".") || index + 1 >= doc.tokens().size()) {
      return false;
    }
    Token before = doc.token(index - 1);
    Token after = doc.token(index + 1);
    return before.end() == token.begin()
        && before.text().length() <= 4
        && after.isCapitalised()
        && after.sentence() == token.sentence();
  }

  private boolean isPhraseWord(int index, int contentStart) {
    Token token = doc.token(index);
    if (token.quoted()) {
      return false;
    }
    String pos = token.pos();
    boolean afterName = index > contentStart && index > 0 && isNameToken(index - 1);
    return isNameToken(index)
        || isAbbreviationPeriod(index)
        || pos.equals("NOUN")
        // "the Vermont senator", "an airport official": a word in lower case the tagger reads as a
        // proper noun is a noun of the phrase.
        || pos.equals("PROPN") && Character.isLowerCase(token.text().charAt(0))
        || pos.equals("ADJ") && !afterName && !lexicon.isCueVerb(token.lemma())
        // "said former Mayor Ana Ruiz": the tagger may read "former" as a conjunction there.
        || TITLE_MODIFIERS.contains(token.lower()) && !afterName
        || pos.equals("NUM")
        || (token.text().equals("-") || token.text().equals("–")) && index > contentStart;
  }

  private static boolean isDeterminer(Token token) {
    return token.pos().equals("DET")
        || token.pos().equals("PRON") && (token.lower().equals("his") || token.lower().equals("her")
            || token.lower().equals("their") || token.lower().equals("its"));
  }

  private Optional<Candidate> pronounAt(int index) {
    Token token = doc.token(index);
    if (token.quoted() || !token.pos().equals("PRON")) {
      return Optional.empty();
    }
    String lower = token.lower();
    SpeakerKind kind;
    if (PERSON_PRONOUNS.contains(lower)) {
      kind = SpeakerKind.PERSON;
    } else if (GROUP_PRONOUNS.contains(lower)) {
      kind = SpeakerKind.GROUP;
    } else if (ORGANISATION_PRONOUNS.contains(lower)) {
      kind = SpeakerKind.ORGANIZATION;
    } else if (RELATIVE_PRONOUNS.contains(lower)) {
      kind = SpeakerKind.UNKNOWN;
    } else {
      return Optional.empty();
    }
    return Optional.of(
        Candidate.of(index, index + 1, token.span(), MentionKind.PRONOUN, kind, lower, "", "", ""));
  }

  /** Types the phrase {@code [first, end)}: a name with optional title, or a nominal. */
  private Optional<Candidate> phrase(int first, int end, boolean determiner) {
    int contentStart = determiner ? first + 1 : first;
    // Trim trailing hyphens and periods that are no abbreviation. A role or group noun the tagger
    // misreads stays the head: "the admiral", "an official" (tagged as adjectives).
    while (end > contentStart && !isNameToken(end - 1) && !doc.token(end - 1).pos().equals("NOUN")
        && lexicon.roleOfTitle(doc.token(end - 1).lower()).isEmpty()
        && !lexicon.isGroupNoun(doc.token(end - 1).lower())) {
      end--;
    }
    if (end <= contentStart || isShouted(contentStart, end)) {
      return Optional.empty();
    }
    Span span = Span.of(doc.token(first).begin(), doc.token(end - 1).end());
    Token head = doc.token(end - 1);
    boolean headIsName = isNameToken(end - 1) || isAbbreviationPeriod(end - 1);
    if (!headIsName) {
      return Optional.of(nominal(first, end, span, head));
    }
    int nameStart = end - 1;
    while (nameStart > contentStart
        && (isNameToken(nameStart - 1) || isAbbreviationPeriod(nameStart - 1)
            || NAME_CONNECTORS.contains(doc.token(nameStart - 1).lower()))) {
      nameStart--;
    }
    return Optional.of(name(first, nameStart, end, span));
  }

  /**
   * Returns true for words in capitals that are no acronym: a dateline ("LOS ANGELES —",
   * "WASHINGTON —") or a subheading ("VOTERS CARE MORE"), never a speaker. "NAACP" and "AP" are
   * acronyms and may be.
   */
  private boolean isShouted(int from, int end) {
    int words = 0;
    int longest = 0;
    for (int i = from; i < end; i++) {
      String text = doc.token(i).text();
      if (!Character.isLetter(text.charAt(0))) {
        continue;
      }
      if (!text.equals(text.toUpperCase(Locale.ROOT))) {
        return false;
      }
      words++;
      longest = Math.max(longest, text.length());
    }
    return words > 0 && (longest > MAX_ACRONYM || words > 1 && longest > 3);
  }

  private Candidate nominal(int first, int end, Span span, Token head) {
    String headWord = head.lemma();
    SpeakerKind kind = SpeakerKind.UNKNOWN;
    String role = lexicon.roleOfTitle(head.lower()).orElse("");
    if (!role.isEmpty()) {
      kind = SpeakerKind.PERSON;
    } else if (lexicon.isOrganisationWord(head.lower())) {
      kind = SpeakerKind.ORGANIZATION;
      role = head.lower();
    } else if (lexicon.isGroupNoun(head.lower())) {
      kind = head.lower().equals(headWord) ? SpeakerKind.UNKNOWN : SpeakerKind.GROUP;
    }
    return Candidate.of(first, end, span, MentionKind.NOMINAL, kind, head.lower(), "", role, "");
  }

  /** Splits a capitalised run into title and name: "U.S. Trade Representative Robert Lighthizer". */
  private Candidate name(int phraseStart, int runStart, int end, Span span) {
    int nameStart = runStart;
    String title = "";
    String role = "";
    for (int i = runStart; i < end - 1; i++) {
      int max = Math.min(end - 1, i + lexicon.longestTitleWords() + 2);
      for (int j = max; j > i; j--) {
        Optional<String> found = lexicon.roleOfTitle(Titles.joined(words, i, j));
        if (found.isPresent()) {
          title = Span.of(doc.token(i).begin(), doc.token(j - 1).end()).textIn(doc.text());
          role = found.get();
          nameStart = j;
          i = j - 1;
          break;
        }
      }
    }
    EntityType recognised = typeOfName(nameStart, end);
    boolean organisation =
        recognised == EntityType.ORGANIZATION
            || recognised == EntityType.OTHER && hasOrganisationWord(nameStart, end);
    if (organisation) {
      nameStart = runStart;
      title = "";
      role = "";
    }
    String name = Span.of(doc.token(nameStart).begin(), doc.token(end - 1).end()).textIn(doc.text());
    SpeakerKind kind;
    if (organisation) {
      kind = SpeakerKind.ORGANIZATION;
    } else if (recognised == EntityType.PERSON
        || !title.isEmpty()
        || recognised == EntityType.OTHER && lexicon.isFirstName(doc.token(nameStart).text())) {
      kind = SpeakerKind.PERSON;
    } else {
      kind = SpeakerKind.UNKNOWN;
    }
    return Candidate.of(phraseStart, end, span, MentionKind.NAME, kind, name, title, role, "");
  }

  /**
   * Returns the type the recogniser gave the last name word of {@code [from, end)}, the head of
   * the name, or {@link EntityType#OTHER} when the name has no typed word.
   */
  private EntityType typeOfName(int from, int end) {
    for (int i = end - 1; i >= from; i--) {
      if (nameTypes[i] != null) {
        return nameTypes[i];
      }
    }
    return EntityType.OTHER;
  }

  private boolean hasOrganisationWord(int from, int end) {
    for (int i = from; i < end; i++) {
      if (lexicon.isOrganisationWord(doc.token(i).lower())) {
        return true;
      }
    }
    return false;
  }
}
