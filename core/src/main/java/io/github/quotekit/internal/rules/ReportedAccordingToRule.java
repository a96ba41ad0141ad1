package io.github.quotekit.internal.rules;

import io.github.quotekit.RuleContext;
import io.github.quotekit.RuleDecision;
import io.github.quotekit.SpeakerCandidate;
import io.github.quotekit.TaggedToken;
import io.github.quotekit.TokenRange;
import java.util.List;
import java.util.Optional;

/**
 * "According to X, CONTENT.", "But, according to X, CONTENT.", "CONTENT, according to X." and
 * "CONTENT, according to X, MORE CONTENT." when the clause's verb comes after the attribution.
 */
final class ReportedAccordingToRule implements SentenceFramingRule {
  /** The share of this rule's contents that matched a PolNeAR train attribution with its source. */
  private static final double CONFIDENCE = 0.81;
  /** Most words of a source after "according to" that the candidate finder does not read. */
  private static final int MAX_SOURCE_PHRASE = 8;
  /** Fewer words than this after "…, according to X," are an appositive of X, not the clause. */
  private static final int MIN_WORDS_AFTER_SOURCE = 3;

  @Override
  public String name() {
    return "reported-according-to";
  }

  @Override
  public int priority() {
    return 2300;
  }

  @Override
  public Optional<RuleDecision> frame(RuleContext context) {
    List<? extends TaggedToken> tokens = context.tokens();
    int first = context.region().begin();
    int end = ReportedClauses.contentEnd(context);
    for (int i = first; i + 2 < end; i++) {
      TaggedToken token = tokens.get(i);
      if (token.quoted() || !Words.lower(token).equals("according")
          || !Words.lower(tokens.get(i + 1)).equals("to")) {
        continue;
      }
      int sourceStart = i + 2;
      Optional<SpeakerCandidate> source =
          context.candidateStartingAt(sourceStart, end)
              .or(() -> nounPhrase(context, sourceStart, end));
      if (source.isEmpty()) {
        return context.decline("no source after “according to”");
      }
      TokenRange content;
      if (opensTheSentence(tokens, first, i)) {
        int comma = ReportedClauses.nextComma(tokens, source.get().tokens().end(), end);
        if (comma < 0) {
          return context.decline("no comma after the source of “according to”");
        }
        content = new TokenRange(comma + 1, end);
      } else {
        int before = i - 1;
        if (!tokens.get(before).text().equals(",")) {
          return context.decline("no comma before “according to”");
        }
        int after = source.get().tokens().end();
        // "At the heart of it, according to Ross, was a decision …": the clause runs on across
        // the attribution when its verb comes after it.
        boolean runsOn =
            after + MIN_WORDS_AFTER_SOURCE < end && tokens.get(after).text().equals(",")
                && !ReportedClauses.hasVerb(tokens, first, before);
        content = new TokenRange(first, runsOn ? end : before);
      }
      if (content.isEmpty()) {
        return context.decline("nothing is reported around “according to”");
      }
      return Optional.of(
          RuleDecision.of(source.get(), CONFIDENCE)
              .withCue(new TokenRange(i, i + 2))
              .withContent(content));
    }
    return context.decline("no “according to” in the sentence");
  }

  /**
   * True when only punctuation, conjunctions and adverbs stand before "according" at {@code i}:
   * "According to X, …", "But, according to X, …", "And yet according to X …".
   */
  private static boolean opensTheSentence(List<? extends TaggedToken> tokens, int first, int i) {
    for (int k = first; k < i; k++) {
      TaggedToken token = tokens.get(k);
      String pos = token.pos();
      if (token.quoted()
          || !(Words.isPunctuation(token) || pos.equals("CCONJ") || pos.equals("ADV"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "according to exit polls", "according to complete but unofficial returns": a source the
   * candidate finder reads as no speaker (a poll, a document) is the phrase up to the comma or the
   * end of the sentence.
   */
  private static Optional<SpeakerCandidate> nounPhrase(RuleContext context, int first, int end) {
    List<? extends TaggedToken> tokens = context.tokens();
    int last = first;
    while (last < end && last - first < MAX_SOURCE_PHRASE
        && !Words.isPunctuation(tokens.get(last))) {
      last++;
    }
    if (last == first || last - first >= MAX_SOURCE_PHRASE
        || !tokens.get(last - 1).pos().equals("NOUN")) {
      return Optional.empty();
    }
    return Optional.of(context.phrase(new TokenRange(first, last)));
  }
}
