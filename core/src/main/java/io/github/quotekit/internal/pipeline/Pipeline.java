package io.github.quotekit.internal.pipeline;

import io.github.quotekit.Cue;
import io.github.quotekit.Extraction;
import io.github.quotekit.Mention;
import io.github.quotekit.Quote;
import io.github.quotekit.QuoteType;
import io.github.quotekit.Span;
import io.github.quotekit.Speaker;
import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.analysis.TextAnalyzer;
import io.github.quotekit.internal.attribution.Attribution;
import io.github.quotekit.internal.attribution.Attributor;
import io.github.quotekit.internal.attribution.CueWords;
import io.github.quotekit.internal.candidate.MentionFinder;
import io.github.quotekit.internal.lexicon.Lexicon;
import io.github.quotekit.internal.resolution.SpeakerResolver;
import io.github.quotekit.internal.scan.Paragraphs;
import io.github.quotekit.internal.scan.QuoteScanner;
import io.github.quotekit.internal.scan.QuotedSegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the stages text → quote scanning → analysis → candidate speakers → attribution sieves →
 * speaker resolution → {@link Quote}. Immutable and thread-safe.
 */
public final class Pipeline {
  /** Confidence of a quotation that no rule attributed: the chance that it has no speaker. */
  private static final double UNATTRIBUTED_CONFIDENCE = 0.3;

  private final PipelineOptions options;
  private final QuoteScanner scanner;
  private final TextAnalyzer analyzer;
  private final Lexicon lexicon;
  private final Attributor attributor;
  private final SpeakerResolver resolver;

  private Pipeline(PipelineOptions options) {
    this.options = options;
    this.scanner = QuoteScanner.english();
    this.analyzer = TextAnalyzer.english();
    this.lexicon = Lexicon.english();
    this.attributor = Attributor.standard();
    this.resolver = new SpeakerResolver();
  }

  public static Pipeline create(PipelineOptions options) {
    return new Pipeline(options);
  }

  public Extraction extract(String text) {
    List<QuotedSegment> segments = scanner.scan(text);
    if (segments.isEmpty()) {
      return new Extraction(text, List.of(), List.of());
    }
    List<Span> quoted = segments.stream().map(QuotedSegment::content).toList();
    AnalyzedText doc = analyzer.analyze(text, Paragraphs.of(text), quoted);
    MentionFinder finder = new MentionFinder(doc, lexicon);
    List<Optional<Attribution>> decisions = attributor.attribute(finder, segments);
    SpeakerResolver.Resolution resolution = resolver.resolve(finder, decisions);
    List<Quote> quotes = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      Span content = segments.get(i).content();
      Optional<Attribution> decision = decisions.get(i);
      if (decision.isEmpty() && words(content.textIn(text)) < options.minUnattributedWords()) {
        continue;
      }
      quotes.add(toQuote(doc, content, decision, resolution.perQuote().get(i)));
    }
    List<Speaker> speakers =
        resolution.speakers().stream()
            .filter(s -> quotes.stream().anyMatch(q -> q.speaker().filter(s::equals).isPresent()))
            .toList();
    return new Extraction(text, quotes, speakers);
  }

  private static Quote toQuote(
      AnalyzedText doc, Span content, Optional<Attribution> decision, Optional<Speaker> speaker) {
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
          Quote.UNATTRIBUTED);
    }
    Attribution attribution = decision.get();
    Span mentionSpan = attribution.mention().span();
    return new Quote(
        content.textIn(text),
        content,
        QuoteType.DIRECT,
        attribution.cue().map(cue -> toCue(doc, cue)),
        Optional.of(new Mention(mentionSpan, mentionSpan.textIn(text))),
        speaker,
        attribution.confidence(),
        attribution.rule());
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
