package io.github.quotekit.internal.rules;

import io.github.quotekit.RuleContext;
import io.github.quotekit.SpeakerCandidate;
import io.github.quotekit.TaggedToken;
import io.github.quotekit.TokenRange;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the reported-speech rules read in a sentence, on the public {@link RuleContext} alone:
 * where a content starts after its cue, where it stops, and the next cue of the same speaker.
 */
final class ReportedClauses {
  /** Words after a comma that close the content: "…, adding that", "…, which". */
  static final Set<String> CONTENT_CLOSERS =
      Set.of("according", "adding", "saying", "noting", "arguing", "explaining", "citing",
          "writing", "telling", "calling", "which", "who", "whom", "whose", "where", "but",
          "while", "though", "although", "even", "despite", "whereas");
  /**
   * Verbs of the cue lexicons whose clause is seldom reported speech ("began: “…”", "put it this
   * way", "voted for the bill"): under a third of their contents matched a PolNeAR train
   * attribution.
   */
  private static final Set<String> NOT_REPORTING =
      Set.of("put", "begin", "continue", "vote", "back", "open", "maintain", "interrupt",
          "observe", "read");
  /** Characters of quotation marks that the scanner may have left unpaired. */
  private static final String QUOTATION_MARK_CHARS = "'\"`\u2018\u2019\u201c\u201d";
  /** Pronouns of the listener after "told": "told him the pier was safe". */
  private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "me", "us");
  /** How far after the cue a "that" may open the content: "said in a statement that". */
  private static final int MAX_WORDS_BEFORE_THAT = 7;

  /** Conjunctions before a further cue verb of the same subject: "and said", "but said". */
  private static final Set<String> SAME_SPEAKER_CONJUNCTIONS = Set.of("and", "but");
  /** Tags that may stand between "and" and its cue verb: "and later said", "but did not say". */
  private static final Set<String> BEFORE_AND_CUE = Set.of("ADV", "AUX", "PART");
  /** Most words between "and" and its cue verb. */
  private static final int MAX_WORDS_BEFORE_AND_CUE = 2;

  /**
   * What stands before a reporting participle that is the speaker's next cue: ", adding", "—
   * asserting", "and saying" (PolNeAR train: against a comma alone, 37 contents newly matched an
   * attribution and 17 no longer did).
   */
  private static final Set<String> BEFORE_PARTICIPLE_CUE = Set.of(",", "—", "–", "--", "and");

  /** Conjunctions that join two clauses: "A, and B". */
  private static final Set<String> COORDINATORS = Set.of("and", "but", "so", "yet", "or");

  /** Most words of a parenthetical inside a subject: ", who won the seat in May,". */
  private static final int MAX_PARENTHETICAL = 16;

  private ReportedClauses() {}

  /** The end of the region without the sentence's final punctuation. */
  static int contentEnd(RuleContext context) {
    List<? extends TaggedToken> tokens = context.tokens();
    TokenRange region = context.region();
    int end = region.end();
    while (end > region.begin() && Words.isPunctuation(tokens.get(end - 1))
        && !tokens.get(end - 1).quoted()) {
      end--;
    }
    return end;
  }

  /**
   * The end of the clause whose content is open: before the main clause for a content of the
   * subordinate clause that opens the sentence ("While Ruiz said the pier was safe, …"), else
   * {@link #contentEnd}.
   */
  static int clauseEnd(RuleContext context) {
    int main = context.mainClauseStart(context.sentence());
    return context.region().begin() < main ? main - 1 : contentEnd(context);
  }

  /**
   * A reporting verb of the lexicon, less those that rarely report content and participles used
   * as adjectives.
   */
  static boolean isReporting(RuleContext context, TaggedToken token) {
    return context.isReportingVerb(token) && !NOT_REPORTING.contains(context.cueLemma(token))
        && !isAttributive(context, token);
  }

  /** "the proposed levy", "an expected rise": a participle after a determiner is an adjective. */
  private static boolean isAttributive(RuleContext context, TaggedToken token) {
    int before = token.index() - 1;
    return before >= 0 && context.tokens().get(before).pos().equals("DET")
        && Words.lower(token).endsWith("ed");
  }

  /** True for "…ing" forms, which take the subject of the clause before them. */
  static boolean isParticiple(TaggedToken token) {
    return Words.lower(token).endsWith("ing");
  }

  /** The first token at or after {@code from} that is not a stray quotation mark. */
  static int skipMarks(List<? extends TaggedToken> tokens, int from, int end) {
    int i = from;
    while (i < end && isMarksOnly(tokens.get(i))) {
      i++;
    }
    return i;
  }

  /** A token of quotation marks alone: the scanner pairs no '' (two apostrophes) quotations. */
  private static boolean isMarksOnly(TaggedToken token) {
    return !token.text().isEmpty()
        && token.text().chars().allMatch(c -> QUOTATION_MARK_CHARS.indexOf(c) >= 0);
  }

  /** The first comma in {@code [from, end)}, or -1. */
  static int nextComma(List<? extends TaggedToken> tokens, int from, int end) {
    for (int i = from; i < end; i++) {
      if (tokens.get(i).text().equals(",")) {
        return i;
      }
    }
    return -1;
  }

  /** The content starts after the cue, after "told reporters" the listener, and adverbs. */
  static int contentStart(RuleContext context, int cue, int end) {
    List<? extends TaggedToken> tokens = context.tokens();
    int start = cue + 1;
    if (context.cueLemma(tokens.get(cue)).equals("tell")) {
      Optional<SpeakerCandidate> listener = context.candidateStartingAt(start, end);
      if (listener.isPresent()) {
        start = listener.get().tokens().end();
      } else if (start + 1 < end && isObjectPronoun(tokens, start)) {
        start++;
      }
    }
    while (start < end
        && (tokens.get(start).pos().equals("ADV") || tokens.get(start).text().equals(","))) {
      start++;
    }
    // "said on Tuesday that …", "said in a statement that …": the content is the "that" clause.
    for (int i = start + 1; i < Math.min(end, start + MAX_WORDS_BEFORE_THAT); i++) {
      TaggedToken token = tokens.get(i);
      if (Words.lower(token).equals("that")) {
        return i;
      }
      if (token.pos().equals("VERB") || token.pos().equals("AUX") || Words.isPunctuation(token)
          || token.quoted()) {
        break;
      }
    }
    return start;
  }

  /** "told him", "told them": an object pronoun, not "her" before her noun ("told her staff"). */
  private static boolean isObjectPronoun(List<? extends TaggedToken> tokens, int i) {
    String word = Words.lower(tokens.get(i));
    String next = tokens.get(i + 1).pos();
    return OBJECT_PRONOUNS.contains(word)
        && !(word.equals("her") && (next.equals("NOUN") || next.equals("ADJ")));
  }

  /**
   * The content stops before a comma that opens what is no longer the reported words: ", adding
   * …", ", according to …", a relative clause (", which …", ", who …"), a contrast (", but …",
   * ", while …", ", even though …"); but not before a parenthetical in the subject of the
   * content, before its verb ("the mayor, despite her wealth, is …").
   */
  static int closerAfter(List<? extends TaggedToken> tokens, int from, int end) {
    boolean verbSeen = false;
    for (int i = from; i + 1 < end; i++) {
      if (isCloserAt(tokens, i)) {
        int after = verbSeen ? -1 : parentheticalEnd(tokens, i, end);
        if (after < 0) {
          return i;
        }
        i = after;
      }
      verbSeen |= isVerb(tokens.get(i));
    }
    return end;
  }

  /**
   * Where the parenthetical that the comma at {@code comma} opens inside the subject of a clause
   * ends ("the mayor<u>, despite her wealth,</u> is", "Ruiz<u>, who won in May,</u> would"): at
   * the comma after which the clause's verb comes; -1 when no such comma follows.
   */
  private static int parentheticalEnd(List<? extends TaggedToken> tokens, int comma, int end) {
    for (int i = comma + 2; i < Math.min(end - 1, comma + MAX_PARENTHETICAL); i++) {
      TaggedToken token = tokens.get(i);
      if (!token.quoted() && Words.isPunctuation(token)) {
        int verb = i + 1;
        while (verb < end && tokens.get(verb).pos().equals("ADV")) {
          verb++;
        }
        return token.text().equals(",") && verb < end && isFiniteVerb(tokens.get(verb)) ? i : -1;
      }
    }
    return -1;
  }

  /** True for a verb or an auxiliary. */
  static boolean isVerb(TaggedToken token) {
    return token.pos().equals("VERB") || token.pos().equals("AUX");
  }

  /** True when a token of {@code [from, to)} is a verb or an auxiliary. */
  static boolean hasVerb(List<? extends TaggedToken> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isVerb(tokens.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first comma, dash or "and" in {@code [from, stop)} before a reporting participle (",
   * asserting that …", "— dismissing …", "and saying …"): the speaker's next cue, whose content is
   * not the one before; else {@code stop}. An "and" after a participle of the content joins a
   * second one to it ("it was recruiting drivers and offering a bonus").
   */
  static int participleCueAfter(RuleContext context, int from, int stop) {
    List<? extends TaggedToken> tokens = context.tokens();
    boolean participleSeen = false;
    for (int i = from; i + 1 < stop; i++) {
      TaggedToken token = tokens.get(i);
      if (i > from && !token.quoted() && isParticipleCue(context, i)
          && !(participleSeen && Words.lower(token).equals("and"))) {
        return i;
      }
      participleSeen |= token.pos().equals("VERB") && isParticiple(token);
    }
    return stop;
  }

  /** True when token {@code i} is a comma that closes the content before it. */
  static boolean isCloserAt(List<? extends TaggedToken> tokens, int i) {
    return tokens.get(i).text().equals(",") && !tokens.get(i).quoted()
        && CONTENT_CLOSERS.contains(Words.lower(tokens.get(i + 1)));
  }

  /**
   * The next cue of the speaker whose content starts at {@code start}: a finite speech verb after
   * "and" inside the content ("and said"), or a participle after the comma that closes it
   * (", adding"); -1 when there is none.
   */
  static int nextCueOfSameSpeaker(RuleContext context, int start, int stop, int end) {
    List<? extends TaggedToken> tokens = context.tokens();
    for (int i = start + 2; i + 1 < stop; i++) {
      int verb = andCueVerb(context, i, stop);
      if (verb >= 0) {
        return verb;
      }
    }
    if (stop + 1 < end && isParticipleCue(context, stop)) {
      return stop + 1;
    }
    return -1;
  }

  /**
   * The cue verb of "and said", "but said", "and later told" or "but has since said" at token
   * {@code i}, the conjunction: a cue verb after it and at most two adverbs, auxiliaries and
   * particles, finite unless an auxiliary stands before it ("but would not say"); -1 when there
   * is none before {@code end}.
   */
  static int andCueVerb(RuleContext context, int i, int end) {
    List<? extends TaggedToken> tokens = context.tokens();
    TaggedToken and = tokens.get(i);
    if (and.quoted() || !SAME_SPEAKER_CONJUNCTIONS.contains(Words.lower(and))) {
      return -1;
    }
    int verb = i + 1;
    boolean auxiliary = false;
    while (verb < end && verb - i <= MAX_WORDS_BEFORE_AND_CUE
        && BEFORE_AND_CUE.contains(tokens.get(verb).pos())) {
      auxiliary |= tokens.get(verb).pos().equals("AUX");
      verb++;
    }
    if (verb >= end) {
      return -1;
    }
    TaggedToken cue = tokens.get(verb);
    boolean finite = auxiliary || !Words.lower(cue).equals(cue.lemma());
    return !cue.quoted() && context.isCueVerb(cue) && finite && !isParticiple(cue) ? verb : -1;
  }

  /**
   * True for ", adding", "— asserting" or "and saying" at token {@code mark}: a comma, a dash or
   * "and", then a reporting participle.
   */
  static boolean isParticipleCue(RuleContext context, int mark) {
    TaggedToken verb = context.tokens().get(mark + 1);
    return BEFORE_PARTICIPLE_CUE.contains(context.tokens().get(mark).text()) && isParticiple(verb)
        && isReporting(context, verb);
  }

  /**
   * The end of the content that starts at {@code start} and may run to {@code stop}: before the
   * speaker's next cue ({@code next}, or -1) and the comma before it.
   */
  static TokenRange contentUpTo(RuleContext context, int start, int stop, int next) {
    int contentStop = next < 0 ? stop : next - 1;
    // "and later said", "but has since said": the content ends before the conjunction.
    while (next >= 0 && contentStop > start && contentStop > next - 1 - MAX_WORDS_BEFORE_AND_CUE
        && BEFORE_AND_CUE.contains(context.tokens().get(contentStop).pos())) {
      contentStop--;
    }
    if (contentStop > start && context.tokens().get(contentStop - 1).text().equals(",")) {
      contentStop--;
    }
    return new TokenRange(start, Math.max(start + 1, contentStop));
  }

  /**
   * True when the comma or semicolon at {@code comma} opens a coordinated clause with a subject of
   * its own: ", and three in ten said …", "; the senator has since …", ", but he raised them …".
   */
  static boolean opensCoordinatedClause(RuleContext context, int comma, int stop) {
    List<? extends TaggedToken> tokens = context.tokens();
    TaggedToken mark = tokens.get(comma);
    if (mark.quoted() || !(mark.text().equals(",") || mark.text().equals(";"))) {
      return false;
    }
    int subject = comma + 1;
    if (subject < stop && COORDINATORS.contains(Words.lower(tokens.get(subject)))) {
      subject++;
    } else if (mark.text().equals(",")) {
      // "A, the senator said B": after a comma alone, a subject is an apposition or a new
      // attribution more often than a clause joined to the content.
      return false;
    }
    Optional<SpeakerCandidate> candidate = context.candidateStartingAt(subject, stop);
    if (candidate.isEmpty()) {
      return false;
    }
    int verb = candidate.get().tokens().end();
    while (verb < stop && (tokens.get(verb).pos().equals("ADV")
        || tokens.get(verb).pos().equals("PART"))) {
      verb++;
    }
    if (verb >= stop || tokens.get(verb).quoted()) {
      return false;
    }
    return isFiniteVerb(tokens.get(verb));
  }

  /** "has", "raised", "backs": an auxiliary, or a verb in an inflected form but no participle. */
  private static boolean isFiniteVerb(TaggedToken verb) {
    return verb.pos().equals("AUX")
        || (verb.pos().equals("VERB") && !Words.lower(verb).equals(verb.lemma())
            && !isParticiple(verb));
  }
}
