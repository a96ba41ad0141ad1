package io.github.quotekit.internal.pipeline;

import io.github.quotekit.Extraction;
import io.github.quotekit.Quote;
import io.github.quotekit.Span;
import io.github.quotekit.Speaker;
import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.analysis.TextAnalyzer;
import io.github.quotekit.internal.attribution.Attribution;
import io.github.quotekit.internal.attribution.Attributor;
import io.github.quotekit.internal.attribution.ReportedSpeech;
import io.github.quotekit.internal.attribution.ReportedSpeechFinder;
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
  private final QuoteScanner scanner;
  private final TextAnalyzer analyzer;
  private final Lexicon lexicon;
  private final Attributor attributor;
  private final SpeakerResolver resolver;
  private final QuoteAssembler assembler;
  private final boolean reportedSpeech;
  private final ReportedSpeechFinder reportedFinder = new ReportedSpeechFinder();

  private Pipeline(PipelineOptions options) {
    this.scanner = QuoteScanner.english();
    this.analyzer = TextAnalyzer.english();
    this.lexicon = Lexicon.english();
    this.attributor = Attributor.standard();
    this.resolver = new SpeakerResolver();
    this.assembler = new QuoteAssembler(options);
    this.reportedSpeech = options.reportedSpeech();
  }

  public static Pipeline create(PipelineOptions options) {
    return new Pipeline(options);
  }

  public Extraction extract(String text) {
    List<QuotedSegment> segments = scanner.scan(text);
    if (segments.isEmpty() && !reportedSpeech) {
      return new Extraction(text, List.of(), List.of());
    }
    List<Span> quoted = segments.stream().map(QuotedSegment::content).toList();
    AnalyzedText doc = analyzer.analyze(text, Paragraphs.of(text), quoted);
    MentionFinder finder = new MentionFinder(doc, lexicon);
    List<Optional<Attribution>> decisions = attributor.attribute(finder, segments);
    List<ReportedSpeech> reported =
        reportedSpeech ? reportedFinder.find(finder, segments) : List.of();
    List<Optional<Attribution>> all = new ArrayList<>(decisions);
    reported.forEach(speech -> all.add(Optional.of(speech.attribution())));
    SpeakerResolver.Resolution resolution = resolver.resolve(finder, all);
    List<Optional<Speaker>> speakersOfQuotes = resolution.perQuote();
    List<Quote> quotes =
        assembler.assemble(
            doc,
            segments,
            decisions,
            speakersOfQuotes.subList(0, segments.size()),
            reported,
            speakersOfQuotes.subList(segments.size(), speakersOfQuotes.size()));
    List<Speaker> speakers =
        resolution.speakers().stream()
            .filter(s -> quotes.stream().anyMatch(q -> q.speaker().filter(s::equals).isPresent()))
            .toList();
    return new Extraction(text, quotes, speakers);
  }
}
