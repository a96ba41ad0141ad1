package io.github.quotekit.internal.attribution;

import io.github.quotekit.AttributionRule;
import io.github.quotekit.Explanation.RuleTrial;
import io.github.quotekit.RuleDecision;
import io.github.quotekit.RuleScope;
import io.github.quotekit.Span;
import io.github.quotekit.SpeakerCandidate;
import io.github.quotekit.TokenRange;
import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.analysis.Token;
import io.github.quotekit.internal.candidate.Candidate;
import io.github.quotekit.internal.candidate.MentionFinder;
import io.github.quotekit.internal.rules.BuiltInRules;
import io.github.quotekit.internal.scan.QuotedSegment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Asks the quotation rules about every quotation of an article, in text order; the first rule
 * that decides wins. Every rule, built-in or not, goes through the same path: its decision is
 * checked against the article, and the cue's lemma is derived here, once. Immutable and
 * thread-safe.
 */
public final class Attributor {
  private final List<AttributionRule> rules;
  private final boolean explaining;

  /**
   * @param rules the rules in the order to ask them; those of another scope are left out
   * @param explaining whether to record which rules were asked and what they rejected
   */
  public Attributor(List<AttributionRule> rules, boolean explaining) {
    this.rules = rules.stream().filter(rule -> rule.scope() == RuleScope.QUOTATION).toList();
    this.explaining = explaining;
  }

  /** Returns the built-in rules, without explanations. */
  public static Attributor standard() {
    return new Attributor(BuiltInRules.all(), false);
  }

  /** Returns true when the decision names a speaker of the lexicon's blocklist. */
  public static boolean isBlocked(MentionFinder finder, Attribution decision) {
    return finder.lexicon().isBlockedSpeaker(decision.mention().name());
  }

  /**
   * The decisions for an article's quotations.
   *
   * @param decisions one per quotation, empty where no rule could tell
   * @param given one per quotation: the deciding rule's decision as it gave it
   * @param trials one per quotation: the rules asked, in order; empty lists when not explaining
   */
  public record Decisions(
      List<Optional<Attribution>> decisions,
      List<Optional<RuleDecision>> given,
      List<List<RuleTrial>> trials) {}

  /** Returns one decision per quotation. */
  public Decisions attribute(MentionFinder finder, List<QuotedSegment> segments) {
    List<Optional<Attribution>> decisions = new ArrayList<>(segments.size());
    List<Optional<RuleDecision>> ruleDecisions = new ArrayList<>(segments.size());
    List<List<RuleTrial>> trials = new ArrayList<>(explaining ? segments.size() : 0);
    for (int i = 0; i < segments.size(); i++) {
      QuoteContext context = new QuoteContext(finder, segments, i, ruleDecisions, explaining);
      List<RuleTrial> asked = explaining ? new ArrayList<>() : null;
      Optional<RuleDecision> decided = Optional.empty();
      Optional<Attribution> decision = Optional.empty();
      for (AttributionRule rule : context.isScareQuote() ? List.<AttributionRule>of() : rules) {
        Optional<RuleDecision> given = rule.attribute(context);
        if (given.isPresent() && given.get().isNotSpeech()) {
          if (asked != null) {
            asked.add(new RuleTrial(rule.name(), true, given.get().evidence(), context.takeRejections()));
          }
          decided = given;
          decision = Optional.empty();
          break;
        }
        decision = given.map(d -> toAttribution(rule, d, finder.doc()));
        String evidence = given.map(d -> evidence(d, finder.doc())).orElse("");
        // A blocked name is no speaker: the next rule gets its chance at the quotation.
        if (decision.isPresent() && isBlocked(finder, decision.get())) {
          context.reject(decision.get().mention(), "the lexicon's speaker blocklist names it");
          context.decline("its speaker is on the lexicon's blocklist");
          decision = Optional.empty();
        }
        if (asked != null) {
          String note = decision.isPresent() ? evidence : context.takeDeclineReason();
          asked.add(new RuleTrial(rule.name(), decision.isPresent(), note,
              context.takeRejections()));
        }
        if (decision.isPresent()) {
          decided = given;
          break;
        }
      }
      decisions.add(decision);
      ruleDecisions.add(decided);
      if (asked != null) {
        trials.add(List.copyOf(asked));
      }
    }
    return new Decisions(
        decisions, ruleDecisions, explaining ? trials : Collections.nCopies(segments.size(), List.of()));
  }

  /**
   * Returns the decision's evidence: the rule's own note, or else the words it matched, from the
   * first to the last of its cue and its speaker mention.
   */
  public static String evidence(RuleDecision decision, AnalyzedText doc) {
    if (!decision.evidence().isEmpty()) {
      return decision.evidence();
    }
    List<Span> matched = new ArrayList<>();
    decision.speaker().ifPresent(speaker -> matched.add(speaker.span()));
    decision.cue().ifPresent(
        cue -> matched.add(Span.of(doc.token(cue.begin()).begin(), doc.token(cue.end() - 1).end())));
    if (matched.isEmpty()) {
      return "";
    }
    int begin = matched.stream().mapToInt(Span::begin).min().orElseThrow();
    int end = matched.stream().mapToInt(Span::end).max().orElseThrow();
    return Span.of(begin, end).textIn(doc.text());
  }

  /** Checks a rule's decision against the article and converts it. */
  public static Attribution toAttribution(AttributionRule rule, RuleDecision decision, AnalyzedText doc) {
    if (decision.speaker().isEmpty()) {
      throw new IllegalStateException(
          "rule \"" + rule.name() + "\" decided a quotation without naming a speaker");
    }
    Candidate mention = checkedMention(rule, decision.speaker().get(), doc);
    Optional<CueWords> cue = decision.cue().map(range -> cueWords(rule, range, doc));
    return new Attribution(mention, cue, rule.name(), decision.confidence(), decision.joins());
  }

  /** Returns the decision's speaker as a candidate of {@code doc}, or fails naming the rule. */
  static Candidate checkedMention(AttributionRule rule, SpeakerCandidate speaker, AnalyzedText doc) {
    Candidate mention = (Candidate) speaker;
    if (!mention.standsIn(doc)) {
      throw new IllegalStateException(
          "rule \"" + rule.name() + "\" decided for a candidate of another article: " + mention);
    }
    return mention;
  }

  /**
   * The cue words of a range, with the one lemma every rule's cue gets: "according to" for those
   * two words, the cue verb's lemma for one word, the lemmas of the words otherwise.
   */
  static CueWords cueWords(AttributionRule rule, TokenRange range, AnalyzedText doc) {
    if (range.isEmpty() || range.end() > doc.tokens().size()) {
      throw new IllegalStateException(
          "rule \"" + rule.name() + "\" gave a cue outside the article's tokens: " + range);
    }
    List<Token> words = doc.tokens().subList(range.begin(), range.end());
    String lemma;
    if (words.size() == 1) {
      lemma = Clauses.cueLemma(words.get(0));
    } else if (words.size() == 2
        && words.get(0).lower().equals("according")
        && words.get(1).lower().equals("to")) {
      lemma = "according to";
    } else {
      lemma = words.stream().map(Token::lemma).collect(Collectors.joining(" "));
    }
    return new CueWords(range.begin(), range.end(), lemma);
  }
}
