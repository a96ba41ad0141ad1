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
 * “…,” Ortiz said. / “…,” Sen. Ines Marchetti, D-Ore., tweeted. / “…,” Ortiz, a port adviser,
 * told reporters: the speaker, then a cue verb.
 */
final class QuoteCommaNameVerbRule implements AttributionRule {
  /**
   * The share of this rule's attributions that were right on the PolNeAR train split, so that
   * confidences are calibrated (README, "Confidence").
   */
  private static final double CONFIDENCE = 0.96;
  /** Most words of a modifier between the mention and its verb ("a spokesman for the campaign"). */
  private static final int MAX_MODIFIER_TOKENS = 6;
  private static final Set<String> FILLER = Set.of("ADV", "AUX", "PART");
  private static final Set<String> MODIFIER = Set.of("ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM");

  @Override
  public String name() {
    return "quote-comma-name-verb";
  }

  @Override
  public int priority() {
    return 200;
  }

  @Override
  public Optional<RuleDecision> attribute(RuleContext context) {
    TokenRange after = context.after();
    int start = Words.skipCommas(context.tokens(), after.begin(), after.end());
    Optional<TaggedToken> cue =
        context.firstCueVerb(new TokenRange(start, after.end()))
            .or(() -> cueClosingTheClause(context, start, after.end()));
    if (cue.isEmpty()) {
      return context.decline("no cue verb after the quotation");
    }
    int verb = cue.get().index();
    Optional<SpeakerCandidate> speaker = Words.speakerStartingAt(context, start, verb);
    if (speaker.isEmpty()) {
      return context.decline("no speaker between the quotation and “" + cue.get().text() + "”");
    }
    SpeakerCandidate mention = speaker.get();
    int next = mention.tokens().end();
    Optional<RuleContext.Description> description = context.descriptionAfter(mention, verb);
    if (description.isPresent()) {
      mention = description.get().described();
      next = description.get().next();
    }
    if (!mayStandBeforeCue(context.tokens(), next, verb)) {
      context.reject(mention, "other words stand between the mention and the cue");
      return context.decline("the mention is not the cue's subject");
    }
    return Optional.of(RuleDecision.of(mention, CONFIDENCE).withCue(TokenRange.of(verb)));
  }

  /**
   * “…?” a narrator asks.: an inflected cue word that closes the clause after the quotation is its
   * verb, whatever tag the tagger gave it (here a noun after an adjective).
   */
  private static Optional<TaggedToken> cueClosingTheClause(RuleContext context, int from, int to) {
    List<? extends TaggedToken> tokens = context.tokens();
    for (int i = from + 1; i < to; i++) {
      TaggedToken token = tokens.get(i);
      if (Words.isPunctuation(token)) {
        return Optional.empty();
      }
      boolean closes = i + 1 == to || Words.isPunctuation(tokens.get(i + 1));
      boolean inflected = token.text().endsWith("s") || token.text().endsWith("ed");
      if (closes && inflected && !token.quoted() && context.lexicon().isCueVerb(token.lemma())) {
        return Optional.of(token);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns true when {@code [from, to)} may stand between a speaker mention and its verb:
   * adverbs and auxiliaries ("also has"), or a short modifier of the mention ("a voice-over in
   * the ad", "a spokesman for the campaign").
   */
  private static boolean mayStandBeforeCue(List<? extends TaggedToken> tokens, int from, int to) {
    if (to - from > MAX_MODIFIER_TOKENS) {
      return false;
    }
    for (int i = from; i < to; i++) {
      TaggedToken token = tokens.get(i);
      boolean hyphen = token.text().equals("-");
      if (!FILLER.contains(token.pos()) && !MODIFIER.contains(token.pos()) && !hyphen
          || token.quoted()) {
        return false;
      }
    }
    return true;
  }
}
