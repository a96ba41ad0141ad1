package io.github.quotekit.internal.attribution;

import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.analysis.Token;
import io.github.quotekit.internal.candidate.Candidate;
import io.github.quotekit.internal.candidate.MentionFinder;
import io.github.quotekit.MentionKind;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** Shallow clause reading shared by the sieves: cue verbs and their subjects. */
final class Clauses {
  /** Words that may stand between a subject and its cue verb: "also said", "has said". */
  static final Set<String> BETWEEN_SUBJECT_AND_CUE = Set.of("ADV", "AUX", "PART");

  /** Tags that open an introductory phrase before the subject. */
  private static final Set<String> INTRODUCERS = Set.of("ADP", "SCONJ", "ADV", "VERB");
  /**
   * Forms that are speech verbs in news whatever the tagger says ("Trump/ADJ said/NOUN" happens
   * after a closing quotation mark).
   */
  private static final Map<String, String> UNAMBIGUOUS_FORMS =
      Map.of("said", "say", "says", "say", "told", "tell", "tells", "tell", "tweeted", "tweet",
          "added", "add", "asked", "ask", "wrote", "write");
  private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their", "our", "my", "your");

  private Clauses() {}

  /** Returns true when the token is a verb whose lemma introduces speech. */
  static boolean isCueVerb(MentionFinder finder, Token token) {
    return isVerbIn(finder, token, finder.lexicon()::isCueVerb);
  }

  /** Returns true when the token is a verb that reports speech, thought or findings. */
  static boolean isReportingVerb(MentionFinder finder, Token token) {
    return isVerbIn(finder, token, finder.lexicon()::isReportingVerb);
  }

  private static boolean isVerbIn(MentionFinder finder, Token token, Predicate<String> lemmas) {
    return !token.quoted()
        && !isSoCalled(finder.doc(), token)
        && (UNAMBIGUOUS_FORMS.containsKey(token.lower())
            || (token.pos().equals("VERB") || token.pos().equals("AUX")
                    || isVerbTaggedAsNoun(finder, token))
                && lemmas.test(token.lemma()));
  }

  /** Returns the verb lemma of a cue token, whatever the tagger made of it. */
  static String cueLemma(Token token) {
    return UNAMBIGUOUS_FORMS.getOrDefault(token.lower(), token.lemma());
  }

  /**
   * The tagger reads "Whitcombe concludes" and "the ad states" as noun compounds; an inflected cue
   * word right after a noun or name, not after a determiner or possessive, is the verb.
   */
  private static boolean isVerbTaggedAsNoun(MentionFinder finder, Token token) {
    if (!token.pos().equals("NOUN") || token.index() == 0
        || !(token.lower().endsWith("s") || token.lower().endsWith("ed"))) {
      return false;
    }
    Token before = finder.doc().token(token.index() - 1);
    int next = token.index() + 1;
    if (next < finder.doc().tokens().size()
        && (finder.doc().token(next).pos().equals("VERB")
            || finder.doc().token(next).pos().equals("AUX"))) {
      // "the harbor talks seem to have stalled": a verb follows, so the noun heads its subject.
      return false;
    }
    return before.sentence() == token.sentence()
        && (before.pos().equals("PROPN") || before.pos().equals("NOUN") || before.pos().equals("PRON")
            && !POSSESSIVES.contains(before.lower()));
  }

  /** "the so-called “green corridor”": "called" there is no cue but a scare-quote marker. */
  static boolean isSoCalled(AnalyzedText doc, Token token) {
    int i = token.index();
    return token.lower().equals("called")
        && i >= 1
        && (doc.token(i - 1).lower().equals("so-") || doc.token(i - 1).text().equals("-")
            && i >= 2 && doc.token(i - 2).lower().equals("so"))
        || token.lower().equals("so-called");
  }

  /** Returns true when the verb is a participle that takes the subject of the main clause. */
  static boolean isParticiple(Token token) {
    return token.lower().endsWith("ing");
  }

