package io.github.quotekit.testkit;

import static java.util.Objects.requireNonNull;

import io.github.quotekit.QuoteExtractor;
import io.github.quotekit.RuleContext;
import io.github.quotekit.RuleDecision;
import io.github.quotekit.SpeakerCandidate;
import io.github.quotekit.TokenRange;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Builds the {@link RuleContext} of a quotation from a text, so that a rule can be unit-tested on
 * its own, without an extractor around it: the context is the one the extractor's rules get, with
 * the built-in chain's decisions for the quotations before it.
 *
 * <pre>{@code
 * RuleContext context =
 *     RuleContexts.forQuotation(
 *         "And from Commissioner Dana Ortiz: “A delay is not a plan.”", "A delay is not a plan.");
 * Optional<RuleDecision> decision = new FromLeadInRule().attribute(context);
 * assertThat(RuleContexts.speakerText(context, decision)).contains("Commissioner Dana Ortiz");
 * }</pre>
 *
 * <p>The class is thread-safe; each context it returns serves one thread.
 */
public final class RuleContexts {

  private RuleContexts() {}

  /** The default extractor, built on first use: loading the models takes a second. */
  private static final class Default {
    static final QuoteExtractor EXTRACTOR = QuoteExtractor.english();
  }

  /**
   * Returns the contexts of every quotation of {@code text}, in text order, as {@link
   * QuoteExtractor#english()} gives them to its rules.
   */
  public static List<RuleContext> of(String text) {
    return Default.EXTRACTOR.ruleContexts(requireNonNull(text, "text"));
  }

  /**
   * Returns the context of the first quotation of {@code text} whose quoted words (without the
   * quotation marks) are {@code quotedWords}, as {@link QuoteExtractor#english()} gives it.
   *
   * @throws IllegalArgumentException if no quotation of the text has those words; the message
   *     lists the quotations it has
   */
  public static RuleContext forQuotation(String text, String quotedWords) {
    return forQuotation(Default.EXTRACTOR, text, quotedWords);
  }

  /**
   * Returns the context of the first quotation of {@code text} whose quoted words are {@code
   * quotedWords}, as {@code extractor} gives it to its rules (its lexicon, its quotation marks,
   * its decisions for the quotations before).
   *
   * @throws IllegalArgumentException if no quotation of the text has those words
   */
  public static RuleContext forQuotation(
      QuoteExtractor extractor, String text, String quotedWords) {
    requireNonNull(quotedWords, "quotedWords");
    List<RuleContext> contexts = extractor.ruleContexts(requireNonNull(text, "text"));
    return contexts.stream()
        .filter(context -> context.quote().textIn(text).equals(quotedWords))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no quotation “" + quotedWords + "” in the text; its quotations are "
                        + contexts.stream()
                            .map(context -> "“" + context.quote().textIn(text) + "”")
                            .collect(Collectors.joining(", ", "[", "]"))));
  }

  /** Returns the words of the decision's speaker mention, or empty for no decision or speaker. */
  public static Optional<String> speakerText(
      RuleContext context, Optional<RuleDecision> decision) {
    return decision
        .flatMap(RuleDecision::speaker)
        .map(SpeakerCandidate::span)
        .map(span -> span.textIn(context.text()));
  }

  /** Returns the words of the decision's cue, or empty for no decision or cue. */
  public static Optional<String> cueText(RuleContext context, Optional<RuleDecision> decision) {
    return decision.flatMap(RuleDecision::cue).map(range -> words(context, range));
  }

  private static String words(RuleContext context, TokenRange range) {
    int begin = context.tokens().get(range.begin()).span().begin();
    int end = context.tokens().get(range.end() - 1).span().end();
    return context.text().substring(begin, end);
  }
}
