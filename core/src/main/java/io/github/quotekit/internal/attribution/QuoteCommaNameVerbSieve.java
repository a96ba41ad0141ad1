package io.github.quotekit.internal.attribution;

import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.candidate.Candidate;
import io.github.quotekit.internal.candidate.MentionFinder;
import java.util.Optional;

/**
 * “…,” Trump said. / “…,” Sen. Marco Rubio, R-Fla., tweeted. / “…,” Kennedy, a China adviser,
 * told reporters.
 */
public final class QuoteCommaNameVerbSieve implements AttributionSieve {
  /**
   * The share of this rule's attributions that were right on the PolNeAR train split, so that
   * confidences are calibrated (README, "Confidence").
   */
  private static final double CONFIDENCE = 0.96;

  @Override
  public String name() {
    return "quote-comma-name-verb";
  }

  @Override
  public Optional<Attribution> attribute(QuoteContext context) {
    AnalyzedText doc = context.doc();
    MentionFinder finder = context.finder();
    int end = context.rightGapEnd();
    int start = Gaps.skipCommas(doc, context.rightGapStart(), end);
    Optional<Integer> cue = Clauses.firstCueVerb(finder, start, end);
    if (cue.isEmpty()) {
      return Optional.empty();
    }
    Optional<Candidate> speaker = finder.startingAt(start, cue.get());
    if (speaker.isEmpty()) {
      return Optional.empty();
    }
    Candidate mention = speaker.get();
    int next = mention.endToken();
    Optional<MentionFinder.Appositive> appositive = finder.descriptionAfter(mention, cue.get());
    if (appositive.isPresent()) {
      mention = mention.withDescription(appositive.get().text());
      next = appositive.get().nextToken();
    }
    if (!Gaps.mayStandBeforeCue(doc, next, cue.get())) {
      context.reject(mention, "other words stand between the mention and the cue");
      return Optional.empty();
    }
    int cueToken = cue.get();
    return Optional.of(
        Attribution.withCue(mention, doc.token(cueToken), name(), CONFIDENCE));
  }
}
