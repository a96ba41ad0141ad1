package io.github.quotekit.internal.attribution;

import io.github.quotekit.JoinReason;
import io.github.quotekit.internal.analysis.Token;
import io.github.quotekit.internal.candidate.Candidate;
import java.util.Optional;

/**
 * A rule's decision, checked against the article for one quotation: where its speaker is mentioned, the cue, the deciding rule
 * and how sure it is.
 *
 * @param mention the speaker mention
 * @param cue the cue words, if the rule saw any
 * @param rule the name of the deciding rule
 * @param confidence the estimated probability that the mention is right
 * @param joins why the quotation continues the one before it, for continuation rules
 */
public record Attribution(
    Candidate mention,
    Optional<CueWords> cue,
    String rule,
    double confidence,
    Optional<JoinReason> joins) {

  /** An attribution of its own, joined to no earlier quotation. */
  public Attribution(Candidate mention, Optional<CueWords> cue, String rule, double confidence) {
    this(mention, cue, rule, confidence, Optional.empty());
  }

  /** An attribution of its own whose cue is one token. */
  static Attribution withCue(Candidate mention, Token cue, String rule, double confidence) {
    return new Attribution(mention, Optional.of(CueWords.of(cue)), rule, confidence);
  }
}
