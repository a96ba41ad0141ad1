package io.github.quotekit.internal.attribution;

import io.github.quotekit.Span;

/**
 * Reported content found outside quotation marks, or around them.
 *
 * @param content the reported words, without the cue and the speaker
 * @param attribution who said them, through which cue, by which rule
 * @param mixed true when the content holds a quoted fragment ("he was “in no hurry”")
 */
public record ReportedSpeech(Span content, Attribution attribution, boolean mixed) {}
