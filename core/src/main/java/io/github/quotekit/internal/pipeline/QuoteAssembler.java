package io.github.quotekit.internal.pipeline;

import io.github.quotekit.Channel;
import io.github.quotekit.Cue;
import io.github.quotekit.JoinReason;
import io.github.quotekit.Mention;
import io.github.quotekit.Quote;
import io.github.quotekit.QuoteType;
import io.github.quotekit.Span;
import io.github.quotekit.Speaker;
import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.attribution.Attribution;
import io.github.quotekit.internal.attribution.ChannelClassifier;
import io.github.quotekit.internal.attribution.CueWords;
import io.github.quotekit.internal.scan.QuotedSegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the decisions of one article into {@link Quote}s: drops what the options exclude, reads
 * the channel and groups the parts of split and continuing quotations. Immutable and thread-safe.
 */
final class QuoteAssembler {
  /** Confidence of a quotation that no rule attributed: the chance that it has no speaker. */
  private static final double UNATTRIBUTED_CONFIDENCE = 0.3;

  private final PipelineOptions options;
  private final ChannelClassifier channels = new ChannelClassifier();

  QuoteAssembler(PipelineOptions options) {
    this.options = options;
  }

  List<Quote> assemble(
      AnalyzedText doc,
      List<QuotedSegment> segments,
      List<Optional<Attribution>> decisions,
      List<Optional<Speaker>> speakers) {
    String text = doc.text();
    List<Quote> quotes = new ArrayList<>();
    int previousIndex = -1;
    int group = -1;
    for (int i = 0; i < segments.size(); i++) {
      Span content = segments.get(i).content();
      Optional<Attribution> decision = decisions.get(i);
      if (!kept(decision, content.textIn(text))) {
        continue;
      }
      boolean previousKept = previousIndex == i - 1 && i > 0;
      // A quotation joins only a reported one: the first part may have been dropped.
      Optional<JoinReason> joinedBy =
          previousKept
              ? joinReason(segments.get(i), decision, speakers.get(i), speakers.get(i - 1))
              : Optional.empty();
      group = joinedBy.isPresent() ? group : group + 1;
      quotes.add(toQuote(doc, content, decision, speakers.get(i), group, joinedBy));
      previousIndex = i;
    }
    return quotes;
  }

  private boolean kept(Optional<Attribution> decision, String quoted) {
    return decision.isPresent()
        ? decision.get().confidence() >= options.minConfidence()
        : words(quoted) >= options.minUnattributedWords();
  }

  /**
   * A continuation rule says why it joined; a paragraph that reopens an unclosed quotation of the
   * same speaker continues it whatever rule attributed it.
   */
  private static Optional<JoinReason> joinReason(
      QuotedSegment segment,
      Optional<Attribution> decision,
      Optional<Speaker> speaker,
      Optional<Speaker> previousSpeaker) {
    Optional<JoinReason> byRule = decision.flatMap(Attribution::joins);
    if (byRule.isPresent()) {
      return byRule;
    }
    boolean sameSpeaker = speaker.isPresent() && speaker.equals(previousSpeaker);
    return segment.continuesPrevious() && sameSpeaker
        ? Optional.of(JoinReason.MULTI_PARAGRAPH_QUOTE)
        : Optional.empty();
  }

  private Quote toQuote(
      AnalyzedText doc,
      Span content,
      Optional<Attribution> decision,
      Optional<Speaker> speaker,
      int group,
      Optional<JoinReason> joinedBy) {
    String text = doc.text();
    if (decision.isEmpty()) {
      return new Quote(
          content.textIn(text),
          content,
          QuoteType.DIRECT,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          UNATTRIBUTED_CONFIDENCE,
          Quote.UNATTRIBUTED,
          Channel.UNSPECIFIED,
          group,
          Optional.empty());
    }
    Attribution attribution = decision.get();
    Span mentionSpan = attribution.mention().span();
    Channel channel = channels.classify(doc, attribution.cue());
    return new Quote(
        content.textIn(text),
        content,
        QuoteType.DIRECT,
        attribution.cue().map(cue -> toCue(doc, cue)),
        Optional.of(new Mention(mentionSpan, mentionSpan.textIn(text))),
        speaker,
        attribution.confidence(),
        attribution.rule(),
        channel,
        group,
        joinedBy);
  }

  private static Cue toCue(AnalyzedText doc, CueWords cue) {
    Span span = Span.of(doc.token(cue.firstToken()).begin(), doc.token(cue.endToken() - 1).end());
    return new Cue(span, span.textIn(doc.text()), cue.lemma());
  }

  private static int words(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }
}
