package io.github.quotekit.internal.rules;

import io.github.quotekit.RuleContext;
import io.github.quotekit.RuleDecision;
import io.github.quotekit.SpeakerCandidate;
import io.github.quotekit.TaggedToken;
import io.github.quotekit.TokenRange;
import java.util.List;
import java.util.Optional;

/**
 * The attribution after a comma of the sentence, nearest its end, that either closes the sentence
 * ("CONTENT, X said.", "CONTENT, said X, a professor at Y.") or splits it ("CONTENT, X said, MORE
 * CONTENT."). The two rules that read it take one kind each.
 *
 * @param speaker the speaker mention
 * @param cue the reporting verb
 * @param content the reported words: before the comma, or on both sides of the attribution
 * @param splits true when the content runs across the attribution
 */
record ClosingAttribution(SpeakerCandidate speaker, int cue, TokenRange content, boolean splits) {
  /** Most words after the cue of a closing attribution: "said Tuesday", "said in a statement". */
  private static final int MAX_SHORT_TAIL = 4;
  /** Fewest words after "X said," for the content to run on across the attribution. */
  private static final int MIN_WORDS_AFTER_SPLIT = 2;
  /** Largest distance in tokens between the comma that ends the content and a trailing cue. */
  private static final int MAX_TRAILING_ATTRIBUTION = 8;

  /**
   * Returns the decision for the region's closing attribution if it {@code splits} the sentence
   * or, when {@code splits} is false, closes it.
   */
  static Optional<RuleDecision> decide(
      RuleContext context, boolean splits, ReportedConfidence confidence) {
    Optional<ClosingAttribution> found = find(context);
    if (found.isEmpty()) {
      return context.decline("no attribution after a comma");
    }
    if (found.get().splits() != splits) {
      return context.decline(
          splits
              ? "the nearest attribution closes the sentence"
              : "the nearest attribution splits the sentence");
    }
    return Optional.of(
        confidence.applied(
            context,
            RuleDecision.of(found.get().speaker(), 0)
                .withCue(TokenRange.of(found.get().cue()))
                .withContent(found.get().content())));
  }

  /** Returns the attribution of the region, trying its commas from the right. */
  static Optional<ClosingAttribution> find(RuleContext context) {
    List<? extends TaggedToken> tokens = context.tokens();
    int end = ReportedClauses.contentEnd(context);
    for (int comma = end - 1; comma > context.region().begin(); comma--) {
      if (!tokens.get(comma).text().equals(",") || tokens.get(comma).quoted()) {
        continue;
      }
      Optional<ClosingAttribution> found = after(context, comma, end);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<ClosingAttribution> after(RuleContext context, int comma, int end) {
    List<? extends TaggedToken> tokens = context.tokens();
    // ''Content,'' X said: quotation marks the scanner did not pair stay around the content.
    int after = ReportedClauses.skipMarks(tokens, comma + 1, end);
    int cue = -1;
    for (int i = after; i < Math.min(end, after + MAX_TRAILING_ATTRIBUTION) && cue < 0; i++) {
      if (ReportedClauses.isReporting(context, tokens.get(i))) {
        cue = i;
      }
    }
    if (cue < 0) {
      return Optional.empty();
    }
    int cueToken = cue;
    Optional<SpeakerCandidate> before =
        context.candidateStartingAt(after, cueToken)
            .filter(m -> isOnlyFillerBetween(tokens, m.tokens().end(), cueToken)
                || isAppositiveBetween(tokens, m.tokens().end(), cueToken));
    // "…, told reporters": the one named after "told" is the listener. Only a speech verb puts
    // its speaker after it: in "The company, Northern Lode, welcomed the ruling" the ruling is
    // the object; and never a participle, whose phrase tells more of the sentence's subject
    // ("…, conceding the race").
    boolean inverted =
        cueToken == after && context.isCueVerb(tokens.get(cueToken))
            && !ReportedClauses.isParticiple(tokens.get(cueToken))
            && !context.cueLemma(tokens.get(cueToken)).equals("tell");
    Optional<SpeakerCandidate> speaker =
        before.or(
            () -> inverted ? context.candidateStartingAt(cueToken + 1, end) : Optional.empty());
    if (speaker.isEmpty()) {
      return Optional.empty();
    }
    int attributionEnd = Math.max(speaker.get().tokens().end(), cueToken + 1);
    int contentFirst = ReportedClauses.skipMarks(tokens, context.region().begin(), comma);
    TokenRange content = new TokenRange(contentFirst, comma);
    boolean splits = false;
    if (attributionEnd < end) {
      boolean commaNext = tokens.get(attributionEnd).text().equals(",");
      if (commaNext && before.isPresent() && end - attributionEnd > MIN_WORDS_AFTER_SPLIT) {
        // "The talks, she said, will resume": one content on both sides of the attribution.
        content = new TokenRange(content.begin(), end);
        splits = true;
      } else if (!(commaNext && before.isEmpty()) && !isShortTail(tokens, attributionEnd, end)) {
        // "…, said X, a professor at Y" ends with an appositive; anything else is no attribution.
        return Optional.empty();
      }
    }
    return content.isEmpty()
        ? Optional.empty()
        : Optional.of(new ClosingAttribution(speaker.get(), cueToken, content, splits));
  }

  private static boolean isOnlyFillerBetween(
      List<? extends TaggedToken> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      String pos = tokens.get(i).pos();
      if (!(pos.equals("ADV") || pos.equals("AUX") || pos.equals("PART"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "…, Marc Tremblay, the head of the consortium, told reporters": an appositive between commas,
   * without a verb, between the speaker and the cue.
   */
  private static boolean isAppositiveBetween(
      List<? extends TaggedToken> tokens, int from, int to) {
    if (to - from < 3 || !tokens.get(from).text().equals(",")
        || !tokens.get(to - 1).text().equals(",")) {
      return false;
    }
    for (int i = from + 1; i < to - 1; i++) {
      TaggedToken token = tokens.get(i);
      if (token.quoted() || token.pos().equals("VERB") || token.pos().equals("AUX")
          || token.text().equals(",")) {
        return false;
      }
    }
    return true;
  }

  /** "… said Tuesday", "… said in a statement": a few words without a verb end the sentence. */
  private static boolean isShortTail(List<? extends TaggedToken> tokens, int from, int end) {
    if (end - from > MAX_SHORT_TAIL) {
      return false;
    }
    for (int i = from; i < end; i++) {
      String pos = tokens.get(i).pos();
      if (pos.equals("VERB") || pos.equals("AUX")) {
        return false;
      }
    }
    return true;
  }
}
