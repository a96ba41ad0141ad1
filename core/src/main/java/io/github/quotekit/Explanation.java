package io.github.quotekit;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * How a quotation got its speaker: which rules were asked, in order, what each decided or which
 * candidates it passed over and why, and how the chosen mention was linked to the speaker. Present
 * on a {@link Quote} when the extractor was built with {@link QuoteExtractor.Builder#explain(boolean)
 * explain(true)}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param trials the rules asked about the quotation, in order; the last one decided, unless the
 *     quotation is unattributed
 * @param resolution how the deciding rule's mention was linked to the speaker, if a rule decided
 */
public record Explanation(List<RuleTrial> trials, Optional<Resolution> resolution) {

  /** Checks that no component is null and copies the list. */
  public Explanation {
    trials = List.copyOf(trials);
    requireNonNull(resolution, "resolution");
  }

  /**
   * One rule asked about the quotation.
   *
   * @param rule the rule's name
   * @param decided true when this rule decided the speaker
   * @param evidence the rule's note on its decision ({@link RuleDecision#evidence()}), or empty
   * @param rejected the candidates the rule passed over, with its reasons
   */
  public record RuleTrial(String rule, boolean decided, String evidence, List<Rejection> rejected) {
    /** Checks that no component is null and copies the list. */
    public RuleTrial {
      requireNonNull(rule, "rule");
      requireNonNull(evidence, "evidence");
      rejected = List.copyOf(rejected);
    }
  }

  /**
   * A candidate a rule passed over.
   *
   * @param candidate the candidate's words
   * @param reason why the rule did not take it
   */
  public record Rejection(Mention candidate, String reason) {
    /** Checks that no component is null. */
    public Rejection {
      requireNonNull(candidate, "candidate");
      requireNonNull(reason, "reason");
    }
  }

  /**
   * How the speaker mention was linked to its document-level speaker.
   *
   * @param method the kind of link
   * @param mention the mention the rule chose ("he")
   * @param antecedent the earlier mention it was linked to ("Sen. Marco Rubio"), unless the
   *     mention introduced the speaker
   */
  public record Resolution(ResolutionMethod method, Mention mention, Optional<Mention> antecedent) {
    /** Checks that no component is null. */
    public Resolution {
      requireNonNull(method, "method");
      requireNonNull(mention, "mention");
      requireNonNull(antecedent, "antecedent");
    }
  }

  /** The kinds of link between a speaker mention and its speaker. */
  public enum ResolutionMethod {
    /** The mention is the first of its speaker in the article. */
    FIRST_MENTION,
    /** A name matched an earlier one: the same name, a surname, a short organisation name. */
    NAME_MATCH,
    /** A pronoun went to the subject of a recent sentence. */
    PRONOUN_ANTECEDENT,
    /** A noun phrase ("the senator") went to the speaker holding that role or title. */
    ROLE_MATCH
  }
}
