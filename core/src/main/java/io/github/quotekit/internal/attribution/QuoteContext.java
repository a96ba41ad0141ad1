package io.github.quotekit.internal.attribution;

import io.github.quotekit.Explanation.Rejection;
import io.github.quotekit.Lexicon;
import io.github.quotekit.Mention;
import io.github.quotekit.RuleContext;
import io.github.quotekit.RuleDecision;
import io.github.quotekit.RuleScope;
import io.github.quotekit.Span;
import io.github.quotekit.SpeakerCandidate;
import io.github.quotekit.TaggedToken;
import io.github.quotekit.TokenRange;
import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.analysis.Sentence;
import io.github.quotekit.internal.analysis.Token;
import io.github.quotekit.internal.candidate.Candidate;
import io.github.quotekit.internal.candidate.MentionFinder;
import io.github.quotekit.internal.scan.QuotedSegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a rule sees of one quotation: the article's analysis, the quotation, the text around it in
 * its sentence (the left and right "gaps" up to the neighbouring quotations) and the decisions
 * already taken for earlier quotations. Every rule, built-in or not, reads it through {@link
 * RuleContext}. Serves one quotation on one thread.
 */
public final class QuoteContext implements RuleContext {
  private final MentionFinder finder;
  private final List<QuotedSegment> segments;
  private final int index;
  private final List<Optional<RuleDecision>> earlier;
  private final int openMark;
  private final int rightStart;
  private final int leftStart;
  private final int rightEnd;
  /** The rejections noted since the last {@link #takeRejections()}; null when not explaining. */
  private final List<Rejection> rejections;
  /** The reason of the last {@link #decline}; kept only when explaining. */
  private String declined = "";

  /**
   * @param finder mention finder of the article
   * @param segments all quotations of the article
   * @param index the quotation under decision
   * @param earlier decisions for {@code segments[0, index)}, as the rules gave them
   * @param explaining whether to keep the rules' notes on rejected candidates
   */
  public QuoteContext(
      MentionFinder finder,
      List<QuotedSegment> segments,
      int index,
      List<Optional<RuleDecision>> earlier,
      boolean explaining) {
    this.rejections = explaining ? new ArrayList<>() : null;
    this.finder = finder;
    this.segments = segments;
    this.index = index;
    this.earlier = earlier;
    AnalyzedText doc = finder.doc();
    QuotedSegment segment = segments.get(index);
    openMark = doc.firstTokenFrom(segment.marked().begin());
    rightStart = doc.firstTokenFrom(segment.marked().end());
    leftStart = computeLeftStart(doc, segment);
    rightEnd = computeRightEnd(doc, segment);
  }

  private int computeLeftStart(AnalyzedText doc, QuotedSegment segment) {
    if (openMark >= doc.tokens().size()) {
      return openMark;
    }
    int start = doc.sentences().get(doc.token(openMark).sentence()).firstToken();
    // A scare quote ("the so-called “green corridor”") is part of the sentence, not a boundary.
    int previousIndex = index - 1;
    // Bounded, so that a run of thousands of scare quotes stays linear (issue 8).
    while (previousIndex >= 0 && index - previousIndex <= 32
        && followsSoCalled(doc, segments.get(previousIndex))) {
      previousIndex--;
    }
    QuotedSegment previous = previousIndex >= 0 ? segments.get(previousIndex) : null;
    if (previous != null && paragraphOfSegment(doc, previous) == paragraphOfSegment(doc, segment)) {
      start = Math.max(start, doc.firstTokenFrom(previous.marked().end()));
    }
    return Math.min(start, openMark);
  }

  private int computeRightEnd(AnalyzedText doc, QuotedSegment segment) {
    if (rightStart >= doc.tokens().size()) {
      return rightStart;
    }
    Token first = doc.token(rightStart);
    Sentence sentence = doc.sentences().get(first.sentence());
    if (sentence.paragraph() != paragraphOfSegment(doc, segment)) {
      return rightStart;
    }
    boolean sameSentence = rightStart > 0 && doc.token(rightStart - 1).sentence() == first.sentence();
    if (!sameSentence && endsWithFullStop(doc, segment) && startsNewSentence(first)) {
      return rightStart;
    }
    int end = sentence.endToken();
    QuotedSegment next = index + 1 < segments.size() ? segments.get(index + 1) : null;
    if (next != null) {
      end = Math.min(end, doc.firstTokenFrom(next.marked().begin()));
    }
    return Math.max(end, rightStart);
  }

