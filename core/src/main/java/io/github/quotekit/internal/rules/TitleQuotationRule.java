package io.github.quotekit.internal.rules;

import io.github.quotekit.AttributionRule;
import io.github.quotekit.RuleContext;
import io.github.quotekit.RuleDecision;
import io.github.quotekit.TokenRange;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * He hosted “The Apprentice” for years: a short quotation whose every word is capitalised names a
 * programme, a book, a film, a slogan or a bill; it is no speech, even where a speaker follows
 * (“In an interview on “Face the Nation,” Ryan said …”). Asked first, it leaves alone what can be
 * speech: a capitalised quotation that opens its sentence before a comma (“Make America Great
 * Again,” Trump said), a one-word sentence (“Soon.”) and a quotation a cue introduces.
 */
final class TitleQuotationRule implements AttributionRule {
  /** The longest title this rule recognises, in words. */
  private static final int MAX_WORDS = 8;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
  /** Words a title leaves in lower case: "Empire of the Fund", "Fox & Friends". */
  private static final Set<String> MINOR_WORDS =
      Set.of("a", "an", "the", "and", "or", "nor", "but", "of", "for", "in", "on", "at", "to",
          "by", "with", "from", "as", "vs", "vs.", "is");

  @Override
  public String name() {
    return "title-quotation";
  }

  @Override
  public int priority() {
    return 90;
  }

  @Override
  public Optional<RuleDecision> attribute(RuleContext context) {
    String words = context.quote().textIn(context.text()).strip();
    if (!isTitle(words)) {
      return context.decline("its words are no title");
    }
    TokenRange before = context.before();
    if (words.endsWith(".") && Words.onlyPunctuation(context.tokens(), before.begin(), before.end())) {
      return context.decline("a whole sentence in quotation marks: “Soon.”");
    }
    if (endsWithComma(context)
        && (Words.onlyPunctuation(context.tokens(), before.begin(), before.end())
            || cueVerbFollows(context))) {
      return context.decline("it opens its sentence before a comma: “Never Again,” she said");
    }
    if (followsCueVerb(context)) {
      return context.decline("a cue verb introduces it: Priebus said, “Probably.”");
    }
    return Optional.of(RuleDecision.notSpeech("a title or name in quotation marks: " + words));
  }

  /** Returns true when a comma closes the quotation, inside its marks or right after them. */
  private static boolean endsWithComma(RuleContext context) {
    TokenRange after = context.after();
    return context.quote().textIn(context.text()).strip().endsWith(",")
        || after.end() > after.begin() && context.tokens().get(after.begin()).text().equals(",");
  }

  /** “Open,” said Ruiz: a cue verb right after the comma that closes the quotation. */
  private static boolean cueVerbFollows(RuleContext context) {
    TokenRange after = context.after();
    int next = Words.skipCommas(context.tokens(), after.begin(), after.end());
    // "…, adding" continues an earlier attribution: the title before it is no speech.
    return next < after.end() && context.isCueVerb(context.tokens().get(next))
        && !ReportedClauses.isParticiple(context.tokens().get(next));
  }

  private static boolean followsCueVerb(RuleContext context) {
    TokenRange before = context.before();
    int last = before.end() - 1;
    if (last >= before.begin() && (context.tokens().get(last).text().equals(",")
        || context.tokens().get(last).text().equals(":"))) {
      last--;
    }
    return last >= before.begin() && context.isCueVerb(context.tokens().get(last));
  }

  /** Returns true when every word of {@code words} (at most eight) is capitalised or minor. */
  static boolean isTitle(String words) {
    if (words.isEmpty() || words.endsWith("!") || words.endsWith("?")) {
      return false;
    }
    Matcher matcher = WORD.matcher(words);
    int count = 0;
    while (matcher.find()) {
      String word = matcher.group();
      count++;
      boolean capitalised = Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0));
      if (count > MAX_WORDS || !capitalised && (count == 1 || !MINOR_WORDS.contains(word))) {
        return false;
      }
    }
    return count > 0 && !words.equals("I");
  }
}
