package io.github.quotekit.internal.attribution;

import io.github.quotekit.Span;

/**
 * Reported content found outside quotation marks, or around them.
 *
 * @param content the reported words, without the cue and the speaker
 * @param attribution who said them, through which cue, by which rule
 * @param mixed true when the content holds a quoted fragment ("he was “in no hurry”")
 * @param sourceless true when the content has no source, and the attribution's mention is not a
 *     speaker: the writer's reading ("the talks seem to have stalled", where the subject is what
 *     the content is about, not who said it) or a question put by someone unnamed ("asked whether
 *     the talks had stalled")
 */
public record ReportedSpeech(
    Span content, Attribution attribution, boolean mixed, boolean sourceless) {

  /** Reported content whose subject is its speaker. */
  public ReportedSpeech(Span content, Attribution attribution, boolean mixed) {
    this(content, attribution, mixed, false);
  }

  /** Returns this content, marked as holding a quoted fragment. */
  public ReportedSpeech asMixed() {
    return new ReportedSpeech(content, attribution, true, sourceless);
  }
}
