package io.github.quotekit.internal.attribution;

import io.github.quotekit.Explanation.RuleTrial;
import io.github.quotekit.Span;
import io.github.quotekit.internal.candidate.Candidate;
import java.util.List;
import java.util.Optional;

/**
 * Reported content found outside quotation marks, or around them.
 *
 * @param content the reported words, without the cue and the speaker
 * @param source who said them; empty when the content has no source: the writer's reading ("the
 *     talks seem to have stalled") or a question put by someone unnamed ("asked whether the talks
 *     had stalled")
 * @param cue the cue words, if the rule saw any
 * @param rule the name of the deciding rule
 * @param confidence the estimated probability that the source is right
 * @param mixed true when the content holds a quoted fragment ("he was “in no hurry”")
 * @param trials the rules asked about the stretch of the sentence, in order; empty when not
 *     explaining
 */
public record ReportedSpeech(
    Span content,
    Optional<Candidate> source,
    Optional<CueWords> cue,
    String rule,
    double confidence,
    boolean mixed,
    List<RuleTrial> trials) {

  /** Returns true when the content has no source. */
  public boolean sourceless() {
    return source.isEmpty();
  }

  /** Returns the attribution to the source, for speaker resolution; empty when sourceless. */
  public Optional<Attribution> attribution() {
    return source.map(mention -> new Attribution(mention, cue, rule, confidence));
  }

  /** Returns this content, marked as holding a quoted fragment. */
  ReportedSpeech asMixed() {
    return new ReportedSpeech(content, source, cue, rule, confidence, true, trials);
  }

  /** Returns this decision for the words {@code words}. */
  ReportedSpeech withContent(Span words) {
    return new ReportedSpeech(words, source, cue, rule, confidence, mixed, trials);
  }
}
