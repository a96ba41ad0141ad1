package io.github.quotekit.internal.attribution;

import io.github.quotekit.AttributionRule;
import io.github.quotekit.Explanation.RuleTrial;
import io.github.quotekit.RuleDecision;
import io.github.quotekit.RuleScope;
import io.github.quotekit.Span;
import io.github.quotekit.TokenRange;
import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.analysis.Sentence;
import io.github.quotekit.internal.analysis.Token;
import io.github.quotekit.internal.candidate.Candidate;
import io.github.quotekit.internal.candidate.MentionFinder;
import io.github.quotekit.internal.scan.Paragraphs;
import io.github.quotekit.internal.scan.QuotedSegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Asks the reported-speech rules about every sentence of an article: the first rule that decides
 * on the sentence's open stretch wins, and the rules are asked again about what follows the
 * decision (its content, cue and speaker), until none decides or the sentence is used up. Each
 * decision is checked like a quotation's ({@link Attributor}), its content must lie in the
 * stretch, and a decision always moves the stretch on, so a sentence takes at most one round per
 * token. Immutable and thread-safe.
 */
public final class ReportedSpeechAttributor {
  private static final String QUOTATION_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb";

  private final List<AttributionRule> rules;
  private final boolean explaining;

  /**
   * @param rules the rules in the order to ask them; those of another scope are left out
   * @param explaining whether to record which rules were asked and what they rejected
   */
  public ReportedSpeechAttributor(List<AttributionRule> rules, boolean explaining) {
    this.rules =
        rules.stream().filter(rule -> rule.scope() == RuleScope.REPORTED_SPEECH).toList();
    this.explaining = explaining;
  }

  /**
   * Returns the reported speech of the article, in text order, without the contents of blocked
   * speakers.
   *
   * @param finder mention finder of the article
   * @param segments the direct quotations, which reported content may contain
   */
  public List<ReportedSpeech> attribute(MentionFinder finder, List<QuotedSegment> segments) {
    AnalyzedText doc = finder.doc();
    List<ReportedSpeech> found = new ArrayList<>();
    if (rules.isEmpty()) {
      return found;
    }
    for (int s = 0; s < doc.sentences().size(); s++) {
      Sentence sentence = doc.sentences().get(s);
      if (sentence.isEmpty()) {
        continue;
      }
      // Of a sentence that is mostly quotation only what follows it is read: "“…,” said Ortiz,
      // referring to the levy".
      int open = mostlyQuoted(doc, sentence) ? afterLastQuoted(doc, sentence) : sentence.firstToken();
      TokenRange region = new TokenRange(open, sentence.endToken());
      Optional<RuleDecision> previous = Optional.empty();
      int mainClause = SentenceContext.mainClauseOf(finder, sentence);
      while (!region.isEmpty()) {
        SentenceContext context =
            new SentenceContext(finder, segments, s, region, previous, mainClause, explaining);
        List<RuleTrial> asked = explaining ? new ArrayList<>() : List.of();
        Optional<ReportedSpeech> decided = Optional.empty();
        RuleDecision given = null;
        for (AttributionRule rule : rules) {
          Optional<RuleDecision> decision = rule.attribute(context);
          if (explaining) {
            String note =
                decision.map(d -> Attributor.evidence(d, doc))
                    .orElseGet(context::takeDeclineReason);
            asked.add(
                new RuleTrial(rule.name(), decision.isPresent(), note, context.takeRejections()));
          }
          if (decision.isPresent()) {
            given = decision.get();
            decided = Optional.of(toSpeech(rule, given, region, doc, asked));
            break;
          }
        }
        if (decided.isEmpty()) {
          break;
        }
        // A blocked name is no speaker; its content stays taken, as the clause is no one else's.
        boolean blocked =
            decided.get().source().filter(m -> finder.lexicon().isBlockedSpeaker(m.name()))
                .isPresent();
        if (!blocked) {
          onCueLine(doc, decided.get()).map(speech -> withFragments(speech, segments))
              .ifPresent(found::add);
        }
        previous = Optional.of(given);
        region = new TokenRange(furthest(given, region), region.end());
      }
    }
    return found;
  }