  /** Returns the nearest cue verb in {@code [from, to)}, searching from the right. */
  static Optional<Integer> lastCueVerb(MentionFinder finder, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (isCueVerb(finder, finder.doc().token(i))) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** Returns the first cue verb in {@code [from, to)}. */
  static Optional<Integer> firstCueVerb(MentionFinder finder, int from, int to) {
    return first(finder, from, to, token -> isCueVerb(finder, token));
  }

  /** Returns the first reporting verb in {@code [from, to)}. */
  static Optional<Integer> firstReportingVerb(MentionFinder finder, int from, int to) {
    return first(finder, from, to, token -> isReportingVerb(finder, token));
  }

  private static Optional<Integer> first(
      MentionFinder finder, int from, int to, Predicate<Token> wanted) {
    for (int i = from; i < to; i++) {
      if (wanted.test(finder.doc().token(i))) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the subject of the cue verb at {@code cue}: for a participle ("…, saying …") the
   * subject of the clause, otherwise the mention before the verb.
   */
  static Optional<Candidate> subjectOf(MentionFinder finder, int cue, int clauseStart) {
    AnalyzedText doc = finder.doc();
    Optional<Candidate> subject = subjectBefore(finder, cue, clauseStart);
    if (isParticiple(doc.token(cue))) {
      // "McCain telling reporters" keeps its subject; "issued a statement calling" does not;
      // "Nefzi said, adding" takes the subject of the cue it adds to.
      // "with officials saying": after "with" the phrase before the participle is its subject.
      subject = subject.filter(s -> s.endToken() == cue
          && (s.kind() != MentionKind.NOMINAL || follows(doc, s, "with")));
      if (subject.isEmpty()) {
        Optional<Integer> finite = lastCueVerb(finder, clauseStart, cue);
        if (finite.isPresent() && !isParticiple(doc.token(finite.get()))) {
          subject = subjectBefore(finder, finite.get(), clauseStart);
        }
      }
    }
    if (subject.isPresent()
        && (!headsRelativeOrPrepositionalPhrase(doc, subject.get(), clauseStart)
            || isParticiple(doc.token(cue)) && follows(doc, subject.get(), "of"))) {
      // "footage of Clinton asking": the one shown speaking is the participle's subject.
      return subject;
    }
    Optional<Candidate> main = clauseSubject(finder, clauseStart, cue);
    return main.isPresent() ? main : subject;
  }

  private static boolean follows(AnalyzedText doc, Candidate mention, String word) {
    return mention.firstToken() > 0 && doc.token(mention.firstToken() - 1).lower().equals(word);
  }

  /**
   * In "condemned what he called “…”" the words are reported as the main subject's, and in
   * "Protesters marching through the streets chanted" the phrase before the verb is no subject.
   */
  private static boolean headsRelativeOrPrepositionalPhrase(
      AnalyzedText doc, Candidate subject, int clauseStart) {
    int before = subject.firstToken() - 1;
    if (before < clauseStart) {
      return false;
    }
    Token token = doc.token(before);
    return token.lower().equals("what")
        || token.pos().equals("ADP") && !token.lower().equals("as") && !token.lower().equals("with");
  }

  /**
   * Returns the subject of the cue verb at {@code cue}: the mention right before it, skipping
   * adverbs and auxiliaries ("also has said"), an appositive between commas ("X, a professor at
   * Y, said") and "as" ("quoted X as saying").
   */
  static Optional<Candidate> subjectBefore(MentionFinder finder, int cue, int lowerBound) {
    AnalyzedText doc = finder.doc();
    int j = cue - 1;
    while (j >= lowerBound && (BETWEEN_SUBJECT_AND_CUE.contains(doc.token(j).pos())
        && !doc.token(j).lower().equals("who") || doc.token(j).lower().equals("as"))) {
      j--;
    }
    // "he laughed and said": the subject of the first of two coordinated verbs.
    if (j - 1 >= lowerBound && doc.token(j).pos().equals("CCONJ")
        && doc.token(j - 1).pos().equals("VERB")) {
      j -= 2;
      while (j >= lowerBound && BETWEEN_SUBJECT_AND_CUE.contains(doc.token(j).pos())) {
        j--;
      }
    }
    j = beforeAdjunct(doc, j, cue, lowerBound);
    if (j < lowerBound) {
      return Optional.empty();
    }
    if (doc.token(j).text().equals(",")) {
      // "The agency's spokeswoman, Lena Ortiz, said": a name set off by commas after its role.
      Optional<Candidate> between = mentionEndingAt(finder, j - 1, lowerBound);
      if (between.isPresent() && between.get().kind() == MentionKind.NAME
          && between.get().firstToken() - 1 >= lowerBound
          && doc.token(between.get().firstToken() - 1).text().equals(",")
          && finder.endingAt(between.get().firstToken() - 2, lowerBound)
              .filter(role -> role.kind() == MentionKind.NOMINAL).isPresent()) {
        return between;
      }
      // "X, a professor at Y, said" and "Berg, 31, a defender who joined in 2019, said": the name
      // before the first of up to three commas that close the appositive.
      int commas = 0;
      for (int k = j - 1; k > lowerBound && commas < MAX_APPOSITIVE_COMMAS; k--) {
        Token token = doc.token(k);
        if (token.quoted() || MentionFinder.isQuoteMark(token)) {
          break;
        }
        if (token.text().equals(",")) {
          commas++;
          Optional<Candidate> name = mentionEndingAt(finder, k - 1, lowerBound);
          if (name.isPresent() && name.get().kind() == MentionKind.NAME && k + 1 < j) {
            String description =
                doc.text().substring(doc.token(k + 1).begin(), doc.token(j - 1).end());
            return Optional.of(name.get().withDescription(description));
          }
        }
      }
      return Optional.empty();
    }
    Optional<Candidate> subject = mentionEndingAt(finder, j, lowerBound);
    return subject.map(s -> antecedentOfRelativeClause(finder, s, lowerBound, cue).orElse(s));
  }

  /** Prepositions of a short adjunct between a subject and its verb: "who in 2010 said". */
  private static final Set<String> ADJUNCT_PREPOSITIONS =
      Set.of("in", "on", "at", "during", "since", "via", "over");
  /** Words that head an adjunct of time: "on Friday", "in March". */
  private static final Set<String> DAYS_AND_MONTHS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december");

  /**
   * Returns the token before a short prepositional adjunct that ends at {@code j}, right before a
   * finite cue ("who <u>in 2010</u> said", "Ruiz <u>in a statement</u> said", "Sanders <u>on
   * Friday</u> thanked"), when a name, noun or pronoun stands before it; else {@code j}.
   */
  private static int beforeAdjunct(AnalyzedText doc, int j, int cue, int lowerBound) {
    int bare = beforeBareTimeAdjunct(doc, j, lowerBound);
    if (bare != j) {
      return bare;
    }
    if (j < lowerBound || !isAdjunctHead(doc.token(j))) {
      return j;
    }
    for (int i = j + 1; i < cue; i++) {
      if (doc.token(i).lower().equals("to")) {
        return j; // "the convention in July to put together": an infinitive has no subject here
      }
    }
    int p = j - 1;
    while (p >= lowerBound && p > j - 3 && doc.token(p).pos().equals("ADJ")) {
      p--;
    }
    if (p >= lowerBound && doc.token(p).pos().equals("DET")) {
      p--;
    }
    if (p - 1 < lowerBound || !doc.token(p).pos().equals("ADP")
        || !ADJUNCT_PREPOSITIONS.contains(doc.token(p).lower())) {
      return j;
    }
    return endsAMention(doc.token(p - 1)) ? p - 1 : j;
  }

  /** A name, noun or pronoun outside quotations, which may end the subject before an adjunct. */
  private static boolean endsAMention(Token token) {
    String pos = token.pos();
    return (pos.equals("PROPN") || pos.equals("NOUN") || pos.equals("PRON")) && !token.quoted();
  }

  /** Words that head an adjunct of time without a preposition: "last week", "this month". */
  private static final Set<String> TIME_NOUNS =
      Set.of("week", "month", "year", "weekend", "day", "night", "morning", "afternoon",
          "evening", "spring", "summer", "fall", "autumn", "winter");
  /** Words that open an adjunct of time without a preposition: "last week", "this month". */
  private static final Set<String> TIME_DETERMINERS = Set.of("last", "this", "next", "that");
  /** Adverbs before such an adjunct: "earlier this year". */
  private static final Set<String> TIME_ADVERBS = Set.of("earlier", "later");

  /**
   * Returns the token before an adjunct of time without a preposition that ends at {@code j}
   * ("Ortiz <u>last week</u> said", "the mayor <u>earlier this month</u> told"), when a name,
   * noun or pronoun stands before it; else {@code j}.
   */
  private static int beforeBareTimeAdjunct(AnalyzedText doc, int j, int lowerBound) {
    if (j - 2 < lowerBound || doc.token(j).quoted()
        || !(TIME_NOUNS.contains(doc.token(j).lower())
            || DAYS_AND_MONTHS.contains(doc.token(j).lower()))
        || !TIME_DETERMINERS.contains(doc.token(j - 1).lower())) {
      return j;
    }
    int p = j - 2;
    if (TIME_ADVERBS.contains(doc.token(p).lower())) {
      p--;
    }
    if (p < lowerBound) {
      return j;
    }
    return endsAMention(doc.token(p)) ? p : j;
  }

  /** A noun, a day or month, or a year: "statement", "Friday", "2010". */
  private static boolean isAdjunctHead(Token token) {
    return !token.quoted()
        && (token.pos().equals("NOUN")
            || DAYS_AND_MONTHS.contains(token.lower())
            || token.text().length() == 4 && token.text().chars().allMatch(Character::isDigit));
  }

  private static final int MAX_APPOSITIVE_COMMAS = 3;
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("that", "who", "which");
  /** How far back a relative pronoun may stand from the mention before the cue. */
  private static final int MAX_RELATIVE_CLAUSE_TOKENS = 12;

  /**
   * In "The union local that represents the workers called …" the mention before the cue ends a
   * relative clause; the subject is the noun phrase the clause describes, when the clause has no
   * cue of its own and no comma.
   */
  private static Optional<Candidate> antecedentOfRelativeClause(
      MentionFinder finder, Candidate mention, int lowerBound, int cue) {
    AnalyzedText doc = finder.doc();
    int limit = Math.max(lowerBound, mention.firstToken() - MAX_RELATIVE_CLAUSE_TOKENS);
    for (int r = mention.firstToken() - 1; r > limit; r--) {
      Token token = doc.token(r);
      if (token.quoted() || token.isPunctuation()) {
        return Optional.empty();
      }
      // "which he declared": a mention right after the pronoun is the clause's own subject, also
      // when the finder read only the end of the name ("that Mayor Bill de Blasio described").
      if (RELATIVE_PRONOUNS.contains(token.lower()) && r < mention.firstToken() - 1
          && !onlyNameWords(doc, r + 1, mention.firstToken())) {
        if (lastCueVerb(finder, r + 1, cue).isPresent()) {
          return Optional.empty();
        }
        return r - 1 >= lowerBound ? finder.endingAt(r - 1, lowerBound) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Particles inside a name: "Bill de Blasio", "Ludwig van Beethoven". */
  private static final Set<String> NAME_PARTICLES = Set.of("de", "da", "di", "du", "van", "von", "le", "la", "del");

  /** Returns true when the tokens {@code [from, to)} are capitalised words and name particles. */
  private static boolean onlyNameWords(AnalyzedText doc, int from, int to) {
    for (int i = from; i < to; i++) {
      Token token = doc.token(i);
      if (!token.isCapitalised() && !NAME_PARTICLES.contains(token.text()) && !token.text().equals(".")) {
        return false;
      }
    }
    return true;
  }

  /** Returns the mention ending at token {@code j}, reading through a parenthesis after it. */
  private static Optional<Candidate> mentionEndingAt(MentionFinder finder, int j, int lowerBound) {
    AnalyzedText doc = finder.doc();
    if (j < lowerBound || !doc.token(j).text().equals(")")) {
      return j < lowerBound ? Optional.empty() : finder.endingAt(j, lowerBound);
    }
    for (int open = j - 1; open > lowerBound && open > j - 12; open--) {
      if (doc.token(open).text().equals("(")) {
        if (open == j - 1) {
          return Optional.empty();
        }
        String inner = doc.text().substring(doc.token(open + 1).begin(), doc.token(j - 1).end());
        return finder.endingAt(open - 1, lowerBound).map(c -> c.withDescription(inner));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns where the main clause begins: after a leading conjunction and an introductory phrase
   * closed by a comma ("After Xi complained to Trump, the president …"), or {@code from}.
   */
  static int mainClauseStart(MentionFinder finder, int from, int to) {
    AnalyzedText doc = finder.doc();
    int i = afterConjunctions(doc, afterDateline(doc, from, to), to);
    // "Facing criticism, Ruiz said": a participle opens the phrase whatever its tag.
    if (i < to && (INTRODUCERS.contains(doc.token(i).pos()) || isParticiple(doc.token(i)))
        && !finder.isNameToken(i)) {
      int comma = i;
      while (comma < to && !doc.token(comma).text().equals(",")) {
        comma++;
      }
      return comma < to ? comma + 1 : i;
    }
    return i;
  }

  /** The most tokens a dateline takes: "WASHINGTON (AP) —", "ST. PAUL, Minn. (Reuters) --". */
  private static final int MAX_DATELINE_TOKENS = 10;
  private static final Set<String> DATELINE_DASHES = Set.of("—", "–", "--", "-");

  /**
   * Returns the first token after a dateline that opens the sentence at {@code from} ("WASHINGTON
   * (AP) — Democrat Hillary Clinton has …"), or {@code from} when there is none: capitalised
   * words, numbers, commas, periods and a parenthesised agency before a dash.
   */
  static int afterDateline(AnalyzedText doc, int from, int to) {
    if (from > 0 && doc.token(from - 1).sentence() == doc.token(from).sentence()) {
      return from;
    }
    int limit = Math.min(to, from + MAX_DATELINE_TOKENS);
    for (int i = from; i < limit; i++) {
      Token token = doc.token(i);
      if (DATELINE_DASHES.contains(token.text())) {
        return i > from ? i + 1 : from;
      }
      // "FLINT, Mich., Oct. 4 (UPI) —": a date may stand in the dateline.
      boolean capitalised = Character.isUpperCase(token.text().charAt(0))
          || Character.isDigit(token.text().charAt(0));
      if (!capitalised && !token.text().equals(",") && !token.text().equals(".")
          && !token.text().equals("(") && !token.text().equals(")")) {
        return from;
      }
    }
    return from;
  }

  /** Returns the first token in {@code [from, to)} after leading conjunctions and punctuation. */
  static int afterConjunctions(AnalyzedText doc, int from, int to) {
    int i = from;
    while (i < to && (doc.token(i).pos().equals("CCONJ") || doc.token(i).isPunctuation())) {
      i++;
    }
    return i;
  }

  /**
   * Returns the subject of the clause that starts at {@code from}: its first mention after a
   * leading conjunction and an introductory phrase ("In exchange for X, Trump said").
   */
  static Optional<Candidate> clauseSubject(MentionFinder finder, int from, int to) {
    AnalyzedText doc = finder.doc();
    int i = mainClauseStart(finder, from, to);
    if (i >= to || doc.token(i).quoted()) {
      return Optional.empty();
    }
    Optional<Candidate> first = finder.startingAt(i, to);
    if (first.isPresent() && first.get().kind() == MentionKind.NOMINAL) {
      // "Hours later, Trump returned …": a phrase closed by a comma introduces the clause.
      int after = first.get().endToken();
      while (after < to && doc.token(after).pos().equals("ADV")) {
        after++;
      }
      if (after + 1 < to && doc.token(after).text().equals(",")) {
        Optional<Candidate> next = finder.startingAt(after + 1, to);
        if (next.isPresent()) {
          return next;
        }
      }
    }
    return first;
  }
}
