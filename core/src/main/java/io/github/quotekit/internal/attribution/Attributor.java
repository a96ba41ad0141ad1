package io.github.quotekit.internal.attribution;

import io.github.quotekit.internal.candidate.MentionFinder;
import io.github.quotekit.internal.scan.QuotedSegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs the sieves over every quotation of an article, in text order. Immutable and thread-safe. */
public final class Attributor {
  private final List<AttributionSieve> sieves;

  public Attributor(List<AttributionSieve> sieves) {
    this.sieves = List.copyOf(sieves);
  }

  /** Returns the built-in sieves, most precise first. */
  public static Attributor standard() {
    return new Attributor(
        List.of(
            new QuoteCommaVerbNameSieve(),
            new QuoteCommaNameVerbSieve(),
            new DashSignOffSieve(),
            new NameVerbColonSieve(),
            new AccordingToSieve(),
            new QuotedAsSayingSieve(),
            new NameVerbPartialQuoteSieve(),
            new SentenceCueSieve(),
            new SplitQuoteContinuationSieve(),
            new PreviousSentenceCueSieve(),
            new ColonLeadInParagraphSieve(),
            new ParagraphContinuationSieve(),
            new SentenceSubjectSieve()));
  }

  /** Returns true when the decision names a speaker of the lexicon's blocklist. */
  public static boolean isBlocked(MentionFinder finder, Attribution decision) {
    return finder.lexicon().isBlockedSpeaker(decision.mention().name());
  }

  /** Returns one decision per quotation, empty where no sieve could tell. */
  public List<Optional<Attribution>> attribute(MentionFinder finder, List<QuotedSegment> segments) {
    List<Optional<Attribution>> decisions = new ArrayList<>(segments.size());
    for (int i = 0; i < segments.size(); i++) {
      QuoteContext context = new QuoteContext(finder, segments, i, decisions);
      Optional<Attribution> decision = Optional.empty();
      for (AttributionSieve sieve : context.isScareQuote() ? List.<AttributionSieve>of() : sieves) {
        // A blocked name is no speaker: the next sieve gets its chance at the quotation.
        decision = sieve.attribute(context).filter(d -> !isBlocked(finder, d));
        if (decision.isPresent()) {
          break;
        }
      }
      decisions.add(decision);
    }
    return decisions;
  }
}
