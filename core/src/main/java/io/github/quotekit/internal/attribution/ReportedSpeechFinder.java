package io.github.quotekit.internal.attribution;

import io.github.quotekit.MentionKind;
import io.github.quotekit.Span;
import io.github.quotekit.SpeakerKind;
import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.analysis.Sentence;
import io.github.quotekit.internal.analysis.Token;
import io.github.quotekit.internal.candidate.Candidate;
import io.github.quotekit.internal.candidate.MentionFinder;
import io.github.quotekit.internal.scan.Paragraphs;
import io.github.quotekit.internal.scan.QuotedSegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds reported speech, one content per clause that frames one (two when two attributions are
 * coordinated: "X said A, and Y said B"): the clause a cue governs ("Trump said
 * <u>China had agreed to large purchases</u>", "his claim <u>that the talks stalled</u>"), the
 * clause before a closing attribution ("<u>The talks will resume</u>, officials said"), the
 * sentence around an attribution that splits it ("<u>The talks, she said, will resume</u>"), the
 * clause around "according to", and before the main clause a subordinate clause's content ("While
 * Ruiz said <u>the pier was safe</u>, …") or the question put to the speaker ("When asked
 * <u>whether the pier was safe</u>, …"). Stateless and thread-safe.
 */
public final class ReportedSpeechFinder {
  /** Words after a comma that close the content: "…, adding that", "…, which". */
  private static final Set<String> CONTENT_CLOSERS =
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
  /** Tags of the words of a subject phrase: "nearly eight in 10 of those polled". */
  private static final Set<String> SUBJECT_PHRASE_TAGS =
      Set.of("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "ADV", "ADP", "SYM", "CCONJ");
  /** Pronouns that head a subject phrase of people: "Some say", "most of them said". */
  private static final Set<String> QUANTIFIERS =
      Set.of("some", "many", "most", "others", "both", "all", "few", "several", "half", "those",
          "one", "another", "each", "none", "neither", "either", "more", "fewer");
  /** Nouns and adjectives of stance that take a "that" clause: "the claim that …". */
  private static final Set<String> STANCE_WORDS =
      Set.of("claim", "assertion", "suggestion", "idea", "notion", "belief", "view", "argument",
          "allegation", "accusation", "charge", "warning", "promise", "pledge", "vow",
          "announcement", "statement", "message", "report", "news", "fear", "concern", "hope",
          "doubt", "insistence", "admission", "acknowledgment", "denial", "conclusion", "finding",
          "evidence", "sense", "impression", "perception", "speculation", "rumor", "theory",
          "clear", "confident", "hopeful", "convinced", "sure", "certain", "aware", "afraid",
          "worried", "concerned", "adamant", "optimistic");
  /** Words before "asked" in a question that opens a sentence: "When asked whether …". */
  private static final Set<String> QUESTION_LEAD_OPENERS = Set.of("when", "if", "once");
  /** Words that open the question after "asked": "asked whether", "asked Tuesday about". */
  private static final Set<String> QUESTION_WORDS =
      Set.of("whether", "if", "what", "how", "why", "who", "whom", "which", "when", "where",
          "about");
  /** Most words between "asked" and its question: "asked on Tuesday about". */
  private static final int MAX_WORDS_BEFORE_QUESTION = 4;
  /** Conjunctions that open a subordinate clause before the main one: "While X said A, …". */
  private static final Set<String> SUBORDINATORS =
      Set.of("when", "while", "although", "though", "after", "before", "because", "if", "since",
          "once", "as", "whereas");
  /** Words that open a phrase of place, time, means or agent rather than what was said. */
  private static final Set<String> ADJUNCT_OPENERS =
      Set.of("from", "after", "up", "during", "and", "by", "in", "with");
  /**
   * Most cue words tried in one clause. Trying one reads the clause up to its end, so a clause of
   * nothing but cue words ("said said said …", a spam dump) would take time quadratic in its
   * length; a clause of prose decides within a few.
   */
  private static final int MAX_CUES_TRIED = 32;
  /** Most words of a source after "according to" that the mention finder does not read. */
  private static final int MAX_SOURCE_PHRASE = 8;
  /** Characters of quotation marks that the scanner may have left unpaired. */
  private static final String QUOTATION_MARK_CHARS = "'\"`\u2018\u2019\u201c\u201d";
  /** Most words after the cue of a closing attribution: "said Tuesday", "said in a statement". */
  private static final int MAX_SHORT_TAIL = 4;
  /** Fewest words after "X said," for the content to run on across the attribution. */
  private static final int MIN_WORDS_AFTER_SPLIT = 2;
  /** How far after the cue a "that" may open the content: "said in a statement that". */
  private static final int MAX_WORDS_BEFORE_THAT = 7;
  /** Largest distance in tokens between the comma that ends the content and a trailing cue. */
  private static final int MAX_TRAILING_ATTRIBUTION = 8;

  /*
   * The share of each rule's contents that matched a PolNeAR train attribution with the right
   * source (README, "Reported speech").
   */
  private static final double CUE_FIRST_CONFIDENCE = 0.55;
  private static final double CUE_LAST_CONFIDENCE = 0.62;
  private static final double CUE_INSIDE_CONFIDENCE = 0.70;
  private static final double ACCORDING_TO_CONFIDENCE = 0.78;
  private static final double COLON_LEAD_CONFIDENCE = 0.46;
  private static final double FOLLOW_UP_CONFIDENCE = 0.71;
  private static final double QUESTION_CONFIDENCE = 0.73;

  /**
   * Returns the reported speech of the article, in text order.
   *
   * @param finder mention finder of the article
   * @param segments the direct quotations, which reported content may contain
   */
  public List<ReportedSpeech> find(MentionFinder finder, List<QuotedSegment> segments) {
    AnalyzedText doc = finder.doc();
    List<ReportedSpeech> found = new ArrayList<>();
    for (Sentence sentence : doc.sentences()) {
      if (sentence.isEmpty() || mostlyQuoted(doc, sentence)) {
        continue;
      }
      Optional<ReportedSpeech> framed =
          colonLead(finder, sentence)
              .or(() -> accordingTo(finder, sentence))
              .or(() -> cueLast(finder, sentence));
      Optional<ReportedSpeech> question = questionLead(finder, sentence);
      List<ReportedSpeech> inSentence = new ArrayList<>();
      question.ifPresent(inSentence::add);
      for (ReportedSpeech speech :
          framed.isPresent() ? List.of(framed.get()) : cueFirst(finder, sentence)) {
        if (question.isEmpty() || !question.get().content().overlaps(speech.content())) {
          inSentence.add(speech);
        }
      }
      inSentence.stream()
          .flatMap(s -> onCueLine(doc, s).stream())
          .map(s -> withFragments(s, segments))
          .forEach(found::add);
    }
    return found;
  }

  /**
   * "Lynch: No outside influence on the inquiry." — a headline or interview line that opens with
   * the speaker and a colon, the punctuation standing for the cue; the whole rest is the content.
   */
  private Optional<ReportedSpeech> colonLead(MentionFinder finder, Sentence sentence) {
    AnalyzedText doc = finder.doc();
    int first = skipMarks(doc, sentence.firstToken(), sentence.endToken());
    int end = contentEnd(doc, sentence);
    Optional<Candidate> source = finder.startingAt(first, end);
    if (source.isEmpty()) {
      return Optional.empty();
    }
    int colon = source.get().endToken();
    if (colon + 2 >= end || !doc.token(colon).text().equals(":") || doc.token(colon).quoted()) {
      return Optional.empty();
    }
    Attribution attribution =
        Attribution.withCue(source.get(), doc.token(colon), "reported-colon-lead",
            COLON_LEAD_CONFIDENCE);
    return nonEmpty(span(doc, colon + 1, end)).map(c -> new ReportedSpeech(c, attribution, false));
  }

  /**
   * "When asked whether the talks had stalled, Ruiz said …", "Asked by reporters about the levy,
   * …": the question put to the sentence's speaker, up to the comma that closes the phrase. Its
   * source is whoever asked, when named; an unnamed asker leaves it without source.
   */
  private Optional<ReportedSpeech> questionLead(MentionFinder finder, Sentence sentence) {
    AnalyzedText doc = finder.doc();
    int end = contentEnd(doc, sentence);
    int cue = Clauses.afterConjunctions(doc, sentence.firstToken(), end);
    if (cue < end && QUESTION_LEAD_OPENERS.contains(doc.token(cue).lower())) {
      cue++;
    }
    int comma = nextComma(doc, cue + 1, end);
    if (cue >= end || comma < 0 || !doc.token(cue).lower().equals("asked")
        || doc.token(cue).quoted()) {
      return Optional.empty();
    }
    int next = cue + 1;
    Optional<Candidate> asker = Optional.empty();
    if (doc.token(next).lower().equals("by")) {
      asker = finder.startingAt(next + 1, comma);
      if (asker.isEmpty()) {
        return Optional.empty();
      }
      next = asker.get().endToken();
    }
    int start = next;
    while (start < comma && start - next < MAX_WORDS_BEFORE_QUESTION
        && !QUESTION_WORDS.contains(doc.token(start).lower())) {
      start++;
    }
    if (start >= comma || !QUESTION_WORDS.contains(doc.token(start).lower())
        || comma - start < 2) {
      return Optional.empty();
    }
    int cueToken = cue;
    Candidate mention = asker.orElseGet(() -> phraseCandidate(doc, cueToken, cueToken + 1));
    Attribution attribution =
        Attribution.withCue(mention, doc.token(cue), "reported-question", QUESTION_CONFIDENCE);
    return Optional.of(
        new ReportedSpeech(span(doc, start, comma), attribution, false, asker.isEmpty()));
  }

  /** "According to X, CONTENT." and "CONTENT, according to X." */
  private Optional<ReportedSpeech> accordingTo(MentionFinder finder, Sentence sentence) {
    AnalyzedText doc = finder.doc();
    int first = sentence.firstToken();
    int end = contentEnd(doc, sentence);
    for (int i = first; i + 2 < end; i++) {
      Token token = doc.token(i);
      if (token.quoted() || !token.lower().equals("according") || !doc.token(i + 1).lower().equals("to")) {
        continue;
      }
      int sourceStart = i + 2;
      Optional<Candidate> source =
          finder.startingAt(sourceStart, end).or(() -> nounPhrase(doc, sourceStart, end));
      if (source.isEmpty()) {
        return Optional.empty();
      }
      Span content;
      if (i == first || i == first + 1 && doc.token(first).isPunctuation()) {
        int comma = nextComma(doc, source.get().endToken(), end);
        if (comma < 0) {
          return Optional.empty();
        }
        content = span(doc, comma + 1, end);
      } else {
        int before = i - 1;
        if (!doc.token(before).text().equals(",")) {
          return Optional.empty();
        }
        content = span(doc, first, before);
      }
      Attribution attribution =
          new Attribution(source.get(), Optional.of(new CueWords(i, i + 2, "according to")),
              "reported-according-to", ACCORDING_TO_CONFIDENCE);
      return nonEmpty(content).map(c -> new ReportedSpeech(c, attribution, false));
    }
    return Optional.empty();
  }

  /**
   * "according to exit polls", "according to complete but unofficial returns": a source the
   * mention finder reads as no speaker (a poll, a document) is the phrase up to the comma or the
   * end of the sentence.
   */
  private static Optional<Candidate> nounPhrase(AnalyzedText doc, int first, int end) {
    int last = first;
    while (last < end && last - first < MAX_SOURCE_PHRASE && !doc.token(last).isPunctuation()) {
      last++;
    }
    if (last == first || last - first >= MAX_SOURCE_PHRASE || !doc.token(last - 1).pos().equals("NOUN")) {
      return Optional.empty();
    }
    return Optional.of(phraseCandidate(doc, first, last));
  }

  /**
   * "CONTENT, X said." / "CONTENT, said X, a professor at Y." — a short attribution closes the
   * sentence — and "CONTENT, X said, MORE CONTENT." — it splits the sentence, and the content runs
   * across it. Commas are tried from the right, so that the attribution nearest the end wins.
   */
  private Optional<ReportedSpeech> cueLast(MentionFinder finder, Sentence sentence) {
    AnalyzedText doc = finder.doc();
    int end = contentEnd(doc, sentence);
    for (int comma = end - 1; comma > sentence.firstToken(); comma--) {
      if (!doc.token(comma).text().equals(",") || doc.token(comma).quoted()) {
        continue;
      }
      Optional<ReportedSpeech> found = attributionAfter(finder, sentence, comma, end);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The attribution that follows {@code comma}, with the content it closes or splits. */
  private Optional<ReportedSpeech> attributionAfter(
      MentionFinder finder, Sentence sentence, int comma, int end) {
    AnalyzedText doc = finder.doc();
    // ''Content,'' X said: quotation marks the scanner did not pair stay around the content.
    int after = skipMarks(doc, comma + 1, end);
    Optional<Integer> cue =
        firstReporting(finder, after, Math.min(end, after + MAX_TRAILING_ATTRIBUTION));
    if (cue.isEmpty()) {
      return Optional.empty();
    }
    int cueToken = cue.get();
    Optional<Candidate> before =
        finder.startingAt(after, cueToken)
            .filter(m -> isOnlyFillerBetween(doc, m.endToken(), cueToken));
    Optional<Candidate> speaker =
        before.or(
            () -> cueToken == after ? finder.startingAt(cueToken + 1, end) : Optional.empty());
    if (speaker.isEmpty()) {
      return Optional.empty();
    }
    int attributionEnd = Math.max(speaker.get().endToken(), cueToken + 1);
    int contentFirst = skipMarks(doc, sentence.firstToken(), comma);
    Span content = span(doc, contentFirst, comma);
    String rule = "reported-cue-last";
    double confidence = CUE_LAST_CONFIDENCE;
    if (attributionEnd < end) {
      boolean commaNext = doc.token(attributionEnd).text().equals(",");
      if (commaNext && before.isPresent() && end - attributionEnd > MIN_WORDS_AFTER_SPLIT) {
        // "The talks, she said, will resume": one content on both sides of the attribution.
        content = span(doc, contentFirst, end);
        rule = "reported-cue-inside";
        confidence = CUE_INSIDE_CONFIDENCE;
      } else if (!(commaNext && before.isEmpty()) && !isShortTail(doc, attributionEnd, end)) {
        // "…, said X, a professor at Y" ends with an appositive; anything else is no attribution.
        return Optional.empty();
      }
    }
    Attribution attribution =
        Attribution.withCue(speaker.get(), doc.token(cueToken), rule, confidence);
    return nonEmpty(content).map(c -> new ReportedSpeech(c, attribution, false));
  }

  private static int skipMarks(AnalyzedText doc, int from, int end) {
    int i = from;
    while (i < end && isMarksOnly(doc.token(i))) {
      i++;
    }
    return i;
  }

  private static Optional<Integer> firstReporting(MentionFinder finder, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isReporting(finder, finder.doc().token(i))) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }


  /** "… said Tuesday", "… said in a statement": a few words without a verb end the sentence. */
  private static boolean isShortTail(AnalyzedText doc, int from, int end) {
    if (end - from > MAX_SHORT_TAIL) {
      return false;
    }
    for (int i = from; i < end; i++) {
      if (doc.token(i).pos().equals("VERB") || doc.token(i).pos().equals("AUX")) {
        return false;
      }
    }
    return true;
  }

  /** A token of quotation marks alone: the scanner pairs no '' (two apostrophes) quotations. */
  private static boolean isMarksOnly(Token token) {
    return !token.text().isEmpty()
        && token.text().chars().allMatch(c -> QUOTATION_MARK_CHARS.indexOf(c) >= 0);
  }

  /**
   * "X said (that) CONTENT." — the clause after the first reporting verb that has a subject: the
   * outermost attribution of the sentence ("X said Y believes Z" is X's).
   */
  private List<ReportedSpeech> cueFirst(MentionFinder finder, Sentence sentence) {
    AnalyzedText doc = finder.doc();
    int from = Clauses.mainClauseStart(finder, sentence.firstToken(), sentence.endToken());
    List<ReportedSpeech> found = new ArrayList<>(subordinateLead(finder, sentence, from));
    found.addAll(cueFirstFrom(finder, from, contentEnd(doc, sentence)));
    return found;
  }

  /**
   * "While those surveyed said the plan works, …", "When Ruiz said the pier was safe, …": the
   * content of a cue in the subordinate clause that opens the sentence, up to its comma.
   */
  private List<ReportedSpeech> subordinateLead(MentionFinder finder, Sentence sentence, int main) {
    AnalyzedText doc = finder.doc();
    int first = Clauses.afterConjunctions(doc, sentence.firstToken(), main);
    if (first + 1 >= main || !SUBORDINATORS.contains(doc.token(first).lower())) {
      return List.of();
    }
    return cueFirstIn(finder, first + 1, main - 1);
  }

  /**
   * The contents of the first cue with a subject in {@code [from, end)}, and of the next clause
   * after the comma that closes them: in "The video shows him running, but the officer said he
   * refused", the officer's words too.
   */
  private List<ReportedSpeech> cueFirstFrom(MentionFinder finder, int from, int end) {
    List<ReportedSpeech> found = cueFirstIn(finder, from, end);
    if (found.isEmpty()) {
      return found;
    }
    AnalyzedText doc = finder.doc();
    int tail = doc.firstTokenFrom(found.get(found.size() - 1).content().end());
    if (tail + 3 >= end || !doc.token(tail).text().equals(",")) {
      return found;
    }
    int next = tail + 1;
    while (next < end && doc.token(next).pos().equals("CCONJ")) {
      next++;
    }
    List<ReportedSpeech> all = new ArrayList<>(found);
    all.addAll(cueFirstFrom(finder, next, end));
    return all;
  }

  private List<ReportedSpeech> cueFirstIn(MentionFinder finder, int from, int end) {
    AnalyzedText doc = finder.doc();
    int tried = 0;
    for (int i = from; i < end && tried < MAX_CUES_TRIED; i++) {
      if (!isReporting(finder, doc.token(i)) && !isStanceWordBeforeThat(doc, i, end)) {
        continue;
      }
      tried++;
      int verb = i;
      Optional<Candidate> quoted = quotedAsSaying(finder, verb, end);
      int cue = quoted.map(q -> q.endToken() + 1).orElse(verb);
      Optional<Candidate> subject =
          quoted.or(() -> Clauses.subjectOf(finder, verb, from))
              .or(() -> subjectPhrase(doc, from, verb));
      int start = contentStart(finder, cue, end);
      int stop = closerAfter(doc, start, end);
      if (subject.isPresent() && stop - start >= 2 && !opensAnAdjunct(doc.token(start))) {
        Optional<Coordinated> second = coordinated(finder, start, stop);
        if (second.isPresent()) {
          ReportedSpeech first =
              new ReportedSpeech(
                  span(doc, start, second.get().comma()),
                  Attribution.withCue(
                      subject.get(), doc.token(cue), "reported-cue-first", CUE_FIRST_CONFIDENCE),
                  false, isWritersView(doc, cue));
          return List.of(first, second.get().speech());
        }
        return withFollowUps(finder, subject.get(), cue, start, stop, end);
      }
    }
    return List.of();
  }

  /**
   * "Some say …", "those surveyed said …", "Friends say …": a subject the mention finder does not
   * read as a speaker, a short noun phrase that opens the clause and runs up to the verb.
   */
  private static Optional<Candidate> subjectPhrase(AnalyzedText doc, int from, int cue) {
    int last = cue - 1;
    while (last >= from && Clauses.BETWEEN_SUBJECT_AND_CUE.contains(doc.token(last).pos())) {
      last--;
    }
    if (last < from || last - from >= MAX_SOURCE_PHRASE) {
      return Optional.empty();
    }
    for (int i = from; i <= last; i++) {
      Token token = doc.token(i);
      boolean thoseAsked =
          token.pos().equals("VERB") && i == last && i > from
              && doc.token(i - 1).lower().equals("those");
      if (token.quoted() || !(SUBJECT_PHRASE_TAGS.contains(token.pos()) || thoseAsked)) {
        return Optional.empty();
      }
    }
    Token head = doc.token(last);
    boolean noun =
        head.pos().equals("NOUN") || head.pos().equals("PROPN") || head.pos().equals("NUM");
    if (!(noun || head.pos().equals("VERB") || QUANTIFIERS.contains(head.lower()))) {
      return Optional.empty();
    }
    return Optional.of(phraseCandidate(doc, from, last + 1));
  }

  /** A speaker that is a noun phrase of tokens {@code [first, end)} and no known mention. */
  private static Candidate phraseCandidate(AnalyzedText doc, int first, int end) {
    Token head = doc.token(end - 1);
    Span span = Span.of(doc.token(first).begin(), head.end());
    return Candidate.of(first, end, span, MentionKind.NOMINAL, SpeakerKind.UNKNOWN,
        head.lemma(), "", "", "");
  }

  /**
   * The content of the cue at {@code cue}, and those of the cues of the same speaker that follow:
   * "X tweeted a photograph and said she had been pushed", "X said A, adding that B". Each further
   * cue ends the content before it.
   */
  private List<ReportedSpeech> withFollowUps(
      MentionFinder finder, Candidate subject, int cue, int start, int stop, int end) {
    AnalyzedText doc = finder.doc();
    List<ReportedSpeech> found = new ArrayList<>();
    String rule = "reported-cue-first";
    double confidence = CUE_FIRST_CONFIDENCE;
    boolean writersView = isWritersView(doc, cue);
    while (true) {
      int next = nextCueOfSameSpeaker(finder, start, stop, end);
      int contentStop = next < 0 ? stop : next - 1;
      if (contentStop > start && doc.token(contentStop - 1).text().equals(",")) {
        contentStop--;
      }
      found.add(
          new ReportedSpeech(
              span(doc, start, Math.max(start + 1, contentStop)),
              Attribution.withCue(subject, doc.token(cue), rule, confidence),
              false, writersView));
      if (next < 0) {
        return found;
      }
      cue = next;
      start = contentStart(finder, cue, end);
      // The first closer at or after the new start is still the old one when the start has not
      // passed it; reading on from it each time would make a run of follow-ups quadratic.
      stop = start <= stop ? stop : closerAfter(doc, start, end);
      if (stop - start < 2) {
        return found;
      }
      rule = "reported-follow-up";
      confidence = FOLLOW_UP_CONFIDENCE;
      writersView = false;
    }
  }

  /**
   * The next cue of the speaker whose content starts at {@code start}: a finite speech verb after
   * "and" inside the content ("and said"), or a participle after the comma that closes it
   * (", adding"); -1 when there is none.
   */
  private static int nextCueOfSameSpeaker(MentionFinder finder, int start, int stop, int end) {
    AnalyzedText doc = finder.doc();
    for (int i = start + 2; i + 1 < stop; i++) {
      Token verb = doc.token(i + 1);
      if (doc.token(i).lower().equals("and") && !doc.token(i).quoted()
          && Clauses.isCueVerb(finder, verb)
          && !verb.lower().equals(verb.lemma()) && !Clauses.isParticiple(verb)) {
        return i + 1;
      }
    }
    if (stop + 1 < end && doc.token(stop).text().equals(",")
        && Clauses.isParticiple(doc.token(stop + 1)) && isReporting(finder, doc.token(stop + 1))) {
      return stop + 1;
    }
    return -1;
  }

  /** A second attribution inside a content, and the comma or semicolon that ends the first. */
  private record Coordinated(int comma, ReportedSpeech speech) {}

  /**
   * "X said A, and Y said B", "X said A; Y said B": a speech verb with its own subject after a
   * comma or semicolon starts a second content and ends the first.
   */
  private static Optional<Coordinated> coordinated(MentionFinder finder, int start, int stop) {
    AnalyzedText doc = finder.doc();
    for (int comma = start + 2; comma < stop - 3; comma++) {
      Token token = doc.token(comma);
      if (token.quoted() || !(token.text().equals(",") || token.text().equals(";"))) {
        continue;
      }
      int subjectStart = comma + 1;
      String pos = doc.token(subjectStart).pos();
      if (pos.equals("CCONJ") || pos.equals("SCONJ")) {
        subjectStart++;
      }
      Optional<Candidate> subject = finder.startingAt(subjectStart, stop);
      if (subject.isEmpty()) {
        continue;
      }
      int cue = subject.get().endToken();
      while (cue < stop
          && (doc.token(cue).pos().equals("ADV") || doc.token(cue).pos().equals("AUX"))) {
        cue++;
      }
      if (cue >= stop || !Clauses.isCueVerb(finder, doc.token(cue))) {
        continue;
      }
      int contentStart = contentStart(finder, cue, stop);
      if (stop - contentStart >= 2) {
        Attribution attribution =
            Attribution.withCue(
                subject.get(), doc.token(cue), "reported-cue-first", CUE_FIRST_CONFIDENCE);
        return Optional.of(
            new Coordinated(
                comma, new ReportedSpeech(span(doc, contentStart, stop), attribution, false)));
      }
    }
    return Optional.empty();
  }


  /** A reporting verb (reporting-verbs.txt), less those that rarely report content. */
  private static boolean isReporting(MentionFinder finder, Token token) {
    return Clauses.isReportingVerb(finder, token)
        && !NOT_REPORTING.contains(Clauses.cueLemma(token));
  }

  /**
   * "The talks seem to have stalled", "the bill is expected to pass": the writer's reading of the
   * subject, which PolNeAR attributes to no source (train: seven times in ten).
   */
  private static boolean isWritersView(AnalyzedText doc, int cue) {
    String lemma = Clauses.cueLemma(doc.token(cue));
    if (lemma.equals("seem") || lemma.equals("appear")) {
      return true;
    }
    return lemma.equals("expect") && cue > 0 && doc.token(cue - 1).lemma().equals("be");
  }

  /**
   * "The ministry quoted Xi as telling Trump that …": the words are those of the one quoted, after
   * the participle. Returns that speaker, followed by "as" and the participle, or nothing.
   */
  private static Optional<Candidate> quotedAsSaying(MentionFinder finder, int verb, int end) {
    AnalyzedText doc = finder.doc();
    if (!Clauses.cueLemma(doc.token(verb)).equals("quote")) {
      return Optional.empty();
    }
    return finder.startingAt(verb + 1, end)
        .filter(quoted -> quoted.endToken() + 1 < end
            && doc.token(quoted.endToken()).lower().equals("as")
            && Clauses.isParticiple(doc.token(quoted.endToken() + 1))
            && Clauses.isCueVerb(finder, doc.token(quoted.endToken() + 1)));
  }

  /**
   * "his claim that …", "is confident that …", "made clear that …": a noun or adjective of
   * stance whose clause opens with the conjunction "that" (the tagger reads a relative "that", as
   * in "the claim that he made", as a pronoun).
   */
  private static boolean isStanceWordBeforeThat(AnalyzedText doc, int i, int end) {
    Token token = doc.token(i);
    if (i + 2 >= end || token.quoted()
        || !(token.pos().equals("NOUN") || token.pos().equals("ADJ"))
        || !STANCE_WORDS.contains(token.lemma())) {
      return false;
    }
    Token next = doc.token(i + 1);
    return next.lower().equals("that") && next.pos().equals("SCONJ");
  }

  /**
   * "posted via Facebook on Monday", "was echoed by his followers", "sought in vain": after the
   * cue, a phrase of place, time, means or agent is no content (train: under three in ten of them
   * matched an attribution).
   */
  private static boolean opensAnAdjunct(Token first) {
    return !first.quoted() && ADJUNCT_OPENERS.contains(first.lower());
  }

  /** The content starts after the cue, after "told reporters" the listener, and adverbs. */
  private static int contentStart(MentionFinder finder, int cueToken, int end) {
    AnalyzedText doc = finder.doc();
    int start = cueToken + 1;
    if (Clauses.cueLemma(doc.token(cueToken)).equals("tell")) {
      Optional<Candidate> listener = finder.startingAt(start, end);
      if (listener.isPresent()) {
        start = listener.get().endToken();
      }
    }
    while (start < end && (doc.token(start).pos().equals("ADV") || doc.token(start).text().equals(","))) {
      start++;
    }
    // "said on Tuesday that …", "said in a statement that …": the content is the "that" clause.
    for (int i = start + 1; i < Math.min(end, start + MAX_WORDS_BEFORE_THAT); i++) {
      Token token = doc.token(i);
      if (token.lower().equals("that")) {
        return i;
      }
      if (token.pos().equals("VERB") || token.pos().equals("AUX") || token.isPunctuation()
          || token.quoted()) {
        break;
      }
    }
    return start;
  }

  private static boolean isOnlyFillerBetween(AnalyzedText doc, int from, int to) {
    for (int i = from; i < to; i++) {
      String pos = doc.token(i).pos();
      if (!(pos.equals("ADV") || pos.equals("AUX") || pos.equals("PART"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The content stops before a comma that opens what is no longer the reported words: ", adding
   * …", ", according to …", a relative clause (", which …", ", who …"), a contrast (", but …",
   * ", while …", ", even though …").
   */
  private static int closerAfter(AnalyzedText doc, int from, int end) {
    for (int i = from; i + 1 < end; i++) {
      if (doc.token(i).text().equals(",") && !doc.token(i).quoted()
          && CONTENT_CLOSERS.contains(doc.token(i + 1).lower())) {
        return i;
      }
    }
    return end;
  }

  private static int nextComma(AnalyzedText doc, int from, int end) {
    for (int i = from; i < end; i++) {
      if (doc.token(i).text().equals(",")) {
        return i;
      }
    }
    return -1;
  }

  /** The sentence without its final punctuation. */
  private static int contentEnd(AnalyzedText doc, Sentence sentence) {
    int end = sentence.endToken();
    while (end > sentence.firstToken() && doc.token(end - 1).isPunctuation()
        && !doc.token(end - 1).quoted()) {
      end--;
    }
    return end;
  }

  private static boolean mostlyQuoted(AnalyzedText doc, Sentence sentence) {
    int quoted = 0;
    for (Token token : doc.tokensOf(sentence)) {
      if (token.quoted()) {
        quoted++;
      }
    }
    return quoted * 2 > sentence.endToken() - sentence.firstToken();
  }

  private static Span span(AnalyzedText doc, int from, int to) {
    if (to <= from) {
      return Span.of(doc.token(Math.min(from, doc.tokens().size() - 1)).begin(),
          doc.token(Math.min(from, doc.tokens().size() - 1)).begin());
    }
    return Span.of(doc.token(from).begin(), doc.token(to - 1).end());
  }

  private static Optional<Span> nonEmpty(Span span) {
    return span.isEmpty() ? Optional.empty() : Optional.of(span);
  }

  /**
   * The content within the line of its cue: like a quotation, reported speech does not run over a
   * line break, which the sentence detector may miss after a headline or a list item.
   */
  private static Optional<ReportedSpeech> onCueLine(AnalyzedText doc, ReportedSpeech speech) {
    if (speech.attribution().cue().isEmpty()) {
      return Optional.of(speech);
    }
    CueWords cue = speech.attribution().cue().get();
    String text = doc.text();
    Span content = speech.content();
    int begin = content.begin();
    int cueBegin = doc.token(cue.firstToken()).begin();
    for (int i = Math.min(cueBegin, content.end()) - 1; i >= begin; i--) {
      if (Paragraphs.isLineBreak(text.charAt(i))) {
        begin = i + 1;
        break;
      }
    }
    int end =
        Paragraphs.firstLineBreak(
            text, Math.max(doc.token(cue.endToken() - 1).end(), begin), content.end());
    while (begin < end && Paragraphs.isSpace(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && Paragraphs.isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (begin == content.begin() && end == content.end()) {
      return Optional.of(speech);
    }
    return begin < end
        ? Optional.of(new ReportedSpeech(Span.of(begin, end), speech.attribution(), false,
            speech.sourceless()))
        : Optional.empty();
  }

  /**
   * Marks content that holds a direct quotation as mixed. The segments are disjoint and in text
   * order, so the first one that starts inside the content is the only one to look at.
   */
  private static ReportedSpeech withFragments(ReportedSpeech speech, List<QuotedSegment> segments) {
    Span content = speech.content();
    int low = 0;
    int high = segments.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (segments.get(middle).content().begin() < content.begin()) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    boolean mixed = low < segments.size() && content.contains(segments.get(low).content());
    return mixed ? speech.asMixed() : speech;
  }
}
