package io.github.quotekit;

import io.github.quotekit.internal.rules.BuiltInRules;
import java.util.List;
import java.util.Optional;

/**
 * One attribution rule: given a quotation and what surrounds it, names the candidate that spoke
 * it, or declines. An extractor asks its rules in order of {@linkplain #priority() priority}, most
 * precise first, and the first decision wins, like the sieves of a multi-pass coreference system.
 *
 * <p>The lifecycle, like that of a Lucene {@code TokenStream}:
 *
 * <ol>
 *   <li>A rule is constructed once, by you or by {@link java.util.ServiceLoader} (then through a
 *       public no-argument constructor), and added to a {@link QuoteExtractor.Builder} with {@link
 *       QuoteExtractor.Builder#addRule(AttributionRule)}, at its own {@link #priority()} or at one
 *       you give.
 *   <li>{@link QuoteExtractor.Builder#build()} orders the rules by priority (ties keep the order in
 *       which they were added) and the extractor keeps them for its lifetime. It calls them from
 *       every thread that extracts, at once: a rule must be stateless or thread-safe.
 *   <li>For each quotation of an article, in text order, the extractor builds a {@link
 *       RuleContext}: the article's tokens with part-of-speech tags and lemmas, the quotation, its
 *       sentence and paragraph, the words before and after it, the candidates speakers and the
 *       decision taken for the previous quotation. Quotations after "so-called" are scare quotes
 *       and go to no rule.
 *   <li>It calls {@link #attribute(RuleContext)} on each rule in order until one returns a {@link
 *       RuleDecision}; the rules after it are not asked about that quotation. A rule that cannot
 *       tell returns {@link Optional#empty()}, and may first {@linkplain
 *       RuleContext#reject(SpeakerCandidate, String) note why} it passed over a candidate.
 *   <li>The context is valid during the call only: do not keep it, its tokens or its candidates.
 *       A decision must name a candidate of this context; anything else fails the extraction with
 *       an {@link IllegalStateException} naming the rule. An exception a rule throws fails the
 *       article's extraction.
 *   <li>Once every quotation is decided, speaker resolution links each decision's candidate to a
 *       document-level {@link Speaker} ("he" to the senator named before), and the decision becomes
 *       the {@link Quote}'s speaker mention, cue, confidence and {@link Quote#rule() rule} name.
 * </ol>
 *
 * <p>A rule for a house style, "Name (on Instagram): “…”":
 *
 * <pre>{@code
 * final class InstagramColonRule implements AttributionRule {
 *   public String name() { return "instagram-colon"; }
 *
 *   public Optional<RuleDecision> attribute(RuleContext context) {
 *     TokenRange before = context.before();
 *     List<? extends TaggedToken> tokens = context.tokens();
 *     if (before.size() < 3 || !tokens.get(before.end() - 1).text().equals(":")
 *         || !tokens.get(before.end() - 2).text().equals("Instagram")) {
 *       return context.decline("no “on Instagram:” before the quotation");
 *     }
 *     return context.candidateStartingAt(before.begin(), before.end())
 *         .map(speaker -> RuleDecision.of(speaker, 0.9).because("Name on Instagram:"));
 *   }
 * }
 *   QuoteExtractor extractor = QuoteExtractor.builder()
 *       .addRule(new InstagramColonRule(), 150)     // after the most precise built-in rule
 *       .build();
 * }</pre>
 *
 * <p>The built-in rules are listed by {@link #builtIns()}; {@link QuoteExtractor.Builder} can
 * remove, replace and re-add them by name.
 */
public interface AttributionRule {

  /** The priority of a rule that does not choose one: after every built-in rule. */
  int DEFAULT_PRIORITY = 10_000;

  /**
   * Returns the rule's name, unique among an extractor's rules and stable across versions: it is
   * what {@link Quote#rule()} reports and what the builder removes or replaces rules by.
   */
  String name();

  /**
   * Returns the attribution of the context's quotation, or empty when this rule cannot tell.
   *
   * @param context the quotation and its surroundings; valid during this call only
   * @return the decision, or empty to let the next rule decide
   */
  Optional<RuleDecision> attribute(RuleContext context);

  /**
   * Returns where the rule goes in the chain when added without a priority: lower runs earlier.
   * The built-in rules have priorities 90, 100, 200, ..., 1350 (quotations) and 2100, 2200, ...,
   * 2700 (reported speech) in the order of {@link #builtIns()}; the default, {@link
   * #DEFAULT_PRIORITY}, runs after all of them.
   */
  default int priority() {
    return DEFAULT_PRIORITY;
  }

  /**
   * Returns what the rule attributes: quotations (the default) or the reported speech of
   * sentences. The extractor asks a rule only about units of its scope.
   */
  default RuleScope scope() {
    return RuleScope.QUOTATION;
  }

  /**
   * Returns the built-in rules, the chain of {@link QuoteExtractor#english()}: the quotation rules,
   * most precise first, then the {@link RuleScope#REPORTED_SPEECH} rules.
   */
  static List<AttributionRule> builtIns() {
    return BuiltInRules.all();
  }

  /**
   * Returns the built-in rule called {@code name}, at its own priority.
   *
   * @throws IllegalArgumentException if no built-in rule has that name
   */
  static AttributionRule builtIn(String name) {
    return BuiltInRules.named(name);
  }
}
