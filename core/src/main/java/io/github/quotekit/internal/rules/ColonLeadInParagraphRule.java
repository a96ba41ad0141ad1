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
 * The Calloway Herald reports: ⏎⏎ “…”: a paragraph that opens with a quotation after a paragraph
 * that ends in a cue and a colon.
 */
final class ColonLeadInParagraphRule implements AttributionRule {
  /**
   * The share of this rule's attributions that were right on the PolNeAR train split, so that
   * confidences are calibrated (README, "Confidence").
   */
  private static final double CONFIDENCE = 0.83;

  @Override
  public String name() {
    return "colon-lead-in-paragraph";
  }

  @Override
  public int priority() {
    return 1100;
  }

  @Override
  public Optional<RuleDecision> attribute(RuleContext context) {
    List<? extends TaggedToken> tokens = context.tokens();
    int open = context.before().end();
    if (!context.opensParagraph() || open == 0 || open > tokens.size()) {
      return context.decline("the quotation does not open a paragraph after another");
    }
    int colon = open - 1;
    while (colon >= 0 && Words.isQuotationMark(tokens.get(colon))) {
      colon--;
    }
    if (colon < 0 || !tokens.get(colon).text().equals(":")) {
      return context.decline("the paragraph before does not end in a colon");
    }
    TokenRange sentence = context.sentenceOf(colon);
    Optional<TaggedToken> cue = context.lastCueVerb(new TokenRange(sentence.begin(), colon));
    if (cue.isEmpty()) {
      return context.decline("no cue verb before the colon");
    }
    Optional<SpeakerCandidate> subject = context.subjectOf(cue.get(), sentence.begin());
    if (subject.isEmpty()) {
      return context.decline("no subject of “" + cue.get().text() + "”");
    }
    return Optional.of(
        RuleDecision.of(subject.get(), CONFIDENCE).withCue(TokenRange.of(cue.get().index())));
  }
}
