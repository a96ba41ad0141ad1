package io.github.quotekit.internal.rules;

import io.github.quotekit.AttributionRule;
import io.github.quotekit.RuleContext;
import io.github.quotekit.RuleDecision;
import io.github.quotekit.SpeakerCandidate;
import io.github.quotekit.TaggedToken;
import io.github.quotekit.TokenRange;
import java.util.List;
import java.util.Optional;

/**
 * …, Ortiz said. “…”: a quotation that opens a sentence right after a sentence of the same
 * paragraph that ends in an attribution.
 */
final class PreviousSentenceCueRule implements AttributionRule {
  /** Too rare on the PolNeAR train split to measure; an estimate (README, "Confidence"). */
  private static final double CONFIDENCE = 0.75;
  /** How many tokens before the previous sentence's end the cue may stand ("Ortiz said Friday."). */
  private static final int CUE_WINDOW = 5;
  /** Why a rule that reads the sentence before the quotation declines when there is none. */
  static final String NO_SENTENCE_BEFORE =
      "the quotation does not open a sentence after one of its own in the paragraph";

  @Override
  public String name() {
    return "previous-sentence-cue";
  }

  @Override
  public int priority() {
    return 1000;
  }

  @Override
  public Optional<RuleDecision> attribute(RuleContext context) {
    Optional<TokenRange> sentence = sentenceBefore(context);
    if (sentence.isEmpty()) {
      return context.decline(NO_SENTENCE_BEFORE);
    }
    TokenRange previous = sentence.get();
    int from = Math.max(previous.begin(), previous.end() - CUE_WINDOW);
    Optional<TaggedToken> cue = context.lastCueVerb(new TokenRange(from, previous.end()));
    if (cue.isEmpty()) {
      return context.decline("the sentence before does not end in a cue");
    }
    TaggedToken verb = cue.get();
    Optional<SpeakerCandidate> subject =
        context.mentionBefore(verb, previous.begin())
            .or(() -> context.candidateStartingAt(verb.index() + 1, previous.end()));
    if (subject.isEmpty()) {
      return context.decline("no subject of “" + verb.text() + "” in the sentence before");
    }
    return Optional.of(
        RuleDecision.of(subject.get(), CONFIDENCE).withCue(TokenRange.of(verb.index())));
  }

  /**
   * The sentence before the quotation, when the quotation opens a sentence and the one before lies
   * in the same paragraph and does not end inside a quotation; empty otherwise.
   */
  static Optional<TokenRange> sentenceBefore(RuleContext context) {
    TokenRange before = context.before();
    int open = before.end();
    List<? extends TaggedToken> tokens = context.tokens();
    if (open >= tokens.size() || !before.isEmpty() || open == 0
        || context.sentenceOf(open).begin() != open) {
      return Optional.empty();
    }
    TokenRange previous = context.sentenceOf(open - 1);
    boolean sameParagraph =
        context.paragraphAt(tokens.get(previous.begin()).span().begin())
            == context.paragraphAt(tokens.get(open).span().begin());
    return sameParagraph && !tokens.get(previous.end() - 1).quoted()
        ? Optional.of(previous)
        : Optional.empty();
  }
}
