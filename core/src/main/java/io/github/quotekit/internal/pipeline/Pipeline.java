package io.github.quotekit.internal.pipeline;

import io.github.quotekit.EntityRecognizer;
import io.github.quotekit.Explanation;
import io.github.quotekit.Explanation.RuleTrial;
import io.github.quotekit.Extraction;
import io.github.quotekit.Lexicon;
import io.github.quotekit.Quote;
import io.github.quotekit.RuleContext;
import io.github.quotekit.RuleDecision;
import io.github.quotekit.Span;
import io.github.quotekit.Speaker;
import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.analysis.TextAnalyzer;
import io.github.quotekit.internal.attribution.Attribution;
import io.github.quotekit.internal.attribution.Attributor;
import io.github.quotekit.internal.attribution.QuoteContext;
import io.github.quotekit.internal.attribution.ReportedSpeech;
import io.github.quotekit.internal.attribution.ReportedSpeechAttributor;
import io.github.quotekit.internal.candidate.MentionFinder;
import io.github.quotekit.internal.candidate.ProperNounRecognizer;
import io.github.quotekit.internal.lexicon.VerbForms;
import io.github.quotekit.internal.resolution.SpeakerResolver;
import io.github.quotekit.internal.scan.Paragraphs;
import io.github.quotekit.internal.scan.QuoteScanner;
import io.github.quotekit.internal.scan.QuotedSegment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the stages text → quote scanning → analysis → candidate speakers → attribution sieves →
 * speaker resolution → {@link Quote}. Immutable and thread-safe.
 */
public final class Pipeline {
  private final QuoteScanner scanner;
  private final TextAnalyzer analyzer;
  private final Lexicon lexicon;
  private final VerbForms verbForms;
  private final EntityRecognizer entityRecognizer;
  private final Attributor attributor;
  private final SpeakerResolver resolver;
  private final QuoteAssembler assembler;
  private final boolean reportedSpeech;
  private final boolean explain;
  private final ReportedSpeechAttributor reportedAttributor;

  private Pipeline(PipelineOptions options) {
    this.scanner = QuoteScanner.of(options.quotationMarks());
    this.analyzer = TextAnalyzer.english();
    this.lexicon = options.lexicon();
    this.verbForms = new VerbForms(lexicon);
    // The default recogniser reads the given names and titles of the extractor's own lexicon.
    this.entityRecognizer =
        options.entityRecognizer() instanceof ProperNounRecognizer properNouns
            ? properNouns.withLexicon(lexicon)
            : options.entityRecognizer();
    this.attributor = new Attributor(options.rules(), options.explain());
    this.reportedAttributor = new ReportedSpeechAttributor(options.rules(), options.explain());
    this.resolver = new SpeakerResolver();
    this.assembler = new QuoteAssembler(options);
    this.reportedSpeech = options.reportedSpeech();
    this.explain = options.explain();
  }

  public static Pipeline create(PipelineOptions options) {
    return new Pipeline(options);
  }

  public Extraction extract(String text) {
    // Split once: scanning and analysis read the same paragraphs.
    Paragraphs paragraphs = Paragraphs.of(text);
    List<QuotedSegment> segments = scanner.scan(text, paragraphs);
    if (segments.isEmpty() && !reportedSpeech) {
      return new Extraction(text, List.of(), List.of());
    }
    return attribute(analyze(text, paragraphs, segments), segments);
  }

  /*
   * The stages of extract, public so that the benchmarks can time each one: scan, then analyze,
   * then attribute.
   */

  /** Stage 1: finds the quoted segments of {@code text}. */
  public List<QuotedSegment> scan(String text) {
    return scanner.scan(text);
  }

  /**
   * Stage 2: splits {@code text} into paragraphs, sentences and tagged, lemmatised tokens; the
   * lexicon's verbs are recognised in their regular forms whatever the lemmatizer makes of them.
   */
  public AnalyzedText analyze(String text, List<QuotedSegment> segments) {
    return analyze(text, Paragraphs.of(text), segments);
  }

  private AnalyzedText analyze(
      String text, Paragraphs paragraphs, List<QuotedSegment> segments) {
    List<Span> quoted = new ArrayList<>(segments.size());
    for (QuotedSegment segment : segments) {
      quoted.add(segment.content());
    }
    return verbForms.relemmatise(analyzer.analyze(text, paragraphs, quoted));
  }

