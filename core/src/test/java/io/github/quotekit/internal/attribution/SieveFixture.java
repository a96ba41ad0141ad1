package io.github.quotekit.internal.attribution;

import io.github.quotekit.Lexicon;
import io.github.quotekit.QuotationMarks;
import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.analysis.TextAnalyzer;
import io.github.quotekit.internal.candidate.MentionFinder;
import io.github.quotekit.internal.scan.Paragraphs;
import io.github.quotekit.internal.scan.QuoteScanner;
import io.github.quotekit.internal.scan.QuotedSegment;
import java.util.List;
import java.util.Optional;

/**
 * One article run through the stages before attribution (scan, analysis, mention finding), so that
 * a sieve can be tried on any of its quotations. The earlier decisions a continuation sieve reads
 * come from {@link Attributor#standard()}, as in the pipeline.
 */
final class SieveFixture {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.english();

  private final String text;
  private final List<QuotedSegment> segments;
  private final MentionFinder finder;
  private final List<Optional<Attribution>> standardDecisions;

  private SieveFixture(String text, QuoteScanner scanner) {
    this.text = text;
    this.segments = scanner.scan(text);
    AnalyzedText doc =
        ANALYZER.analyze(
            text, Paragraphs.of(text), segments.stream().map(QuotedSegment::content).toList());
    this.finder = new MentionFinder(doc, Lexicon.english());
    this.standardDecisions = Attributor.standard().attribute(finder, segments).decisions();
  }

  static SieveFixture of(String text) {
    return new SieveFixture(text, QuoteScanner.english());
  }

  /** Returns the fixture of {@code text} scanned for the given quotation marks. */
  static SieveFixture of(String text, QuotationMarks marks) {
    return new SieveFixture(text, QuoteScanner.of(marks));
  }

  String text() {
    return text;
  }

  List<QuotedSegment> segments() {
    return segments;
  }

  MentionFinder finder() {
    return finder;
  }

  /** Returns the decisions of the standard attributor, one per quotation. */
  List<Optional<Attribution>> standardDecisions() {
    return standardDecisions;
  }

  /** Returns the context of quotation {@code index}, with the standard decisions before it. */
  QuoteContext context(int index) {
    return new QuoteContext(finder, segments, index, standardDecisions.subList(0, index), false);
  }

  /** Returns what {@code sieve} says about quotation {@code index}. */
  Optional<Attribution> apply(AttributionSieve sieve, int index) {
    return sieve.attribute(context(index));
  }

  /** Returns what {@code sieve} says about the article's only (or first) quotation. */
  Optional<Attribution> apply(AttributionSieve sieve) {
    if (segments.isEmpty()) {
      throw new IllegalStateException("no quotation in <" + text + ">");
    }
    return apply(sieve, 0);
  }

  /**
   * What a sieve decided, as written in the text: the words of the speaker mention, the words of
   * the cue and its lemma (both null when the rule saw no cue) and the rule's name.
   */
  record Seen(String mention, String cue, String lemma, String rule) {}

  /** Returns what {@code sieve} decided for quotation {@code index}, as written in the text. */
  Optional<Seen> seen(AttributionSieve sieve, int index) {
    return apply(sieve, index)
        .map(a -> new Seen(mentionText(a), cueText(a), cueLemma(a), a.rule()));
  }

  /** Returns what {@code sieve} decided for the first quotation, as written in the text. */
  Optional<Seen> seen(AttributionSieve sieve) {
    return seen(sieve, 0);
  }

  /** Returns the quoted words of quotation {@code index}. */
  String quote(int index) {
    return segments.get(index).content().textIn(text);
  }

  /** Returns the words of the attribution's speaker mention as written. */
  String mentionText(Attribution attribution) {
    return attribution.mention().span().textIn(text);
  }

  /** Returns the words of the attribution's cue as written, or null when it has none. */
  String cueText(Attribution attribution) {
    return attribution
        .cue()
        .map(
            cue ->
                text.substring(
                    finder.doc().token(cue.firstToken()).begin(),
                    finder.doc().token(cue.endToken() - 1).end()))
        .orElse(null);
  }

  /** Returns the cue's lemma, or null when it has none. */
  String cueLemma(Attribution attribution) {
    return attribution.cue().map(CueWords::lemma).orElse(null);
  }
}
