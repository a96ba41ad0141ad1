package io.github.quotekit;

import java.util.List;
import java.util.Optional;

/**
 * What an {@link AttributionRule} sees of one quotation: the analysed article, the quotation, the
 * words around it, the candidate speakers and the decision taken for the quotation before it.
 * Token positions are indices into {@link #tokens()}.
 *
 * <pre>{@code
 * // “We will win,” said Ana Ruiz.
 * TokenRange after = context.after();                      // [, said Ana Ruiz .]
 * TaggedToken verb = context.tokens().get(after.begin() + 1);
 * if (context.isCueVerb(verb)) {
 *   return context.candidateStartingAt(verb.index() + 1, after.end())   // Ana Ruiz
 *       .map(speaker -> RuleDecision.of(speaker, 0.9).withCue(TokenRange.of(verb.index())));
 * }
 * }</pre>
 *
 * <p>Only quotekit implements this interface. A context serves one call of {@link
 * AttributionRule#attribute(RuleContext)} on one thread and must not be kept after it; it is not
 * thread-safe.
 */
public sealed interface RuleContext permits io.github.quotekit.internal.attribution.QuoteContext {

  /** Returns the whole article. */
  String text();

  /** Returns every token of the article, in text order, with tags and lemmas. */
  List<? extends TaggedToken> tokens();

  /** Returns the position of this quotation among the article's quotations, from 0. */
  int quoteIndex();

  /** Returns the quoted words, without the quotation marks. */
  Span quote();

  /** Returns the quotation with its quotation marks. */
  Span quoteWithMarks();

  /**
   * Returns the tokens before the opening mark in its sentence: from the sentence's start, or from
   * the end of a previous quotation in the same paragraph, to the opening mark.
   */
  TokenRange before();

  /**
   * Returns the tokens after the closing mark in its sentence: from the closing mark to the end of
   * the sentence, or to the next quotation. Empty when the quotation ends its sentence with a full
   * stop and a new sentence follows.
   */
  TokenRange after();

  /** Returns the tokens of the sentence where the quotation opens. */
  TokenRange sentence();

  /** Returns the tokens of the paragraph where the quotation opens. */
  TokenRange paragraph();

  /** Returns true when nothing but punctuation precedes the quotation in its paragraph. */
  boolean opensParagraph();

  /**
   * Returns the candidate speaker that begins at token {@code first} and ends before {@code
   * limit}: a pronoun, a name with its title, or a noun phrase.
   */
  Optional<SpeakerCandidate> candidateStartingAt(int first, int limit);

  /**
   * Returns the candidate speaker whose last token is {@code last}, beginning at or after {@code
   * lowerBound}.
   */
  Optional<SpeakerCandidate> candidateEndingAt(int last, int lowerBound);

  /**
   * Returns the candidate speakers in {@code range} outside quotations, in text order, none
   * overlapping another: each is the longest candidate starting where the previous one ended.
   */
  List<SpeakerCandidate> candidates(TokenRange range);

  /**
   * Returns true when the token is a cue verb of the extractor's lexicon ("said", "tweeted",
   * "added"), matched by lemma, including verbs the tagger read as nouns after a closing mark.
   *
   * @throws IllegalArgumentException if the token is not one of {@link #tokens()}
   */
  boolean isCueVerb(TaggedToken token);

  /**
   * Returns the extractor's word lists ({@link QuoteExtractor.Builder#lexicon(Lexicon)}): cue
   * verbs, titles, organisation words, the speaker blocklist.
   */
  Lexicon lexicon();

  /** Returns the decision taken for the previous quotation, if one was. */
  Optional<RuleDecision> previousDecision();

  /**
   * Notes that the calling rule passed over {@code candidate} and why ("no cue verb", "inside a
   * noun phrase"). The note appears in the quotation's {@link Explanation} when the extractor
   * explains its decisions, and costs nothing otherwise.
   */
  void reject(SpeakerCandidate candidate, String reason);
}
