package io.github.quotekit.internal.attribution;

import io.github.quotekit.Explanation.Rejection;
import io.github.quotekit.Lexicon;
import io.github.quotekit.Mention;
import io.github.quotekit.MentionKind;
import io.github.quotekit.RuleContext;
import io.github.quotekit.RuleDecision;
import io.github.quotekit.Span;
import io.github.quotekit.SpeakerCandidate;
import io.github.quotekit.SpeakerKind;
import io.github.quotekit.TaggedToken;
import io.github.quotekit.TokenRange;
import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.analysis.Sentence;
import io.github.quotekit.internal.analysis.Token;
import io.github.quotekit.internal.candidate.Candidate;
import io.github.quotekit.internal.candidate.MentionFinder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What every {@link RuleContext} has, whatever the unit under decision: the article's tokens,
 * candidates and clause structure over its {@link MentionFinder}, and the notes a rule leaves for
 * the explanation. Serves one unit on one thread.
 */
public abstract sealed class ArticleContext implements RuleContext
    permits QuoteContext, SentenceContext {
  private final MentionFinder finder;
  /** The rejections noted since the last {@link #takeRejections()}; null when not explaining. */
  private final List<Rejection> rejections;
  /** The reason of the last {@link #decline}; kept only when explaining. */
  private String declined = "";

  ArticleContext(MentionFinder finder, boolean explaining) {
    this.finder = finder;
    this.rejections = explaining ? new ArrayList<>() : null;
  }

  MentionFinder finder() {
    return finder;
  }

  AnalyzedText doc() {
    return finder.doc();
  }

  @Override
  public int paragraphAt(int offset) {
    if (offset < 0 || offset > text().length()) {
      throw new IllegalArgumentException("offset outside the article: " + offset);
    }
    return doc().paragraphAt(offset);
  }

  @Override
  public TokenRange sentenceOf(int index) {
    Sentence sentence = doc().sentences().get(ownToken(index).sentence());
    return new TokenRange(sentence.firstToken(), sentence.endToken());
  }

  @Override
  public List<Token> tokens() {
    return doc().tokens();
  }

  @Override
  public String text() {
    return doc().text();
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

  int clamp(int end) {
    return Math.min(end, doc().tokens().size());
  }

  Token ownToken(TaggedToken token) {
    Token own = ownToken(token.index());
    if (own != token) {
      throw new IllegalArgumentException("not a token of this article: " + token);
    }
    return own;
  }

  Token ownToken(int i) {
    if (i < 0 || i >= doc().tokens().size()) {
      throw new IllegalArgumentException("no token " + i + " in this article");
    }
    return doc().token(i);
  }

  /** Returns the candidate as this article's own, or throws: a rule passed a foreign one. */
  private Candidate ownCandidate(SpeakerCandidate candidate) {
    Candidate mention = (Candidate) candidate;
    if (!mention.standsIn(doc())) {
      throw new IllegalArgumentException("not a candidate of this article: " + candidate);
    }
    return mention;
  }

  @Override
  public Lexicon lexicon() {
    return finder.lexicon();
  }

  /** Returns true when nothing but punctuation precedes token {@code first} in {@code paragraph}. */
  boolean opensParagraph(int first, int paragraph) {
    AnalyzedText doc = doc();
    for (int i = first - 1; i >= 0; i--) {
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

  /** Returns the tokens of paragraph {@code paragraph}. */
  TokenRange paragraphTokens(int paragraph) {
    Span words = doc().paragraphs().get(paragraph);
    return new TokenRange(doc().firstTokenFrom(words.begin()), doc().firstTokenFrom(words.end()));
  }

  @Override
  public boolean isReportingVerb(TaggedToken token) {
    return Clauses.isReportingVerb(finder, ownToken(token));
  }

  @Override
  public String cueLemma(TaggedToken token) {
    return Clauses.cueLemma(ownToken(token));
  }

  @Override
  public int afterConjunctions(TokenRange range) {
    return Clauses.afterConjunctions(doc(), range.begin(), clamp(range.end()));
  }

  @Override
  public SpeakerCandidate phrase(TokenRange words) {
    if (words.isEmpty() || words.end() > doc().tokens().size()) {
      throw new IllegalArgumentException("no words of this article: " + words);
    }
    Token head = doc().token(words.end() - 1);
    Span span = Span.of(doc().token(words.begin()).begin(), head.end());
    return Candidate.of(words.begin(), words.end(), span, MentionKind.NOMINAL,
        SpeakerKind.UNKNOWN, head.lemma(), "", "", "");
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
