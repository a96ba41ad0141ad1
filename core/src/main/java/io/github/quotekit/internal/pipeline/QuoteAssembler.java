package io.github.quotekit.internal.pipeline;

import io.github.quotekit.Channel;
import io.github.quotekit.Cue;
import io.github.quotekit.Explanation;
import io.github.quotekit.JoinReason;
import io.github.quotekit.Mention;
import io.github.quotekit.Quote;
import io.github.quotekit.QuoteType;
import io.github.quotekit.RuleDecision;
import io.github.quotekit.Span;
import io.github.quotekit.Speaker;
import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.attribution.Attribution;
import io.github.quotekit.internal.attribution.Attributor;
import io.github.quotekit.internal.attribution.ChannelClassifier;
import io.github.quotekit.internal.attribution.CueWords;
import io.github.quotekit.internal.attribution.ReportedSpeech;
import io.github.quotekit.internal.scan.QuotedSegment;
import java.util.ArrayList;
import java.util.Comparator;
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

  /**
   * Returns the reported quotations in text order: the direct ones, and with reported speech on
   * also the reported speech, which absorbs the direct quotations inside mixed content and gives
   * way to the others: a quotation split by its attribution stays its direct parts, one group.
   */
  List<Quote> assemble(
      AnalyzedText doc,
      List<QuotedSegment> segments,
      Attributor.Decisions attributed,
      List<Optional<Explanation>> explanations,
      List<Optional<Speaker>> speakers,
      List<ReportedSpeech> reported,
      List<Optional<Explanation>> reportedExplanations,
      List<Optional<Speaker>> reportedSpeakers) {
    List<Optional<Attribution>> decisions = attributed.decisions();
    List<Quote> direct = assembleDirect(doc, segments, decisions, explanations, speakers);
    if (!options.reportedSpeech() || reported.isEmpty()) {
      return direct;
    }
    List<Span> unattributed = unattributedSpeech(segments, attributed);
    List<Quote> merged = new ArrayList<>();
    boolean[] absorbed = new boolean[direct.size()];
    for (int i = 0; i < reported.size(); i++) {
      ReportedSpeech speech = reported.get(i);
      Span content = speech.content();
      // Direct quotations are disjoint and in text order: those that meet the content are a run.
      int first = firstEndingAfter(direct, content.begin());
      int end = first;
      boolean clashes = false;
      while (end < direct.size() && direct.get(end).span().begin() < content.end()) {
        // A direct quotation keeps the speaker its own rule found: mixed content of someone else
        // gives way to it.
        clashes |= !content.contains(direct.get(end).span())
            || direct.get(end).speaker().isPresent()
                && !direct.get(end).speaker().equals(reportedSpeakers.get(i));
        end++;
      }
      // A quotation no rule attributed inside the content is a fragment of it, the content
      // speaker's words: “exactly who did it” in "Ruiz told reporters that “exactly who did it”
      // is unknown".
      List<Span> fragments = new ArrayList<>();
      direct.subList(first, end).forEach(q -> fragments.addAll(q.fragments()));
      unattributed.stream().filter(content::contains).forEach(fragments::add);
      fragments.sort(Comparator.naturalOrder());
      if (clashes || speech.confidence() < options.minConfidence()
          || onlyQuoted(doc.text(), content, fragments)) {
        continue;
      }
      for (int k = first; k < end; k++) {
        absorbed[k] = true;
      }
      merged.add(
          reportedQuote(
              doc, speech, fragments, reportedSpeakers.get(i), reportedExplanations.get(i)));
    }
    for (int k = 0; k < direct.size(); k++) {
      if (!absorbed[k]) {
        merged.add(direct.get(k));
      }
    }
    merged.sort(Comparator.comparing(Quote::span));
    return renumberGroups(merged);
  }

  /**
   * Returns true when the content holds nothing but the direct quotations: “…,” said Ruiz reports
   * the quotation itself, which stays {@code DIRECT}; a mixed quote is a clause around a fragment.
   */
  private static boolean onlyQuoted(String text, Span content, List<Span> inside) {
    if (inside.isEmpty()) {
      return false;
    }
    int at = content.begin();
    for (Span quote : inside) {
      if (hasWords(text, at, quote.begin())) {
        return false;
      }
      at = Math.max(at, quote.end());
    }
    return !hasWords(text, at, content.end());
  }

  /**
   * Returns the quotations that no rule attributed and none found to be no speech (a title), in
   * text order: not reported on their own by default, but the words of a reported content around
   * them.
   */
  private static List<Span> unattributedSpeech(
      List<QuotedSegment> segments, Attributor.Decisions attributed) {
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      boolean noSpeech = attributed.given().get(i).filter(RuleDecision::isNotSpeech).isPresent();
      if (attributed.decisions().get(i).isEmpty() && !noSpeech) {
        spans.add(segments.get(i).content());
      }
    }
    return spans;
  }

  private static boolean hasWords(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The index of the first of {@code quotes} (disjoint, in text order) to end after offset. */
  private static int firstEndingAfter(List<Quote> quotes, int offset) {
    int low = 0;
    int high = quotes.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (quotes.get(middle).span().end() > offset) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return low;
  }

  private Quote reportedQuote(
      AnalyzedText doc, ReportedSpeech speech, List<Span> fragments, Optional<Speaker> speaker,
      Optional<Explanation> explanation) {
    String text = doc.text();
    return new Quote(
        speech.content().textIn(text),
        speech.content(),
        fragments.isEmpty() ? QuoteType.INDIRECT : QuoteType.MIXED,
        fragments,
        speech.cue().map(cue -> toCue(doc, cue)),
        speech.source().map(m -> new Mention(m.span(), m.span().textIn(text))),
        speech.sourceless() ? Optional.empty() : speaker,
        speech.confidence(),
        speech.rule(),
        channels.classify(doc, speech.cue()),
        0,
        Optional.empty(),
        explanation);
  }

  /** Numbers groups 0, 1, 2, ... in text order; joined quotations keep their predecessor's. */
  private static List<Quote> renumberGroups(List<Quote> quotes) {
    List<Quote> renumbered = new ArrayList<>(quotes.size());
    int group = -1;
    for (Quote q : quotes) {
      group = q.joinedBy().isPresent() && group >= 0 ? group : group + 1;
      renumbered.add(
          new Quote(q.text(), q.span(), q.type(), q.fragments(), q.cue(), q.speakerMention(), q.speaker(),
              q.confidence(), q.rule(), q.channel(), group, q.joinedBy(), q.explanation()));
    }
    return renumbered;
  }

  private List<Quote> assembleDirect(
      AnalyzedText doc,
      List<QuotedSegment> segments,
      List<Optional<Attribution>> decisions,
      List<Optional<Explanation>> explanations,
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
      // A quotation joins only a reported, attributed one: the first part may have been dropped,
      // and an unattributed quotation between two parts (a title) separates them.
      boolean previousKept = previousIndex == i - 1 && i > 0 && decisions.get(i - 1).isPresent();
      Optional<JoinReason> joinedBy =
          previousKept
              ? joinReason(segments.get(i), decision, decisions.get(i - 1), speakers.get(i),
                  speakers.get(i - 1))
              : Optional.empty();
      group = joinedBy.isPresent() ? group : group + 1;
      quotes.add(
          toQuote(doc, content, decision, speakers.get(i), group, joinedBy, explanations.get(i)));
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
      Optional<Attribution> previous,
      Optional<Speaker> speaker,
      Optional<Speaker> previousSpeaker) {
    Optional<JoinReason> byRule = decision.flatMap(Attribution::joins);
    if (byRule.isPresent()) {
      return byRule;
    }
    // “A,” Delgado said, “B.”: whichever rule read each part, two quotations attributed through
    // the same cue word are the parts of one split quotation.
    Optional<CueWords> cue = decision.flatMap(Attribution::cue);
    if (cue.isPresent() && cue.equals(previous.flatMap(Attribution::cue))) {
      return Optional.of(JoinReason.SPLIT_QUOTE);
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
      Optional<JoinReason> joinedBy,
      Optional<Explanation> explanation) {
    String text = doc.text();
    if (decision.isEmpty()) {
      return new Quote(
          content.textIn(text),
          content,
          QuoteType.DIRECT,
          List.of(content),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          UNATTRIBUTED_CONFIDENCE,
          Quote.UNATTRIBUTED,
          Channel.UNSPECIFIED,
          group,
          Optional.empty(),
          explanation);
    }
    Attribution attribution = decision.get();
    Span mentionSpan = attribution.mention().span();
    Channel channel = channels.classify(doc, attribution.cue());
    return new Quote(
        content.textIn(text),
        content,
        QuoteType.DIRECT,
        List.of(content),
        attribution.cue().map(cue -> toCue(doc, cue)),
        Optional.of(new Mention(mentionSpan, mentionSpan.textIn(text))),
        speaker,
        attribution.confidence(),
        attribution.rule(),
        channel,
        group,
        joinedBy,
        explanation);
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
