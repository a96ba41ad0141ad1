package io.github.quotekit.internal.rules;

import io.github.quotekit.AttributionRule;
import io.github.quotekit.RuleContext;
import io.github.quotekit.RuleDecision;
import io.github.quotekit.SpeakerCandidate;
import io.github.quotekit.TaggedToken;
import io.github.quotekit.TokenRange;
import java.util.List;
import java.util.Optional;
import java.util.Set;


/**
 * The Calloway Herald reports: ⏎⏎ “…”: a paragraph that opens with a quotation after a paragraph
 * that ends in a cue and a colon, or in a noun of speech ("Ruiz made the following comment:",
 * "The club issued this statement:").
 */
final class ColonLeadInParagraphRule implements AttributionRule {
  /**
   * The share of this rule's attributions that were right on the PolNeAR train split, so that
   * confidences are calibrated (README, "Confidence").
   */
  private static final double CONFIDENCE = 0.83;
  /** Nouns that stand for what was said, as the object of the lead-in's verb. */
  private static final Set<String> SPEECH_NOUNS =
      Set.of("statement", "comment", "comments", "remarks", "message", "tweet", "post", "reply",
          "response");

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
      return speechNounBefore(context, sentence.begin(), colon)
          .flatMap(noun -> attributeToVerbSubject(context, sentence.begin(), noun))
          .or(() -> context.decline("no cue verb or noun of speech before the colon"));
    }
    Optional<SpeakerCandidate> subject = context.subjectOf(cue.get(), sentence.begin());
    if (subject.isEmpty()) {
      return context.decline("no subject of “" + cue.get().text() + "”");
    }
    return Optional.of(
        RuleDecision.of(subject.get(), CONFIDENCE).withCue(TokenRange.of(cue.get().index())));
  }

  /** Returns the noun of speech that ends the lead-in, right before the colon. */
  private static Optional<TaggedToken> speechNounBefore(RuleContext context, int from, int colon) {
    int last = colon - 1;
    return last >= from && SPEECH_NOUNS.contains(Words.lower(context.tokens().get(last)))
        ? Optional.of(context.tokens().get(last))
        : Optional.empty();
  }

  /** The subject of the verb whose object the noun is: "Ruiz <u>issued</u> this statement:". */
  private static Optional<RuleDecision> attributeToVerbSubject(
      RuleContext context, int from, TaggedToken noun) {
    for (int i = noun.index() - 1; i >= from; i--) {
      TaggedToken verb = context.tokens().get(i);
      boolean modifier = i > from && context.tokens().get(i - 1).pos().equals("DET");
      if (verb.pos().equals("VERB") && !modifier) { // "the following statement" is no verb
        return context.subjectOf(verb, from)
            .map(subject ->
                RuleDecision.of(subject, CONFIDENCE).withCue(TokenRange.of(noun.index())));
      }
    }
    return Optional.empty();
  }
}
