package io.github.quotekit.internal.attribution;

import io.github.quotekit.Span;
import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.analysis.Sentence;
import io.github.quotekit.internal.analysis.Token;
import io.github.quotekit.internal.candidate.Candidate;
import io.github.quotekit.internal.candidate.MentionFinder;
import io.github.quotekit.internal.scan.QuotedSegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds reported speech, one content per sentence: the clause a cue governs ("Trump said
 * <u>China had agreed to large purchases</u>"), the clause before a closing attribution
 * ("<u>The talks will resume</u>, officials said"), and the clause around "according to".
 * Stateless and thread-safe.
 */
public final class ReportedSpeechFinder {
  /** Words after a comma that close the content: "…, adding that", "…, according to". */
  private static final Set<String> CONTENT_CLOSERS =
      Set.of("according", "adding", "saying", "noting", "arguing", "explaining", "citing",
          "writing", "telling", "calling");
  /** Largest distance in tokens between the end of the content and a trailing cue. */
  private static final int MAX_TRAILING_ATTRIBUTION = 8;

  /*
   * The share of each rule's contents that matched a PolNeAR train attribution with the right
   * source (README, "Reported speech").
   */
  private static final double CUE_FIRST_CONFIDENCE = 0.52;
  private static final double CUE_LAST_CONFIDENCE = 0.54;
  private static final double ACCORDING_TO_CONFIDENCE = 0.8;

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
      accordingTo(finder, sentence)
          .or(() -> cueLast(finder, sentence))
          .or(() -> cueFirst(finder, sentence))
          .map(s -> withFragments(s, segments))
          .ifPresent(found::add);
    }
    return found;
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
      Optional<Candidate> source = finder.startingAt(i + 2, end);
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

  /** "CONTENT, X said." / "CONTENT, said X." — a short attribution closes the sentence. */
  private Optional<ReportedSpeech> cueLast(MentionFinder finder, Sentence sentence) {
    AnalyzedText doc = finder.doc();
    int end = contentEnd(doc, sentence);
    int comma = lastCommaBefore(doc, sentence, end);
    if (comma <= sentence.firstToken()) {
      return Optional.empty();
    }
    Optional<Integer> cue = Clauses.firstReportingVerb(finder, comma + 1, end);
    if (cue.isEmpty()) {
      return Optional.empty();
    }
    int cueToken = cue.get();
    Optional<Candidate> speaker =
        finder.startingAt(comma + 1, cueToken)
            .filter(m -> isOnlyFillerBetween(doc, m.endToken(), cueToken))
            .or(() -> cueToken == comma + 1 ? finder.startingAt(cueToken + 1, end) : Optional.empty());
    Span content = span(doc, sentence.firstToken(), comma);
    return speaker.flatMap(
        mention ->
            nonEmpty(content)
                .map(c -> new ReportedSpeech(c, Attribution.withCue(mention, doc.token(cueToken),
                    "reported-cue-last", CUE_LAST_CONFIDENCE), false)));
  }

  /**
   * "X said (that) CONTENT." — the clause after the first reporting verb that has a subject: the
   * outermost attribution of the sentence ("X said Y believes Z" is X's).
   */
  private Optional<ReportedSpeech> cueFirst(MentionFinder finder, Sentence sentence) {
    AnalyzedText doc = finder.doc();
    int from = Clauses.mainClauseStart(finder, sentence.firstToken(), sentence.endToken());
    int end = contentEnd(doc, sentence);
    for (int i = from; i < end; i++) {
      if (!Clauses.isReportingVerb(finder, doc.token(i))) {
        continue;
      }
      Optional<Candidate> subject = Clauses.subjectOf(finder, i, from);
      int start = contentStart(finder, i, end);
      int stop = closerAfter(doc, start, end);
      if (subject.isPresent() && stop - start >= 2) {
        return Optional.of(
            new ReportedSpeech(
                span(doc, start, stop),
                Attribution.withCue(
                    subject.get(), doc.token(i), "reported-cue-first", CUE_FIRST_CONFIDENCE),
                false));
      }
    }
    return Optional.empty();
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
    return start;
  }

  private static int lastCommaBefore(AnalyzedText doc, Sentence sentence, int end) {
    for (int i = end - 1; i > sentence.firstToken() && i >= end - MAX_TRAILING_ATTRIBUTION; i--) {
      if (doc.token(i).text().equals(",") && !doc.token(i).quoted()) {
        return i;
      }
    }
    return -1;
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

  /** The content stops before ", adding …" or ", according to …". */
  private static int closerAfter(AnalyzedText doc, int from, int end) {
    for (int i = from; i + 1 < end; i++) {
      if (doc.token(i).text().equals(",") && CONTENT_CLOSERS.contains(doc.token(i + 1).lower())) {
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

  /** Marks content that holds a direct quotation as mixed. */
  private static ReportedSpeech withFragments(ReportedSpeech speech, List<QuotedSegment> segments) {
    boolean mixed = segments.stream().anyMatch(s -> speech.content().contains(s.content()));
    return mixed ? new ReportedSpeech(speech.content(), speech.attribution(), true) : speech;
  }
}
