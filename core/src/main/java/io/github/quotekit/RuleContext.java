package io.github.quotekit;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * What an {@link AttributionRule} sees of one unit of attribution: the analysed article, the
 * quotation (or, for {@link RuleScope#REPORTED_SPEECH} rules, the open part of a sentence), the
 * words around it, the candidate speakers, the clause structure the built-in rules read, and the
 * decision taken before. Token positions are indices into {@link #tokens()}; every built-in rule is
 * written with these methods alone.
 *
 * <pre>{@code
 * // “We will win,” said Ana Ruiz.
 * TokenRange after = context.after();                      // [said Ana Ruiz .]
 * if (after.isEmpty() || !context.isCueVerb(context.tokens().get(after.begin()))) {
 *   return context.decline("no cue verb after the quotation");
 * }
 * int i = after.begin();                                   // said
 * return context.candidateStartingAt(i + 1, context.after().end())
 *     .map(speaker -> RuleDecision.of(speaker, 0.9).withCue(TokenRange.of(i)).because("“…,” said NAME"));
 * }</pre>
 *
 * <p>Only quotekit implements this interface; the testkit builds contexts for unit tests of a
 * rule. A context serves one call of {@link AttributionRule#attribute(RuleContext)} on one thread
 * and must not be kept after it; it is not thread-safe.
 */
public sealed interface RuleContext
    permits io.github.quotekit.internal.attribution.ArticleContext {

  /** Returns the scope of the unit under decision: a quotation or a sentence's reported speech. */
  RuleScope scope();

  /** Returns the whole article. */
  String text();

  /** Returns every token of the article, in text order, with tags and lemmas. */
  List<? extends TaggedToken> tokens();

  /**
   * Returns the position of this unit among the article's units of its scope, from 0: the
   * quotation's among the quotations, the sentence's among the sentences.
   */
  int quoteIndex();

  /**
   * Returns the quoted words, without the quotation marks; for reported speech, the characters of
   * {@link #region()}.
   */
  Span quote();

  /** Returns the quotation with its quotation marks; for reported speech, as {@link #quote()}. */
  Span quoteWithMarks();

  /**
   * Returns the tokens under decision: the quotation with its marks, or, for reported speech, the
   * part of the sentence that no content has taken yet.
   */
  TokenRange region();

  /**
   * Returns the tokens before the opening mark in its sentence: from the sentence's start, or from
   * the end of a previous quotation in the same paragraph, to the opening mark. For reported
   * speech, the sentence's tokens before the region.
   */
  TokenRange before();

  /**
   * Returns the tokens after the closing mark in its sentence: from the closing mark to the end of
   * the sentence, or to the next quotation. Empty when the quotation ends its sentence with a full
   * stop and a new sentence follows. For reported speech, empty.
   */
  TokenRange after();

  /** Returns the tokens of the sentence where the quotation opens. */
  TokenRange sentence();

  /** Returns the tokens of the sentence that holds token {@code index}. */
  TokenRange sentenceOf(int index);

  /** Returns the tokens of the paragraph where the quotation opens. */
  TokenRange paragraph();

  /** Returns the index, from 0, of the paragraph that holds character {@code offset}. */
  int paragraphAt(int offset);

  /** Returns true when nothing but punctuation precedes the quotation in its paragraph. */
  boolean opensParagraph();

  /**
   * Returns the quoted words of the article's previous quotation, if there is one, passing over
   * quotations a rule found to be no speech ({@link RuleDecision#notSpeech(String)}).
   */
  Optional<Span> previousQuote();

  /** Returns the quoted words of the article's next quotation, if there is one. */
  Optional<Span> nextQuote();

  /**
   * Returns true when the quotation goes on from the previous paragraph, as news writes a long
   * speech: the previous paragraph's quotation ran to its end without a closing mark and this one
   * opens the next paragraph.
   */
  boolean continuesQuotation();

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
   * Returns a candidate for the words {@code words} that the candidate finder does not read as a
   * speaker: a source such as "exit polls", "those surveyed" or "some", a nominal mention of
   * unknown kind headed by the last word.
   *
   * @throws IllegalArgumentException if {@code words} is empty or not within {@link #tokens()}
   */
  SpeakerCandidate phrase(TokenRange words);

  /**
   * Returns what describes {@code candidate} right after it, before token {@code limit}: a
   * parenthesis ("Rep. Jim Jordan (R-Ohio)"), an appositive between commas ("Ortiz, a port
   * adviser,"), or both.
   */
  Optional<Description> descriptionAfter(SpeakerCandidate candidate, int limit);

  /**
   * Returns true when the token is a cue verb of the extractor's lexicon ("said", "tweeted",
   * "added"), matched by lemma, including verbs the tagger read as nouns after a closing mark.
   *
   * @throws IllegalArgumentException if the token is not one of {@link #tokens()}
   */
  boolean isCueVerb(TaggedToken token);

  /** Returns the first cue verb ({@link #isCueVerb}) in {@code range}. */
  Optional<TaggedToken> firstCueVerb(TokenRange range);

  /** Returns the last cue verb ({@link #isCueVerb}) in {@code range}. */
  Optional<TaggedToken> lastCueVerb(TokenRange range);

  /**
   * Returns true when the token is a reporting verb of the extractor's lexicon: a verb that
   * reports speech, thought or findings ("said", "believes", "found"), a wider list than the cue
   * verbs of direct quotations ({@link Lexicon#isReportingVerb}), matched as {@link #isCueVerb}.
   *
   * @throws IllegalArgumentException if the token is not one of {@link #tokens()}
   */
  boolean isReportingVerb(TaggedToken token);

  /**
   * Returns the verb lemma of a cue or reporting verb, whatever the tagger made of it ("say" for
   * "said" read as an adjective): the lemma the extractor gives a one-word cue.
   *
   * @throws IllegalArgumentException if the token is not one of {@link #tokens()}
   */
  String cueLemma(TaggedToken token);

  /**
   * Returns the mention right before {@code verb}, at or after token {@code lowerBound}, reading
   * over adverbs and auxiliaries ("also has said"), a first coordinated verb ("laughed and said"),
   * an appositive between commas ("X, a professor at Y, said", which becomes the description) and
   * "as" ("quoted X as saying").
   */
  Optional<SpeakerCandidate> mentionBefore(TaggedToken verb, int lowerBound);

  /**
   * Returns the subject of {@code verb} in the clause that starts at token {@code clauseStart}:
   * the mention before it ({@link #mentionBefore}); for a participle ("…, saying …") the subject
   * of the finite cue before it; and the main clause's subject when the mention before the verb
   * heads a relative or prepositional phrase ("condemned what he called …").
   */
  Optional<SpeakerCandidate> subjectOf(TaggedToken verb, int clauseStart);

  /**
   * Returns where the main clause of {@code range} begins: after leading conjunctions and an
   * introductory phrase closed by a comma ("After Xi complained to Trump, the president …").
   */
  int mainClauseStart(TokenRange range);

  /**
   * Returns the first token of {@code range} after leading conjunctions and punctuation ("and,
   * but …"), or its end.
   */
  int afterConjunctions(TokenRange range);

  /**
   * Returns the subject of the clause that {@code range} holds: its first mention after the
   * introductory words ({@link #mainClauseStart}) and a phrase closed by a comma ("Hours later,
   * Trump returned …").
   */
  Optional<SpeakerCandidate> clauseSubject(TokenRange range);

  /**
   * Returns the extractor's word lists ({@link QuoteExtractor.Builder#lexicon(Lexicon)}): cue
   * verbs, titles, organisation words, the speaker blocklist.
   */
  Lexicon lexicon();

  /**
   * Returns the decision taken for the previous quotation (as {@link #previousQuote()} finds it),
   * if one was; for reported speech, the
   * decision for the previous content of the same sentence.
   */
  Optional<RuleDecision> previousDecision();

  /**
   * Notes that the calling rule passed over {@code candidate} and why ("no cue verb", "inside a
   * noun phrase"). The note appears in the quotation's {@link Explanation} when the extractor
   * explains its decisions, and costs nothing otherwise.
   */
  void reject(SpeakerCandidate candidate, String reason);

  /**
   * Notes why the calling rule declines and returns the empty decision, so that a rule can write
   * {@code return context.decline("no cue verb after the quotation");}. The reason appears in the
   * {@link Explanation}; it costs nothing when the extractor does not explain.
   */
  Optional<RuleDecision> decline(String reason);

  /**
   * What describes a candidate right after it.
   *
   * @param described the candidate, carrying the description as its {@link
   *     SpeakerCandidate#description()}
   * @param words the tokens of the description, without the commas or parentheses around it
   * @param next the token after the description and its closing comma or parenthesis
   */
  record Description(SpeakerCandidate described, TokenRange words, int next) {
    /** Checks that no component is null. */
    public Description {
      requireNonNull(described, "described");
      requireNonNull(words, "words");
    }
  }
}
