package io.github.quotekit;

import static java.util.Objects.requireNonNull;

import io.github.quotekit.internal.scan.QuoteScanner;
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
    Optional<Cue> cue,
    Optional<Mention> speakerMention,
    Optional<Speaker> speaker,
    double confidence,
    String rule,
    Channel channel,
    int group,
    Optional<JoinReason> joinedBy,
    Optional<Explanation> explanation) {

  /** A quotation without explanation. */
  public Quote(
      String text,
      Span span,
      QuoteType type,
      Optional<Cue> cue,
      Optional<Mention> speakerMention,
      Optional<Speaker> speaker,
      double confidence,
      String rule,
      Channel channel,
      int group,
      Optional<JoinReason> joinedBy) {
    this(text, span, type, cue, speakerMention, speaker, confidence, rule, channel, group, joinedBy,
        Optional.empty());
  }

  /**
   * Returns the quoted words inside this quotation: the whole span for a direct quotation, the
   * fragments between quotation marks for a mixed one, none for indirect speech.
   */
  public List<Span> fragments() {
    return switch (type) {
      case DIRECT -> List.of(span);
      case INDIRECT -> List.of();
      case MIXED ->
          FRAGMENT_SCANNER.scan(text).stream()
              .map(s -> Span.of(span.begin() + s.content().begin(), span.begin() + s.content().end()))
              .toList();
    };
  }

  /**
   * Finds the fragments of a mixed quote. A quote does not know the extractor's quotation marks,
   * but its span was drawn around quotations of those marks, so any style finds them.
   */
  private static final QuoteScanner FRAGMENT_SCANNER = QuoteScanner.of(QuotationMarks.all());

  /** The {@link #rule()} of a quote that no rule attributed. */
  public static final String UNATTRIBUTED = "unattributed";

  /** Checks that no component is null and that the confidence is a probability. */
  public Quote {
    requireNonNull(text, "text");
    requireNonNull(span, "span");
    requireNonNull(type, "type");
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
