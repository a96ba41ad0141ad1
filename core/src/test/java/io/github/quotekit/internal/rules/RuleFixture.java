package io.github.quotekit.internal.rules;

import io.github.quotekit.AttributionRule;
import io.github.quotekit.Lexicon;
import io.github.quotekit.RuleDecision;
import io.github.quotekit.QuotationMarks;
import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.analysis.TextAnalyzer;
import io.github.quotekit.internal.attribution.Attribution;
import io.github.quotekit.internal.attribution.Attributor;
import io.github.quotekit.internal.attribution.CueWords;
import io.github.quotekit.internal.attribution.QuoteContext;
import io.github.quotekit.internal.candidate.MentionFinder;
import io.github.quotekit.internal.scan.Paragraphs;
import io.github.quotekit.internal.scan.QuoteScanner;
import io.github.quotekit.internal.scan.QuotedSegment;
import java.util.List;
import java.util.Optional;

/**
 * One article run through the stages before attribution (scan, analysis, mention finding), so that
 * a rule can be tried on any of its quotations. The earlier decisions a continuation rule reads
 * come from the built-in chain, as in the pipeline.
 */
public final class RuleFixture {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.english();

  private final String text;
  private final List<QuotedSegment> segments;
  private final MentionFinder finder;
  private final List<Optional<Attribution>> standardDecisions;
  private final List<Optional<RuleDecision>> standardRuleDecisions;

  private RuleFixture(String text, QuoteScanner scanner) {
    this.text = text;
    this.segments = scanner.scan(text);
    AnalyzedText doc =
        ANALYZER.analyze(
            text, Paragraphs.of(text), segments.stream().map(QuotedSegment::content).toList());
    this.finder = new MentionFinder(doc, Lexicon.english());
    Attributor.Decisions decisions =
        new Attributor(BuiltInRules.all(), false).attribute(finder, segments);
    this.standardDecisions = decisions.decisions();
    this.standardRuleDecisions = decisions.given();
  }

  public static RuleFixture of(String text) {
    return new RuleFixture(text, QuoteScanner.english());
  }

  /** Returns the fixture of {@code text} scanned for the given quotation marks. */
  public static RuleFixture of(String text, QuotationMarks marks) {
    return new RuleFixture(text, QuoteScanner.of(marks));
  }

  public String text() {
    return text;
  }

  public List<QuotedSegment> segments() {
    return segments;
  }

  public MentionFinder finder() {
    return finder;
  }

  /** Returns the decisions of the standard attributor, one per quotation. */
  public List<Optional<Attribution>> standardDecisions() {
    return standardDecisions;
  }

  /** Returns the context of quotation {@code index}, with the standard decisions before it. */
  public QuoteContext context(int index) {
    return new QuoteContext(
        finder, segments, index, standardRuleDecisions.subList(0, index), false);
  }

  /** Returns what {@code rule} says about quotation {@code index}. */
  public Optional<Attribution> apply(AttributionRule rule, int index) {
    return rule.attribute(context(index))
        .filter(decision -> !decision.isNotSpeech())
        .map(decision -> Attributor.toAttribution(rule, decision, finder.doc()));
  }

  /** Returns what {@code rule} says about the article's only (or first) quotation. */
  public Optional<Attribution> apply(AttributionRule rule) {
    if (segments.isEmpty()) {
      throw new IllegalStateException("no quotation in <" + text + ">");
    }
    return apply(rule, 0);
  }

  /**
   * What a rule decided, as written in the text: the words of the speaker mention, the words of
   * the cue and its lemma (both null when the rule saw no cue) and the rule's name.
   */
  public record Seen(String mention, String cue, String lemma, String rule) {}

  /** Returns what {@code rule} decided for quotation {@code index}, as written in the text. */
  public Optional<Seen> seen(AttributionRule rule, int index) {
    return apply(rule, index)
        .map(a -> new Seen(mentionText(a), cueText(a), cueLemma(a), a.rule()));
  }

  /** Returns what {@code rule} decided for the first quotation, as written in the text. */
  public Optional<Seen> seen(AttributionRule rule) {
    return seen(rule, 0);
  }

  /** Returns the quoted words of quotation {@code index}. */
  public String quote(int index) {
    return segments.get(index).content().textIn(text);
  }

  /** Returns the words of the attribution's speaker mention as written. */
  public String mentionText(Attribution attribution) {
    return attribution.mention().span().textIn(text);
  }

  /** Returns the words of the attribution's cue as written, or null when it has none. */
  public String cueText(Attribution attribution) {
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
  public String cueLemma(Attribution attribution) {
    return attribution.cue().map(CueWords::lemma).orElse(null);
  }
}
