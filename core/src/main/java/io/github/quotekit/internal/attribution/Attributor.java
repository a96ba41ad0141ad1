package io.github.quotekit.internal.attribution;

import io.github.quotekit.AttributionRule;
import io.github.quotekit.Explanation.RuleTrial;
import io.github.quotekit.RuleDecision;
import io.github.quotekit.TokenRange;
import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.analysis.Token;
import io.github.quotekit.internal.candidate.Candidate;
import io.github.quotekit.internal.candidate.MentionFinder;
import io.github.quotekit.internal.scan.QuotedSegment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Asks the rules about every quotation of an article, in text order; the first rule that decides
 * wins. Immutable and thread-safe.
 */
public final class Attributor {
  private final List<AttributionRule> rules;
  private final boolean explaining;

  /**
   * @param rules the rules in the order to ask them
   * @param explaining whether to record which rules were asked and what they rejected
   */
  public Attributor(List<AttributionRule> rules, boolean explaining) {
    this.rules = List.copyOf(rules);
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
   * @param trials one per quotation: the rules asked, in order; empty lists when not explaining
   */
  public record Decisions(List<Optional<Attribution>> decisions, List<List<RuleTrial>> trials) {}

  /** Returns one decision per quotation. */
  public Decisions attribute(MentionFinder finder, List<QuotedSegment> segments) {
    List<Optional<Attribution>> decisions = new ArrayList<>(segments.size());
    List<List<RuleTrial>> trials = new ArrayList<>(explaining ? segments.size() : 0);
    for (int i = 0; i < segments.size(); i++) {
      QuoteContext context = new QuoteContext(finder, segments, i, decisions, explaining);
      List<RuleTrial> asked = explaining ? new ArrayList<>() : null;
      Optional<Attribution> decision = Optional.empty();
      for (AttributionRule rule : context.isScareQuote() ? List.<AttributionRule>of() : rules) {
        Optional<RuleDecision> publicDecision = Optional.empty();
        if (rule instanceof BuiltInRule builtIn) {
          decision = builtIn.decide(context);
        } else {
          publicDecision = rule.attribute(context);
          decision = publicDecision.map(d -> toAttribution(rule, d, finder.doc()));
        }
        // A blocked name is no speaker: the next rule gets its chance at the quotation.
        if (decision.isPresent() && isBlocked(finder, decision.get())) {
          context.reject(decision.get().mention(), "the lexicon's speaker blocklist names it");
          decision = Optional.empty();
        }
        if (asked != null) {
          String evidence = publicDecision.map(RuleDecision::evidence).orElse("");
          asked.add(new RuleTrial(rule.name(), decision.isPresent(), evidence,
              context.takeRejections()));
        }
        if (decision.isPresent()) {
          break;
        }
      }
      decisions.add(decision);
      if (asked != null) {
        trials.add(List.copyOf(asked));
      }
    }
    return new Decisions(
        decisions, explaining ? trials : Collections.nCopies(segments.size(), List.of()));
  }

  /** Checks a decision of a rule other than the built-in ones and converts it. */
  private static Attribution toAttribution(
      AttributionRule rule, RuleDecision decision, AnalyzedText doc) {
    Candidate mention = (Candidate) decision.speaker();
    int tokens = doc.tokens().size();
    boolean fromThisArticle =
        mention.endToken() <= tokens
            && mention.firstToken() < mention.endToken()
            && doc.token(mention.firstToken()).begin() == mention.span().begin()
            && doc.token(mention.endToken() - 1).end() == mention.span().end();
    if (!fromThisArticle) {
      throw new IllegalStateException(
          "rule \"" + rule.name() + "\" decided for a candidate of another article: " + mention);
    }
    Optional<CueWords> cue = decision.cue().map(range -> cueWords(rule, range, doc));
    return new Attribution(mention, cue, rule.name(), decision.confidence(), decision.joins());
  }

  private static CueWords cueWords(AttributionRule rule, TokenRange range, AnalyzedText doc) {
    if (range.isEmpty() || range.end() > doc.tokens().size()) {
      throw new IllegalStateException(
          "rule \"" + rule.name() + "\" gave a cue outside the article's tokens: " + range);
    }
    String lemma =
        range.size() == 1
            ? Clauses.cueLemma(doc.token(range.begin()))
            : doc.tokens().subList(range.begin(), range.end()).stream()
                .map(Token::lemma)
                .collect(Collectors.joining(" "));
    return new CueWords(range.begin(), range.end(), lemma);
  }
}
