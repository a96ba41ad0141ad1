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
    TokenRange before = context.before();
    int open = before.end();
    if (open >= context.tokens().size() || !before.isEmpty() || open == 0) {
      return context.decline("the quotation does not open its sentence");
    }
    TokenRange current = context.sentenceOf(open);
    if (current.begin() != open) {
      return context.decline("the quotation does not open its sentence");
    }
    TokenRange previous = context.sentenceOf(open - 1);
    List<? extends TaggedToken> tokens = context.tokens();
    TaggedToken last = tokens.get(previous.end() - 1);
    if (context.paragraphAt(tokens.get(previous.begin()).span().begin())
            != context.paragraphAt(tokens.get(open).span().begin())
        || last.quoted()) {
      return context.decline("no sentence of its own before it in the paragraph");
    }
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
}