  /** A sign-off dash or a lower-case word continues the quotation's sentence. */
  private static boolean startsNewSentence(Token first) {
    String text = first.text();
    return !(text.equals("—") || text.equals("–") || text.equals("-") || text.equals("―")
        || Character.isLowerCase(text.charAt(0)));
  }

  private static int paragraphOfSegment(AnalyzedText doc, QuotedSegment segment) {
    return doc.paragraphAt(segment.content().begin());
  }

  private static boolean endsWithFullStop(AnalyzedText doc, QuotedSegment segment) {
    char last = doc.text().charAt(segment.content().end() - 1);
    return last == '.';
  }

  MentionFinder finder() {
    return finder;
  }

  AnalyzedText doc() {
    return finder.doc();
  }

  QuotedSegment segment() {
    return segments.get(index);
  }

  @Override
  public boolean opensParagraph() {
    AnalyzedText doc = doc();
    int paragraph = paragraphOfSegment(doc, segment());
    for (int i = openMark - 1; i >= 0; i--) {
      Token token = doc.token(i);
      if (doc.paragraphAt(token.begin()) != paragraph) {
        return true;
      }
      if (!token.isPunctuation()) {
        return false;
      }
    }
    return true;
  }

  /** Returns true when the quotation follows "so-called": a name in scare quotes, not speech. */
  boolean isScareQuote() {
    return followsSoCalled(doc(), segment());
  }

  private static boolean followsSoCalled(AnalyzedText doc, QuotedSegment segment) {
    int mark = doc.firstTokenFrom(segment.marked().begin());
    return mark > 0 && mark <= doc.tokens().size() && Clauses.isSoCalled(doc, doc.token(mark - 1));
  }

  @Override
  public RuleScope scope() {
    return RuleScope.QUOTATION;
  }

  @Override
  public String text() {
    return doc().text();
  }

  @Override
  public List<Token> tokens() {
    return doc().tokens();
  }

  @Override
  public int quoteIndex() {
    return index;
  }

  @Override
  public Span quote() {
    return segment().content();
  }

  @Override
  public Span quoteWithMarks() {
    return segment().marked();
  }

  @Override
  public TokenRange region() {
    return new TokenRange(openMark, rightStart);
  }

  @Override
  public TokenRange before() {
    return new TokenRange(leftStart, openMark);
  }

  @Override
  public TokenRange after() {
    return new TokenRange(rightStart, rightEnd);
  }

  @Override
  public TokenRange sentence() {
    AnalyzedText doc = doc();
    if (doc.tokens().isEmpty()) {
      return new TokenRange(0, 0);
    }
    int token = Math.min(openMark, doc.tokens().size() - 1);
    Sentence sentence = doc.sentences().get(doc.token(token).sentence());
    return new TokenRange(sentence.firstToken(), sentence.endToken());
  }

  @Override
  public TokenRange sentenceOf(int index) {
    Sentence sentence = doc().sentences().get(ownToken(index).sentence());
    return new TokenRange(sentence.firstToken(), sentence.endToken());
  }

  @Override
  public int paragraphAt(int offset) {
    if (offset < 0 || offset > text().length()) {
      throw new IllegalArgumentException("offset outside the article: " + offset);
    }
    return doc().paragraphAt(offset);
  }

  @Override
  public Optional<Span> previousQuote() {
    return index > 0 ? Optional.of(segments.get(index - 1).content()) : Optional.empty();
  }

  @Override
  public Optional<Span> nextQuote() {
    return index + 1 < segments.size()
        ? Optional.of(segments.get(index + 1).content())
        : Optional.empty();
  }

  @Override
  public boolean continuesQuotation() {
    return segment().continuesPrevious();
  }

  @Override
  public TokenRange paragraph() {
    AnalyzedText doc = doc();
    Span paragraph = doc.paragraphs().get(paragraphOfSegment(doc, segment()));
    return new TokenRange(
        doc.firstTokenFrom(paragraph.begin()), doc.firstTokenFrom(paragraph.end()));
  }

  @Override
  public Optional<SpeakerCandidate> candidateStartingAt(int first, int limit) {
    if (first < 0) {
      return Optional.empty();
    }
    return finder.startingAt(first, Math.min(limit, doc().tokens().size())).map(c -> c);
  }

  @Override
  public Optional<SpeakerCandidate> candidateEndingAt(int last, int lowerBound) {
    if (last >= doc().tokens().size()) {
      return Optional.empty();
    }
    return finder.endingAt(last, Math.max(lowerBound, 0)).map(c -> c);
  }

