package io.github.quotekit.internal.rules;

import io.github.quotekit.RuleContext;
import io.github.quotekit.RuleDecision;
import io.github.quotekit.SpeakerCandidate;
import io.github.quotekit.TaggedToken;
import io.github.quotekit.TokenRange;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "X said (that) CONTENT.": the clause after the first reporting verb of a stretch that has a
 * subject, the outermost attribution ("X said Y believes Z" is X's), read by {@link
 * ReportedCueFirstRule}; and the second attribution of "X said A, and Y said B".
 */
final class ReportingClause {
  /** Tags of the words of a subject phrase: "nearly eight in 10 of those polled". */
  private static final Set<String> SUBJECT_PHRASE_TAGS =
      Set.of("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "ADV", "ADP", "SYM", "CCONJ");
  /** Tags that stand between a subject and its verb: "also has said", "did not say". */
  private static final Set<String> BETWEEN_SUBJECT_AND_CUE = Set.of("ADV", "AUX", "PART");
  /** Pronouns that head a subject phrase of people: "Some say", "most of them said". */
  private static final Set<String> QUANTIFIERS =
      Set.of("some", "many", "most", "others", "both", "all", "few", "several", "half", "those",
          "one", "another", "each", "none", "neither", "either", "more", "fewer");
  /** Object pronouns of people, after the "of" of a partitive subject: "most of them". */
  private static final Set<String> PEOPLE_OBJECT_PRONOUNS = Set.of("them", "us", "you");
  /** Nouns and adjectives of stance that take a "that" clause: "the claim that …". */
  private static final Set<String> STANCE_WORDS =
      Set.of("claim", "assertion", "suggestion", "idea", "notion", "belief", "view", "argument",
          "allegation", "accusation", "charge", "warning", "promise", "pledge", "vow",
          "announcement", "statement", "message", "report", "news", "fear", "concern", "hope",
          "doubt", "insistence", "admission", "acknowledgment", "denial", "conclusion", "finding",
          "evidence", "sense", "impression", "perception", "speculation", "rumor", "theory",
          "clear", "confident", "hopeful", "convinced", "sure", "certain", "aware", "afraid",
          "worried", "concerned", "adamant", "optimistic");
  /** Words that open a phrase of place, time, means or agent rather than what was said. */
  private static final Set<String> ADJUNCT_OPENERS =
      Set.of("from", "after", "up", "during", "and", "by", "in", "with");
  /** Words that open a complement clause or phrase: "said, in the end, that …". */
  private static final Set<String> COMPLEMENTISERS = Set.of("that", "whether", "if", "to");
  /** Words between a subject and its participle: "with both sides each accusing". */
  private static final Set<String> DISTRIBUTIVES = Set.of("each", "both", "all");
  /** Most words of a subject phrase that the candidate finder does not read. */
  private static final int MAX_SUBJECT_PHRASE = 8;
  /**
   * Most cue words tried in one clause. Trying one reads the clause up to its end, so a clause of
   * nothing but cue words ("said said said …", a spam dump) would take time quadratic in its
   * length; a clause of prose decides within a few.
   */
  private static final int MAX_CUES_TRIED = 32;

  /**
   * Prepositions that belong to the cue when a phrase after it opens with one: "called for <u>a
   * new pier</u>", "spoke about <u>the levy</u>", as PolNeAR marks them (train: 8 more contents
   * matched an attribution and 8 fewer matched none).
   */
  private static final Set<String> CUE_PREPOSITIONS =
      Set.of("about", "for", "of", "on", "at", "against", "over", "with");

  private ReportingClause() {}

  /**
   * The content of the first reporting verb with a subject in {@code [from, end)}: up to a
   * coordinated second attribution, the speaker's next cue, or the comma that closes it.
   */
  static Optional<RuleDecision> first(
      RuleContext context, int from, int end, ReportedConfidence confidence) {
    List<? extends TaggedToken> tokens = context.tokens();
    int tried = 0;
    for (int i = from; i < end && tried < MAX_CUES_TRIED; i++) {
      if (!ReportedClauses.isReporting(context, tokens.get(i))
          && !isStanceWordBeforeThat(tokens, i, end)) {
        continue;
      }
      tried++;
      int verb = i;
      if (isParentheticalParticiple(context, verb, end)) {
        continue;
      }
      Optional<SpeakerCandidate> quoted = quotedAsSaying(context, verb, end);
      int cue = quoted.map(q -> q.tokens().end() + 1).orElse(verb);
      Optional<SpeakerCandidate> subject =
          quoted.or(() -> subject(context, from, verb));
      int start = ReportedClauses.contentStart(context, cue, end);
      int stop = ReportedClauses.participleCueAfter(
          context, start, ReportedClauses.closerAfter(tokens, start, end));
      if (subject.isEmpty() || stop - start < 2 || opensAnAdjunct(tokens.get(start))) {
        continue;
      }
      int comma = coordinatedComma(context, start, stop);
      TokenRange content =
          comma >= 0
              ? new TokenRange(start, comma)
              : ReportedClauses.contentUpTo(
                  context, start, stop,
                  ReportedClauses.nextCueOfSameSpeaker(context, start, stop, end));
      if (isPrepositionalPhrase(context, cue, content)
          || isVerblessPhraseAfterComma(tokens, cue, content)) {
        continue;
      }
      if (opensWithCuePreposition(tokens, content)) {
        content = new TokenRange(content.begin() + 1, content.end());
      }
      // "The day seemed to …": a writer's reading whose subject the blocklist names keeps that
      // subject, so that the extractor drops the content as it drops every blocked speaker's.
      boolean writersView =
          isWritersView(context, cue)
              && !context.lexicon().isBlockedSpeaker(subject.get().name());
      RuleDecision decision =
          writersView
              ? RuleDecision.sourceless(content, 0)
              : RuleDecision.of(subject.get(), 0).withContent(content);
      return Optional.of(confidence.applied(context, decision.withCue(TokenRange.of(cue))));
    }
    return context.decline("no reporting verb with a subject and a clause after it");
  }

  /**
   * "Haugen, asked whether …, said: “…”", "Ruiz, pressed on the levy, said …": a past participle
   * between commas after the subject is a parenthesis, and the cue after its closing comma is the
   * subject's.
   */
  private static boolean isParentheticalParticiple(RuleContext context, int verb, int end) {
    List<? extends TaggedToken> tokens = context.tokens();
    if (verb == 0 || !tokens.get(verb - 1).text().equals(",")
        || !Words.lower(tokens.get(verb)).endsWith("ed")) {
      return false;
    }
    for (int i = verb + 2; i + 1 < end && !tokens.get(i).quoted(); i++) {
      if (tokens.get(i).text().equals(",")) {
        int next = i + 1;
        while (next < end && tokens.get(next).pos().equals("ADV")) {
          next++;
        }
        return next < end && context.isCueVerb(tokens.get(next))
            && !ReportedClauses.isParticiple(tokens.get(next));
      }
    }
    return false;
  }

  /**
   * "X said A, and Y said B", "X said A; Y said B": the second attribution, when the comma or
   * semicolon at {@code comma} is followed by a speech verb with its own subject, whose content
   * runs to {@code stop}.
   */
  static Optional<RuleDecision> coordinatedAt(
      RuleContext context, int comma, int stop, ReportedConfidence confidence) {
    List<? extends TaggedToken> tokens = context.tokens();
    TaggedToken token = tokens.get(comma);
    if (token.quoted() || !(token.text().equals(",") || token.text().equals(";"))) {
      return Optional.empty();
    }
    int subjectStart = comma + 1;
    String pos = tokens.get(subjectStart).pos();
    if (pos.equals("CCONJ") || pos.equals("SCONJ")) {
      subjectStart++;
    }
    Optional<SpeakerCandidate> subject = context.candidateStartingAt(subjectStart, stop);
    if (subject.isEmpty()) {
      return Optional.empty();
    }
    int cue = subject.get().tokens().end();
    while (cue < stop
        && (tokens.get(cue).pos().equals("ADV") || tokens.get(cue).pos().equals("AUX"))) {
      cue++;
    }
    if (cue >= stop || !context.isCueVerb(tokens.get(cue))) {
      return Optional.empty();
    }
    int contentStart = ReportedClauses.contentStart(context, cue, stop);
    if (stop - contentStart < 2) {
      return Optional.empty();
    }
    return Optional.of(
        confidence.applied(
            context,
            RuleDecision.of(subject.get(), 0)
                .withCue(TokenRange.of(cue))
                .withContent(new TokenRange(contentStart, stop))));
  }

  /**
   * The subject of the reporting verb at {@code verb} in the clause that starts at {@code from}:
   * the mention before it ({@link RuleContext#subjectOf}), or a short phrase that opens the
   * clause ("Some say", "those surveyed said").
   */
  static Optional<SpeakerCandidate> subject(RuleContext context, int from, int verb) {
    return absoluteSubject(context, from, verb)
        .or(() -> context.subjectOf(context.tokens().get(verb), from))
        .or(() -> subjectPhrase(context, from, verb));
  }

  /**
   * "Talks broke down, with Norway and the EU each accusing the other of …": a participle after
   * "with" and a noun phrase has that phrase as its subject, not the main clause's. Returns its
   * last mention.
   */
  private static Optional<SpeakerCandidate> absoluteSubject(
      RuleContext context, int from, int verb) {
    List<? extends TaggedToken> tokens = context.tokens();
    if (!ReportedClauses.isParticiple(tokens.get(verb))) {
      return Optional.empty();
    }
    int last = verb - 1;
    while (last >= from
        && (tokens.get(last).pos().equals("ADV")
            || DISTRIBUTIVES.contains(Words.lower(tokens.get(last))))) {
      last--;
    }
    Optional<SpeakerCandidate> mention =
        last < from ? Optional.empty() : context.candidateEndingAt(last, from);
    if (mention.isEmpty()) {
      return Optional.empty();
    }
    int first = mention.get().tokens().begin();
    for (int i = first - 1; i >= from && first - i <= MAX_SUBJECT_PHRASE; i--) {
      TaggedToken token = tokens.get(i);
      if (Words.lower(token).equals("with")) {
        return mention;
      }
      if (token.quoted() || !SUBJECT_PHRASE_TAGS.contains(token.pos())) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The comma that starts a second, coordinated attribution in {@code [start, stop)} ("X said A,
   * and Y said B"), or a coordinated clause with a subject of its own ("X said A, and three in
   * ten backed B"), which is no longer the reported words; -1 when there is none.
   */
  private static int coordinatedComma(RuleContext context, int start, int stop) {
    for (int comma = start + 2; comma < stop - 3; comma++) {
      if (coordinatedAt(context, comma, stop, ReportedConfidence.NONE).isPresent()
          || ReportedClauses.opensCoordinatedClause(context, comma, stop)) {
        return comma;
      }
    }
    return -1;
  }

  /**
   * "Some say …", "those surveyed said …", "Friends say …": a subject the candidate finder does
   * not read as a speaker, a short noun phrase that opens the clause and runs up to the verb.
   */
  private static Optional<SpeakerCandidate> subjectPhrase(RuleContext context, int from, int cue) {
    List<? extends TaggedToken> tokens = context.tokens();
    int last = cue - 1;
    while (last >= from && BETWEEN_SUBJECT_AND_CUE.contains(tokens.get(last).pos())) {
      last--;
    }
    if (last < from || last - from >= MAX_SUBJECT_PHRASE) {
      return Optional.empty();
    }
    for (int i = from; i <= last; i++) {
      TaggedToken token = tokens.get(i);
      boolean thoseAsked =
          token.pos().equals("VERB") && i == last && i > from
              && Words.lower(tokens.get(i - 1)).equals("those");
      if (token.quoted() || !(SUBJECT_PHRASE_TAGS.contains(token.pos()) || thoseAsked)) {
        return Optional.empty();
      }
    }
    TaggedToken head = tokens.get(last);
    boolean noun =
        head.pos().equals("NOUN") || head.pos().equals("PROPN") || head.pos().equals("NUM");
    if (!(noun || head.pos().equals("VERB") || QUANTIFIERS.contains(Words.lower(head))
        || isPartitive(tokens, from, last))) {
      return Optional.empty();
    }
    return Optional.of(context.phrase(new TokenRange(from, last + 1)));
  }

  /** "most of them", "two of us": a quantifier or number, "of" and a pronoun of people. */
  private static boolean isPartitive(List<? extends TaggedToken> tokens, int from, int last) {
    TaggedToken quantity = tokens.get(from);
    return last == from + 2 && Words.lower(tokens.get(from + 1)).equals("of")
        && PEOPLE_OBJECT_PRONOUNS.contains(Words.lower(tokens.get(last)))
        && (QUANTIFIERS.contains(Words.lower(quantity)) || quantity.pos().equals("NUM"));
  }

  /**
   * "The talks seem to have stalled", "the bill is expected to pass", "she was seen as a
   * contender": the writer's reading of the subject, which PolNeAR attributes to no source.
   */
  private static boolean isWritersView(RuleContext context, int cue) {
    List<? extends TaggedToken> tokens = context.tokens();
    String lemma = context.cueLemma(tokens.get(cue));
    if (lemma.equals("seem") || lemma.equals("appear")) {
      return true;
    }
    return isPassive(tokens, cue) || namesTheNounBefore(tokens, cue, lemma);
  }

  /** Verbs that give a name: "a box labeled “medical problem”", "a fund dubbed “the kitty”". */
  private static final Set<String> NAMING_VERBS =
      Set.of("label", "dub", "name", "title", "call", "brand", "term", "nickname");

  /**
   * "in a box labeled “medical problem”": a naming verb right between a noun and a quotation is a
   * participle that names the noun, not the noun speaking.
   */
  private static boolean namesTheNounBefore(List<? extends TaggedToken> tokens, int cue, String lemma) {
    return NAMING_VERBS.contains(lemma) && cue > 0 && cue + 1 < tokens.size()
        && tokens.get(cue - 1).pos().equals("NOUN")
        && Words.isQuotationMark(tokens.get(cue + 1))
        && !Words.lower(tokens.get(cue)).equals(lemma);
  }

  /**
   * "is expected to", "was seen as", "has been criticized for", "is widely regarded as": a
   * reporting verb in the passive, whose subject is what is reported on, not who reports it.
   */
  private static boolean isPassive(List<? extends TaggedToken> tokens, int cue) {
    TaggedToken verb = tokens.get(cue);
    if (ReportedClauses.isParticiple(verb) || Words.lower(verb).equals(verb.lemma())) {
      return false;
    }
    int before = cue - 1;
    while (before >= 0 && tokens.get(before).pos().equals("ADV")) {
      before--;
    }
    return before >= 0 && tokens.get(before).lemma().equals("be")
        && !tokens.get(before).quoted();
  }

  /**
   * "The ministry quoted Xi as telling Trump that …": the words are those of the one quoted, after
   * the participle. Returns that speaker, followed by "as" and the participle, or nothing.
   */
  private static Optional<SpeakerCandidate> quotedAsSaying(RuleContext context, int verb, int end) {
    List<? extends TaggedToken> tokens = context.tokens();
    if (!context.cueLemma(tokens.get(verb)).equals("quote")) {
      return Optional.empty();
    }
    return context.candidateStartingAt(verb + 1, end)
        .filter(quoted -> quoted.tokens().end() + 1 < end
            && Words.lower(tokens.get(quoted.tokens().end())).equals("as")
            && ReportedClauses.isParticiple(tokens.get(quoted.tokens().end() + 1))
            && context.isCueVerb(tokens.get(quoted.tokens().end() + 1)));
  }

  /**
   * "his claim that …", "is confident that …", "made clear that …": a noun or adjective of
   * stance whose clause opens with the conjunction "that" (the tagger reads a relative "that", as
   * in "the claim that he made", as a pronoun).
   */
  private static boolean isStanceWordBeforeThat(
      List<? extends TaggedToken> tokens, int i, int end) {
    TaggedToken token = tokens.get(i);
    if (i + 2 >= end || token.quoted()
        || !(token.pos().equals("NOUN") || token.pos().equals("ADJ"))
        || !STANCE_WORDS.contains(token.lemma())) {
      return false;
    }
    TaggedToken next = tokens.get(i + 1);
    return Words.lower(next).equals("that") && next.pos().equals("SCONJ");
  }

  /**
   * A speech verb and the preposition whose object is what the speaker asks for, warns of or talks
   * about: "called for a new pier", "warned against the levy", "joked about the ferry".
   */
  private static final Set<String> PHRASAL_CUES =
      Set.of("call for", "ask for", "argue for", "argue against", "warn against", "warn of",
          "warn about", "talk about", "speak about", "write about", "comment on",
          "complain about", "joke about", "boast about", "boast of", "brag about",
          "rail against", "testify about", "push for", "plead for", "hint at", "refer to",
          "point to");

  /** Words of a length of time: "called for hours". */
  private static final Set<String> DURATIONS =
      Set.of("minutes", "hours", "days", "weeks", "months", "years", "decades");

  /**
   * "called for a new pier": the cue and the preposition at {@code start} are a phrasal speech
   * verb, whose object is not a length of time ("called for hours").
   */
  private static boolean isPhrasalCue(RuleContext context, int cue, int start, int stop) {
    List<? extends TaggedToken> tokens = context.tokens();
    if (!PHRASAL_CUES.contains(
        context.cueLemma(tokens.get(cue)) + " " + Words.lower(tokens.get(start)))) {
      return false;
    }
    TaggedToken object = tokens.get(start + 1);
    return start + 1 < stop && !object.pos().equals("NUM")
        && !DURATIONS.contains(Words.lower(object));
  }

  /**
   * "said on Tuesday", "wrote at length about the levy", "pointed to years of runoff": after a
   * reporting verb, a phrase that opens with a preposition and holds no verb tells when, where,
   * of whom or of what it was said, and is no clause, unless the verb and the preposition are a
   * phrasal cue ("called for a new pier").
   */
  private static boolean isPrepositionalPhrase(RuleContext context, int cue, TokenRange content) {
    List<? extends TaggedToken> tokens = context.tokens();
    TaggedToken first = tokens.get(content.begin());
    return first.pos().equals("ADP") && !first.quoted()
        && !isPhrasalCue(context, cue, content.begin(), content.end())
        && isVerbless(tokens, content);
  }

  /** "for a new pier": a phrase of two words or more that opens with a cue's preposition. */
  private static boolean opensWithCuePreposition(
      List<? extends TaggedToken> tokens, TokenRange content) {
    TaggedToken first = tokens.get(content.begin());
    return content.end() - content.begin() > 1 && first.pos().equals("ADP") && !first.quoted()
        && CUE_PREPOSITIONS.contains(Words.lower(first));
  }

  /** True when no token of {@code range} is a verb, an auxiliary or quoted. */
  private static boolean isVerbless(List<? extends TaggedToken> tokens, TokenRange range) {
    for (int i = range.begin(); i < range.end(); i++) {
      TaggedToken token = tokens.get(i);
      if (ReportedClauses.isVerb(token) || token.quoted()) {
        return false;
      }
    }
    return true;
  }

  /**
   * "read the estimates aloud, line by line", "said Tuesday, a day after the vote": a phrase with
   * no verb that a comma parts from the cue is no object of it and no clause, so no content.
   */
  private static boolean isVerblessPhraseAfterComma(
      List<? extends TaggedToken> tokens, int cue, TokenRange content) {
    boolean comma = false;
    for (int i = cue + 1; i < content.begin(); i++) {
      comma |= tokens.get(i).text().equals(",");
    }
    return comma && !COMPLEMENTISERS.contains(Words.lower(tokens.get(content.begin())))
        && isVerbless(tokens, content);
  }

  /**
   * "posted via Facebook on Monday", "was echoed by his followers", "sought in vain": after the
   * cue, a phrase of place, time, means or agent is no content (train: under three in ten of them
   * matched an attribution).
   */
  private static boolean opensAnAdjunct(TaggedToken first) {
    return !first.quoted() && ADJUNCT_OPENERS.contains(Words.lower(first));
  }
}