  /** Checks a rule's decision against the stretch it was asked about and converts it. */
  private static ReportedSpeech toSpeech(
      AttributionRule rule, RuleDecision decision, TokenRange region, AnalyzedText doc,
      List<RuleTrial> trials) {
    TokenRange content =
        decision.content().orElseThrow(() -> new IllegalStateException(
            "rule \"" + rule.name() + "\" decided reported speech without its content"));
    if (content.isEmpty() || content.begin() < region.begin() || content.end() > region.end()) {
      throw new IllegalStateException(
          "rule \"" + rule.name() + "\" gave content " + content + " outside the sentence's open "
              + "stretch " + region);
    }
    Optional<Candidate> source =
        decision.speaker().map(speaker -> Attributor.checkedMention(rule, speaker, doc));
    Optional<CueWords> cue = decision.cue().map(range -> Attributor.cueWords(rule, range, doc));
    Span words = Span.of(doc.token(content.begin()).begin(), doc.token(content.end() - 1).end());
    return new ReportedSpeech(
        words, source, cue, rule.name(), decision.confidence(), false, List.copyOf(trials));
  }

  /** Where the open stretch goes on after a decision: after its content, cue and speaker. */
  private static int furthest(RuleDecision decision, TokenRange region) {
    int end = decision.content().orElseThrow().end();
    end = Math.max(end, decision.cue().map(TokenRange::end).orElse(end));
    end = Math.max(end, decision.speaker().map(s -> s.tokens().end()).orElse(end));
    return Math.min(end, region.end());
  }

  /** The token after the sentence's last quoted token. */
  private static int afterLastQuoted(AnalyzedText doc, Sentence sentence) {
    int after = sentence.endToken();
    while (after > sentence.firstToken() && !doc.token(after - 1).quoted()) {
      after--;
    }
    return after;
  }

  private static boolean mostlyQuoted(AnalyzedText doc, Sentence sentence) {
    int quoted = 0;
    for (Token token : doc.tokensOf(sentence)) {
      if (token.quoted()) {
        quoted++;
      }
    }
    return quoted * 2 > sentence.endToken() - sentence.firstToken();
  }

  /**
   * The content within the line of its cue, without spaces and quotation marks at its edges: like
   * a quotation, reported speech does not run over a line break, which the sentence detector may
   * miss after a headline or a list item.
   */
  private static Optional<ReportedSpeech> onCueLine(AnalyzedText doc, ReportedSpeech speech) {
    String text = doc.text();
    Span content = speech.content();
    int begin = content.begin();
    int end = content.end();
    if (speech.cue().isPresent()) {
      CueWords cue = speech.cue().get();
      int cueBegin = doc.token(cue.firstToken()).begin();
      for (int i = Math.min(cueBegin, content.end()) - 1; i >= begin; i--) {
        if (Paragraphs.isLineBreak(text.charAt(i))) {
          begin = i + 1;
          break;
        }
      }
      end =
          Paragraphs.firstLineBreak(
              text, Math.max(doc.token(cue.endToken() - 1).end(), begin), content.end());
    }
    while (begin < end && isEdge(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && isEdge(text.charAt(end - 1))) {
      end--;
    }
    if (begin == content.begin() && end == content.end()) {
      return Optional.of(speech);
    }
    return begin < end ? Optional.of(speech.withContent(Span.of(begin, end))) : Optional.empty();
  }

  /**
   * Spaces and quotation marks, left out at the edges of a content as at those of a direct
   * quotation: the marks of a mixed content's fragments are in its text only inside it.
   */
  private static boolean isEdge(char c) {
    return Paragraphs.isSpace(c) || QUOTATION_MARKS.indexOf(c) >= 0;
  }

  /**
   * Marks content that holds a direct quotation as mixed. The segments are disjoint and in text
   * order, so the first one that starts inside the content is the only one to look at.
   */
  private static ReportedSpeech withFragments(ReportedSpeech speech, List<QuotedSegment> segments) {
    Span content = speech.content();
    int low = 0;
    int high = segments.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (segments.get(middle).content().begin() < content.begin()) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    boolean mixed = low < segments.size() && content.contains(segments.get(low).content());
    return mixed ? speech.asMixed() : speech;
  }
}
