package io.github.quotekit.internal.attribution;

import io.github.quotekit.RuleDecision;
import io.github.quotekit.RuleScope;
import io.github.quotekit.Span;
import io.github.quotekit.TokenRange;
import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.analysis.Sentence;
import io.github.quotekit.internal.analysis.Token;
import io.github.quotekit.internal.candidate.MentionFinder;
import io.github.quotekit.internal.scan.QuotedSegment;
import java.util.List;
import java.util.Optional;

/**
 * What a rule sees of one quotation: the article's analysis, the quotation, the text around it in
 * its sentence (the left and right "gaps" up to the neighbouring quotations) and the decisions
 * already taken for earlier quotations. Every rule, built-in or not, reads it through {@link
 * RuleContext}. Serves one quotation on one thread.
 */
public final class QuoteContext extends ArticleContext {
  private final List<QuotedSegment> segments;
  private final int index;
  private final List<Optional<RuleDecision>> earlier;
  private final int openMark;
  private final int rightStart;
  private final int leftStart;
  private final int rightEnd;

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
    super(finder, explaining);
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
    int nextIndex = index + 1;
    // "…!” the senator's niece, Marcia “Cia” Price, shouted: a nickname is part of the name.
    while (nextIndex < segments.size() && nextIndex - index <= 32
        && isNicknameInName(doc, segments.get(nextIndex))) {
      nextIndex++;
    }
    if (nextIndex < segments.size()) {
      end = Math.min(end, doc.firstTokenFrom(segments.get(nextIndex).marked().begin()));
    }
    return Math.max(end, rightStart);
  }

  /** Most words of a nickname between a given name and a surname: “The Rock”. */
  private static final int MAX_NICKNAME_WORDS = 2;

  /** Returns true when the segment is one or two capitalised words between two capitalised ones. */
  private static boolean isNicknameInName(AnalyzedText doc, QuotedSegment segment) {
    String words = segment.content().textIn(doc.text()).strip();
    String[] parts = words.split("\\s+");
    if (words.isEmpty() || parts.length > MAX_NICKNAME_WORDS) {
      return false;
    }
    for (String part : parts) {
      if (!Character.isUpperCase(part.charAt(0))) {
        return false;
      }
    }
    int open = doc.firstTokenFrom(segment.marked().begin());
    int after = doc.firstTokenFrom(segment.marked().end());
    return open > 0 && after < doc.tokens().size()
        && isCapitalisedName(doc.token(open - 1)) && isCapitalisedName(doc.token(after));
  }

  private static boolean isCapitalisedName(Token token) {
    String text = token.text();
    return Character.isUpperCase(text.charAt(0)) && text.chars().allMatch(Character::isLetter);
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

  QuotedSegment segment() {
    return segments.get(index);
  }

  @Override
  public boolean opensParagraph() {
    return opensParagraph(openMark, paragraphOfSegment(doc(), segment()));
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
  public Optional<Span> previousQuote() {
    int previous = previousSpeech();
    return previous >= 0 ? Optional.of(segments.get(previous).content()) : Optional.empty();
  }

  /** Returns the index of the nearest earlier quotation that is speech (no title), or -1. */
  private int previousSpeech() {
    int i = index - 1;
    while (i >= 0 && earlier.get(i).filter(RuleDecision::isNotSpeech).isPresent()) {
      i--;
    }
    return i;
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
    return paragraphTokens(paragraphOfSegment(doc(), segment()));
  }

  @Override
  public Optional<RuleDecision> previousDecision() {
    int previous = previousSpeech();
    return previous >= 0 ? earlier.get(previous) : Optional.empty();
  }

}
