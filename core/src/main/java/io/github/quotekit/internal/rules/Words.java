package io.github.quotekit.internal.rules;

import io.github.quotekit.RuleContext;
import io.github.quotekit.SpeakerCandidate;
import io.github.quotekit.TaggedToken;
import io.github.quotekit.TokenRange;
import io.github.quotekit.internal.analysis.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Tests on tokens that several built-in rules make, on the public {@link TaggedToken} alone. */
final class Words {
  private static final Set<String> DASHES = Set.of("—", "–", "-", "--", "―");
  private static final String QUOTATION_MARKS = "\"“”‘’'«»„‹›「」『』";

  /** Words that open a clause of its own after a first one: "…, while Cruz said". */
  private static final Set<String> CLAUSE_OPENERS = Set.of("while", "whereas", "but", "which", "whom");
  private static final Set<String> CLAUSE_PUNCTUATION = Set.of(",", ";", ":");

  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom");

  /** Pronouns that name an unnamed speaker: "said another", "one said", "others added". */
  private static final Set<String> INDEFINITE_SPEAKERS =
      Set.of("another", "one", "others", "some", "many", "several", "most", "few");

  private static final int MAX_UNKNOWN_NAME_WORDS = 3;
  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "it", "they", "we", "i", "you", "this", "that", "the", "a", "an");

  private Words() {}

  private static boolean isCapitalisedWord(TaggedToken token) {
    String text = token.text();
    return !token.quoted() && Character.isUpperCase(text.charAt(0))
        && text.chars().allMatch(c -> Character.isLetter(c) || "-'’.".indexOf(c) >= 0);
  }

  /**
   * Returns the candidate starting at {@code first}; else, as a speaker of its own so that the
   * quotation never takes the previous speaker, up to three capitalised words the candidate finder
   * does not know ("“…,” Okonkwo tweeted") or an indefinite pronoun ("said another"), each ending
   * the phrase before {@code limit}, punctuation or a cue verb.
   */
  static Optional<SpeakerCandidate> speakerStartingAt(RuleContext context, int first, int limit) {
    Optional<SpeakerCandidate> candidate = context.candidateStartingAt(first, limit);
    if (candidate.isPresent() || first >= limit) {
      return candidate;
    }
    int end = first;
    while (end < limit && end - first < MAX_UNKNOWN_NAME_WORDS
        && isCapitalisedWord(context.tokens().get(end))) {
      end++;
    }
    if (end > first && endsSpeakerPhrase(context, end, limit)
        && !PRONOUNS.contains(lower(context.tokens().get(first)))) {
      // "“…,” Okonkwo tweeted": a capitalised name the finder does not know, next to the cue.
      return Optional.of(context.phrase(new TokenRange(first, end)));
    }
    return INDEFINITE_SPEAKERS.contains(lower(context.tokens().get(first)))
            && endsSpeakerPhrase(context, first + 1, limit)
        ? Optional.of(context.phrase(TokenRange.of(first)))
        : Optional.empty();
  }

  /** Returns true when a speaker phrase may end before token {@code i}. */
  private static boolean endsSpeakerPhrase(RuleContext context, int i, int limit) {
    return i >= limit || isPunctuation(context.tokens().get(i))
        || context.isCueVerb(context.tokens().get(i));
  }

  /** Returns true when the candidate is a relative pronoun: "Graham, who says …". */
  static boolean isRelativePronoun(SpeakerCandidate candidate, RuleContext context) {
    return RELATIVE_PRONOUNS.contains(
        candidate.span().textIn(context.text()).toLowerCase(Locale.ROOT));
  }

  /**
   * Returns true when a clause boundary (a comma, semicolon, colon or dash, or a word such as
   * "while" or "which") stands among the tokens {@code [from, to)}.
   */
  static boolean clauseBoundaryBetween(RuleContext context, int from, int to) {
    for (int i = from; i < to; i++) {
      TaggedToken token = context.tokens().get(i);
      if (CLAUSE_PUNCTUATION.contains(token.text()) || isDash(token)
          || CLAUSE_OPENERS.contains(lower(token))) {
        return true;
      }
    }
    return false;
  }

  static String lower(TaggedToken token) {
    return ((Token) token).lower(); // TaggedToken permits Token only
  }

  static boolean isPunctuation(TaggedToken token) {
    return token.pos().equals("PUNCT");
  }

  static boolean isDash(TaggedToken token) {
    return DASHES.contains(token.text());
  }

  static boolean isQuotationMark(TaggedToken token) {
    String text = token.text();
    return text.length() == 1 && QUOTATION_MARKS.indexOf(text.charAt(0)) >= 0;
  }

  /** Returns the first index at or after {@code from} that is no comma or em dash. */
  static int skipCommas(List<? extends TaggedToken> tokens, int from, int to) {
    int i = from;
    while (i < to && (tokens.get(i).text().equals(",") || tokens.get(i).text().equals("—"))) {
      i++;
    }
    return i;
  }

  /** Returns true when only punctuation stands in {@code [from, to)}. */
  static boolean onlyPunctuation(List<? extends TaggedToken> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isPunctuation(tokens.get(i))) {
        return false;
      }
    }
    return true;
  }
}