  @Override
  public List<SpeakerCandidate> candidates(TokenRange range) {
    int end = Math.min(range.end(), doc().tokens().size());
    List<SpeakerCandidate> found = new ArrayList<>();
    int i = range.begin();
    while (i < end) {
      Optional<Candidate> candidate =
          doc().token(i).quoted() ? Optional.empty() : finder.startingAt(i, end);
      if (candidate.isPresent()) {
        found.add(candidate.get());
        i = candidate.get().endToken();
      } else {
        i++;
      }
    }
    return found;
  }

  @Override
  public Optional<Description> descriptionAfter(SpeakerCandidate candidate, int limit) {
    Candidate mention = ownCandidate(candidate);
    return finder
        .descriptionAfter(mention, Math.min(limit, doc().tokens().size()))
        .map(
            words ->
                new Description(
                    mention.withDescription(words.text()),
                    new TokenRange(words.firstToken(), words.endToken()),
                    words.nextToken()));
  }

  @Override
  public boolean isCueVerb(TaggedToken token) {
    return Clauses.isCueVerb(finder, ownToken(token));
  }

  @Override
  public Optional<TaggedToken> firstCueVerb(TokenRange range) {
    return Clauses.firstCueVerb(finder, range.begin(), clamp(range.end())).map(doc()::token);
  }

  @Override
  public Optional<TaggedToken> lastCueVerb(TokenRange range) {
    return Clauses.lastCueVerb(finder, range.begin(), clamp(range.end())).map(doc()::token);
  }

  @Override
  public Optional<SpeakerCandidate> mentionBefore(TaggedToken verb, int lowerBound) {
    return Clauses.subjectBefore(finder, ownToken(verb).index(), Math.max(lowerBound, 0))
        .map(c -> c);
  }

  @Override
  public Optional<SpeakerCandidate> subjectOf(TaggedToken verb, int clauseStart) {
    return Clauses.subjectOf(finder, ownToken(verb).index(), Math.max(clauseStart, 0))
        .map(c -> c);
  }

  @Override
  public int mainClauseStart(TokenRange range) {
    return Clauses.mainClauseStart(finder, range.begin(), clamp(range.end()));
  }

  @Override
  public Optional<SpeakerCandidate> clauseSubject(TokenRange range) {
    return Clauses.clauseSubject(finder, range.begin(), clamp(range.end())).map(c -> c);
  }

  private int clamp(int end) {
    return Math.min(end, doc().tokens().size());
  }

  private Token ownToken(TaggedToken token) {
    Token own = ownToken(token.index());
    if (own != token) {
      throw new IllegalArgumentException("not a token of this article: " + token);
    }
    return own;
  }

  private Token ownToken(int i) {
    if (i < 0 || i >= doc().tokens().size()) {
      throw new IllegalArgumentException("no token " + i + " in this article");
    }
    return doc().token(i);
  }

  /** Returns the candidate as this article's own, or throws: a rule passed a foreign one. */
  private Candidate ownCandidate(SpeakerCandidate candidate) {
    Candidate mention = (Candidate) candidate;
    int tokens = doc().tokens().size();
    boolean fromThisArticle =
        mention.endToken() <= tokens
            && mention.firstToken() < mention.endToken()
            && doc().token(mention.firstToken()).begin() == mention.span().begin()
            && doc().token(mention.endToken() - 1).end() == mention.span().end();
    if (!fromThisArticle) {
      throw new IllegalArgumentException("not a candidate of this article: " + candidate);
    }
    return mention;
  }

  @Override
  public Lexicon lexicon() {
    return finder.lexicon();
  }

  @Override
  public Optional<RuleDecision> previousDecision() {
    return index > 0 ? earlier.get(index - 1) : Optional.empty();
  }

  @Override
  public void reject(SpeakerCandidate candidate, String reason) {
    if (rejections != null) {
      Span span = candidate.span();
      rejections.add(new Rejection(new Mention(span, span.textIn(text())), reason));
    }
  }

  @Override
  public Optional<RuleDecision> decline(String reason) {
    if (rejections != null) {
      declined = reason;
    }
    return Optional.empty();
  }

  /** Returns the reason of the last {@link #decline} since the last call, and forgets it. */
  String takeDeclineReason() {
    String reason = declined;
    declined = "";
    return reason;
  }

  /** Returns the rejections noted since the last call, and forgets them. */
  List<Rejection> takeRejections() {
    if (rejections == null || rejections.isEmpty()) {
      return List.of();
    }
    List<Rejection> taken = List.copyOf(rejections);
    rejections.clear();
    return taken;
  }
}
