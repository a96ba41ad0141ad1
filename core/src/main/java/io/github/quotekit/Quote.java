package io.github.quotekit;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One quotation found in an article, with who said it.
 *
 * <p>{@code text} always equals {@code span.textIn(article)}; the span excludes the quotation marks.
 * A quote that runs over several paragraphs is reported once per paragraph, and a quote split by its
 * attribution once per part; the parts share the speaker and the {@link #group()}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param text the quoted words
 * @param span where the words stand in the article
 * @param type how the quotation is reported
 * @param fragments the words between quotation marks inside the quote, marks excluded, in text
 *     order: the whole span for a direct quotation, the quoted fragments of a mixed one (and the
 *     parts of a quotation split by its attribution), none for indirect speech
 * @param cue the words that introduce the quotation ("said"), if any
 * @param speakerMention the words where the quotation is attributed ("he", "Sen. Marco Rubio"), if
 *     any
 * @param speaker the resolved document-level speaker, if any
 * @param confidence how likely the attribution is right, in {@code [0, 1]}
 * @param rule the name of the attribution rule that decided the speaker, or {@code "unattributed"}
 * @param channel how the words reached the article: spoken, statement, social media, ...
 * @param group identifier of the quotation's group, stable within one document: the parts of a
 *     split quotation and the paragraphs of a continuing one share it ({@code 0, 1, 2, ...} in text
 *     order)
 * @param joinedBy why this quotation continues the previous one in its group; empty for the
 *     first quotation of a group
 * @param explanation how the speaker was decided, when the extractor explains its decisions
 *     ({@link QuoteExtractor.Builder#explain(boolean)}); empty otherwise
 */
public record Quote(
    String text,
    Span span,
    QuoteType type,
    List<Span> fragments,
    Optional<Cue> cue,
    Optional<Mention> speakerMention,
    Optional<Speaker> speaker,
    double confidence,
    String rule,
    Channel channel,
    int group,
    Optional<JoinReason> joinedBy,
    Optional<Explanation> explanation) {

  /** The {@link #rule()} of a quote that no rule attributed. */
  public static final String UNATTRIBUTED = "unattributed";

  /**
   * Checks that no component is null, that the fragments lie inside the span and that the
   * confidence is a probability.
   */
  public Quote {
    requireNonNull(text, "text");
    requireNonNull(span, "span");
    requireNonNull(type, "type");
    fragments = List.copyOf(requireNonNull(fragments, "fragments"));
    for (Span fragment : fragments) {
      if (!span.contains(fragment)) {
        throw new IllegalArgumentException("fragment " + fragment + " outside the quote " + span);
      }
    }
    requireNonNull(cue, "cue");
    requireNonNull(speakerMention, "speakerMention");
    requireNonNull(speaker, "speaker");
    requireNonNull(rule, "rule");
    requireNonNull(channel, "channel");
    requireNonNull(joinedBy, "joinedBy");
    requireNonNull(explanation, "explanation");
    if (group < 0) {
      throw new IllegalArgumentException("group must be >= 0: " + group);
    }
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must lie in [0, 1]: " + confidence);
    }
  }
}