  /**
   * Stages 3 to 6: candidate speakers, attribution sieves, speaker resolution and quotes, for the
   * {@code segments} of the analysed {@code doc}.
   */
  public Extraction attribute(AnalyzedText doc, List<QuotedSegment> segments) {
    String text = doc.text();
    MentionFinder finder = new MentionFinder(doc, lexicon, entityRecognizer);
    Attributor.Decisions attributed = attributor.attribute(finder, segments);
    List<Optional<Attribution>> decisions = attributed.decisions();
    List<ReportedSpeech> reported =
        reportedSpeech ? reportedAttributor.attribute(finder, segments) : List.of();
    List<Optional<Attribution>> all = new ArrayList<>(decisions);
    // Sourceless content has no speaker to resolve.
    reported.forEach(speech -> all.add(speech.attribution()));
    SpeakerResolver.Resolution resolution = resolver.resolve(finder, all, explain);
    List<Optional<Speaker>> speakersOfQuotes = resolution.perQuote();
    List<Quote> quotes =
        assembler.assemble(
            doc,
            segments,
            attributed,
            explanations(attributed.trials(), resolution, 0),
            speakersOfQuotes.subList(0, segments.size()),
            reported,
            explanations(
                reported.stream().map(ReportedSpeech::trials).toList(), resolution,
                segments.size()),
            speakersOfQuotes.subList(segments.size(), speakersOfQuotes.size()));
    return withReportedSpeakers(text, quotes, resolution.speakers());
  }

  /**
   * Returns, for each quotation of {@code text}, the context its quotation rules are given, with
   * the decisions of this pipeline's rules for the quotations before it: for testing a rule on
   * its own. Each context is new and is not used again by the pipeline.
   */
  public List<RuleContext> ruleContexts(String text) {
    List<QuotedSegment> segments = scan(text);
    MentionFinder finder = new MentionFinder(analyze(text, segments), lexicon, entityRecognizer);
    List<Optional<RuleDecision>> given = attributor.attribute(finder, segments).given();
    List<RuleContext> contexts = new ArrayList<>(segments.size());
    for (int i = 0; i < segments.size(); i++) {
      contexts.add(new QuoteContext(finder, segments, i, given.subList(0, i), true));
    }
    return List.copyOf(contexts);
  }

  /**
   * Returns the explanation of each of a run of quotes, the rules asked about them and how their
   * speaker was resolved, or empties when not explaining.
   *
   * @param trials the rules asked, one list per quote
   * @param first the index of the run's first quote among the resolved decisions
   */
  private List<Optional<Explanation>> explanations(
      List<List<RuleTrial>> trials, SpeakerResolver.Resolution resolution, int first) {
    if (!explain) {
      return Collections.nCopies(trials.size(), Optional.empty());
    }
    List<Optional<Explanation>> explanations = new ArrayList<>(trials.size());
    for (int i = 0; i < trials.size(); i++) {
      explanations.add(
          Optional.of(new Explanation(trials.get(i), resolution.links().get(first + i))));
    }
    return explanations;
  }

  /**
   * Keeps the speakers of the reported quotes, numbered {@code 0, 1, 2, ...} in order: a speaker
   * all of whose quotes were dropped ({@code minConfidence}, reported speech) leaves no gap.
   * Speakers are compared by identity (the resolver gives each entity one instance), which keeps
   * this linear: {@code Speaker.equals} compares every mention.
   */
  private static Extraction withReportedSpeakers(
      String text, List<Quote> quotes, List<Speaker> resolved) {
    Set<Speaker> used = Collections.newSetFromMap(new IdentityHashMap<>());
    quotes.forEach(quote -> quote.speaker().ifPresent(used::add));
    Map<Speaker, Speaker> renumbered = new IdentityHashMap<>();
    List<Speaker> speakers = new ArrayList<>();
    for (Speaker speaker : resolved) {
      if (used.contains(speaker)) {
        Speaker kept = speaker.id() == speakers.size() ? speaker : withId(speaker, speakers.size());
        renumbered.put(speaker, kept);
        speakers.add(kept);
      }
    }
    boolean unchanged = renumbered.entrySet().stream().allMatch(e -> e.getKey() == e.getValue());
    List<Quote> kept =
        unchanged
            ? quotes
            : quotes.stream()
                .map(q -> withSpeaker(q, q.speaker().map(renumbered::get)))
                .toList();
    return new Extraction(text, kept, speakers);
  }

  private static Speaker withId(Speaker s, int id) {
    return new Speaker(
        id,
        s.name(),
        s.kind(),
        s.title(),
        s.description(),
        s.party(),
        s.state(),
        s.role(),
        s.organization(),
        s.age(),
        s.mentions());
  }

  private static Quote withSpeaker(Quote q, Optional<Speaker> speaker) {
    return new Quote(
        q.text(),
        q.span(),
        q.type(),
        q.fragments(),
        q.cue(),
        q.speakerMention(),
        speaker,
        q.confidence(),
        q.rule(),
        q.channel(),
        q.group(),
        q.joinedBy(),
        q.explanation());
  }
}
