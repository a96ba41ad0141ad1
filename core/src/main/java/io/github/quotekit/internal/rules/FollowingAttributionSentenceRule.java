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
 * “The pier is safe.” Osei said.: a quotation that is a whole sentence, followed in its paragraph
 * by a short sentence that is only an attribution ("Osei said.", "said Osei on Monday.").
 */
final class FollowingAttributionSentenceRule implements AttributionRule {
  /** Too rare on the PolNeAR train split to measure; an estimate (README, "Confidence"). */
  private static final double CONFIDENCE = 0.85;
  /** The longest attribution sentence, in tokens: "Dana Ortiz, the harbor master, said Monday." */
  private static final int MAX_SENTENCE_TOKENS = 14;

  @Override
  public String name() {
    return "following-attribution-sentence";
  }

  @Override
  public int priority() {
    return 280;
  }

  @Override
  public Optional<RuleDecision> attribute(RuleContext context) {
    List<? extends TaggedToken> tokens = context.tokens();
    TokenRange before = context.before();
    if (!Words.onlyPunctuation(tokens, before.begin(), before.end())) {
      return context.decline("the quotation does not open its sentence");
    }
    int next = before.end();
    int closing = context.quoteWithMarks().end();
    while (next < tokens.size() && tokens.get(next).span().begin() < closing) {
      next++;
    }
    if (next >= tokens.size() || !context.after().isEmpty()) {
      return context.decline("no sentence follows the quotation");
    }
    TokenRange sentence = context.sentenceOf(next);
    if (sentence.begin() != next
        || context.paragraphAt(tokens.get(next).span().begin())
            != context.paragraphAt(context.quote().begin())
        || sentence.end() - sentence.begin() > MAX_SENTENCE_TOKENS) {
      return context.decline("no short sentence of the paragraph follows the quotation");
    }
    for (int i = sentence.begin(); i < sentence.end(); i++) {
      if (tokens.get(i).quoted() || Words.isQuotationMark(tokens.get(i))) {
        return context.decline("the sentence after it holds a quotation of its own");
      }
    }
    Optional<TaggedToken> cue = context.firstCueVerb(sentence);
    if (cue.isEmpty()) {
      return context.decline("the sentence after it has no cue verb");
    }
    int verb = cue.get().index();
    for (int i = verb + 1; i < sentence.end(); i++) {
      String pos = tokens.get(i).pos();
      if (pos.equals("VERB") || pos.equals("AUX")) {
        // "Osei said the ferry would run again.": a clause of its own, not an attribution.
        return context.decline("the sentence after it reports words of its own");
      }
    }
    Optional<SpeakerCandidate> speaker =
        verb == sentence.begin()
            ? context.candidateStartingAt(verb + 1, sentence.end())
            : context.mentionBefore(cue.get(), sentence.begin())
                .filter(mention -> mention.tokens().begin() == sentence.begin());
    if (speaker.isEmpty()) {
      return context.decline("the sentence after it is more than an attribution");
    }
    return Optional.of(RuleDecision.of(speaker.get(), CONFIDENCE).withCue(TokenRange.of(verb)));
  }
}
