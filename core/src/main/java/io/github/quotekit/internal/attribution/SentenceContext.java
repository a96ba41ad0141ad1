package io.github.quotekit.internal.attribution;

import io.github.quotekit.RuleDecision;
import io.github.quotekit.RuleScope;
import io.github.quotekit.Span;
import io.github.quotekit.TokenRange;
import io.github.quotekit.internal.analysis.Sentence;
import io.github.quotekit.internal.candidate.MentionFinder;
import io.github.quotekit.internal.scan.QuotedSegment;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link RuleScope#REPORTED_SPEECH} rule sees of one open stretch of a sentence: the
 * {@linkplain #region() region} is the part of the sentence that no content has taken yet, from
 * the end of the previous decision's content, cue or speaker to the end of the sentence. Serves one
 * call of a rule on one thread.
 */
public final class SentenceContext extends ArticleContext {
  private final List<QuotedSegment> segments;
  private final Sentence sentence;
  private final int sentenceIndex;
  private final TokenRange region;
  private final Optional<RuleDecision> previous;
  private final int mainClause;

  /**
   * @param finder mention finder of the article
   * @param segments the article's direct quotations, in text order
   * @param sentenceIndex the sentence under decision
   * @param region the open part of the sentence, which ends where the sentence ends
   * @param previous the decision for the previous content of the same sentence, if one was taken
   * @param mainClause where the sentence's main clause begins ({@link #mainClauseStart}), which
   *     the rules read at every step of a sentence: computed once, it keeps a sentence linear
   * @param explaining whether to keep the rules' notes on rejected candidates
   */
  public SentenceContext(
      MentionFinder finder,
      List<QuotedSegment> segments,
      int sentenceIndex,
      TokenRange region,
      Optional<RuleDecision> previous,
      int mainClause,
      boolean explaining) {
    super(finder, explaining);
    this.segments = segments;
    this.sentenceIndex = sentenceIndex;
    this.sentence = finder.doc().sentences().get(sentenceIndex);
    if (region.begin() < sentence.firstToken() || region.end() > sentence.endToken()) {
      throw new IllegalArgumentException("region " + region + " outside its sentence");
    }
    this.region = region;
    this.previous = previous;
    this.mainClause = mainClause;
  }

  /** Returns where the main clause of the sentence begins. */
  static int mainClauseOf(MentionFinder finder, Sentence sentence) {
    return Clauses.mainClauseStart(finder, sentence.firstToken(), sentence.endToken());
  }

  @Override
  public int mainClauseStart(TokenRange range) {
    return range.equals(sentence()) ? mainClause : super.mainClauseStart(range);
  }

  @Override
  public RuleScope scope() {
    return RuleScope.REPORTED_SPEECH;
  }

  @Override
  public int quoteIndex() {
    return sentenceIndex;
  }

  @Override
  public Span quote() {
    if (region.isEmpty()) {
      int at = doc().token(Math.min(region.begin(), doc().tokens().size() - 1)).begin();
      return Span.of(at, at);
    }
    return Span.of(doc().token(region.begin()).begin(), doc().token(region.end() - 1).end());
  }

  @Override
  public Span quoteWithMarks() {
    return quote();
  }

  @Override
  public TokenRange region() {
    return region;
  }

  @Override
  public TokenRange before() {
    return new TokenRange(sentence.firstToken(), region.begin());
  }

  @Override
  public TokenRange after() {
    return new TokenRange(region.end(), region.end());
  }

  @Override
  public TokenRange sentence() {
    return new TokenRange(sentence.firstToken(), sentence.endToken());
  }

  @Override
  public TokenRange paragraph() {
    return paragraphTokens(sentence.paragraph());
  }

  @Override
  public boolean opensParagraph() {
    return opensParagraph(region.begin(), sentence.paragraph());
  }

  /** Returns the quoted words of the last quotation that opens before the region. */
  @Override
  public Optional<Span> previousQuote() {
    int next = firstOpeningAtOrAfter(quote().begin());
    return next > 0 ? Optional.of(segments.get(next - 1).content()) : Optional.empty();
  }

  /** Returns the quoted words of the first quotation that opens at or after the region's end. */
  @Override
  public Optional<Span> nextQuote() {
    int next = firstOpeningAtOrAfter(quote().end());
    return next < segments.size() ? Optional.of(segments.get(next).content()) : Optional.empty();
  }

  /** The index of the first segment (disjoint, in text order) that opens at or after offset. */
  private int firstOpeningAtOrAfter(int offset) {
    int low = 0;
    int high = segments.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (segments.get(middle).marked().begin() < offset) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /** Reported speech continues no quotation. */
  @Override
  public boolean continuesQuotation() {
    return false;
  }

  @Override
  public Optional<RuleDecision> previousDecision() {
    return previous;
  }
}
