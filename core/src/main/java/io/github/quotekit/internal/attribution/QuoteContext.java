package io.github.quotekit.internal.attribution;

import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.analysis.Sentence;
import io.github.quotekit.internal.analysis.Token;
import io.github.quotekit.internal.candidate.MentionFinder;
import io.github.quotekit.internal.scan.QuotedSegment;
import java.util.List;
import java.util.Optional;

/**
 * What a sieve sees of one quotation: the article's analysis, the quotation, the text around it in
 * its sentence (the left and right "gaps" up to the neighbouring quotations) and the decisions
 * already taken for earlier quotations.
 */
public final class QuoteContext {
  private final MentionFinder finder;
  private final List<QuotedSegment> segments;
  private final int index;
  private final List<Optional<Attribution>> earlier;
  private final int openMark;
  private final int rightStart;
  private final int leftStart;
  private final int rightEnd;

  /**
   * @param finder mention finder of the article
   * @param segments all quotations of the article
   * @param index the quotation under decision
   * @param earlier decisions for {@code segments[0, index)}
   */
  public QuoteContext(
      MentionFinder finder,
      List<QuotedSegment> segments,
      int index,
      List<Optional<Attribution>> earlier) {
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

  public MentionFinder finder() {
    return finder;
  }

  public AnalyzedText doc() {
    return finder.doc();
  }

  public QuotedSegment segment() {
    return segments.get(index);
  }

  public int index() {
    return index;
  }

  /** Returns the quotation before this one, if any. */
  public Optional<QuotedSegment> previousSegment() {
    return index > 0 ? Optional.of(segments.get(index - 1)) : Optional.empty();
  }

  /** Returns the decision taken for the quotation before this one, if it was attributed. */
  public Optional<Attribution> previousAttribution() {
    return index > 0 ? earlier.get(index - 1) : Optional.empty();
  }

  /** Index of the opening mark's token: the left gap ends here. */
  public int leftGapEnd() {
    return openMark;
  }

  /** First token of the left gap: its sentence start or the previous quotation's end. */
  public int leftGapStart() {
    return leftStart;
  }

  /** First token after the closing mark. */
  public int rightGapStart() {
    return rightStart;
  }

  /** Token after the right gap: its sentence end or the next quotation's start. */
  public int rightGapEnd() {
    return rightEnd;
  }

  /** Returns true when nothing but punctuation precedes the quotation in its paragraph. */
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
  public boolean isScareQuote() {
    return followsSoCalled(doc(), segment());
  }

  private static boolean followsSoCalled(AnalyzedText doc, QuotedSegment segment) {
    int mark = doc.firstTokenFrom(segment.marked().begin());
    return mark > 0 && mark <= doc.tokens().size() && Clauses.isSoCalled(doc, doc.token(mark - 1));
  }

  /** Returns true when the two quotations stand in the same paragraph. */
  public boolean sameParagraph(QuotedSegment a, QuotedSegment b) {
    return paragraphOfSegment(doc(), a) == paragraphOfSegment(doc(), b);
  }
}
