package io.github.quotekit.internal.lexicon;

import io.github.quotekit.Lexicon;
import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.analysis.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The regular inflections of a lexicon's cue and reporting verbs, which stand in for the lemmatizer
 * on verbs it does not know.
 *
 * <p>Cue verbs are listed by lemma and matched against each token's lemma. The OpenNLP lemmatizer
 * handles the verbs of its training data, irregular ones included ("told", "wrote"), but guesses
 * at rarer ones by cutting suffixes: "opined" becomes "opin", "harrumphed" "harrump", "mused"
 * stays "mused". So a verb a user adds would match only in some of its forms. This class generates
 * the regular forms of every listed verb ("opines", "opined", "opining") and gives a token that
 * has one of them the listed lemma, unless the lemmatizer already gave it a listed verb. Immutable
 * and thread-safe.
 */
public final class VerbForms {
  private static final Set<String> LEMMATISED_TAGS = Set.of("VERB", "AUX", "NOUN");
  private static final String VOWELS = "aeiou";

  private final Lexicon lexicon;
  private final Map<String, String> lemmaOfForm = new HashMap<>();

  /** Generates the forms of the lexicon's cue verbs, then of its reporting verbs. */
  public VerbForms(Lexicon lexicon) {
    this.lexicon = lexicon;
    List<String> verbs = new ArrayList<>(lexicon.cueVerbs());
    verbs.addAll(lexicon.reportingVerbs());
    for (String verb : verbs) {
      // A form shared by two verbs keeps the first one's lemma, cue verbs first.
      regularForms(verb).forEach(form -> lemmaOfForm.putIfAbsent(form, verb));
    }
  }

  /**
   * Returns the document with each verb or noun token whose lemma is no listed verb but whose text
   * is a regular form of one ("opined" lemmatised as "opin") given that verb as its lemma; returns
   * {@code doc} itself when no token changes.
   */
  public AnalyzedText relemmatise(AnalyzedText doc) {
    List<Token> tokens = null;
    for (Token token : doc.tokens()) {
      String listed = LEMMATISED_TAGS.contains(token.pos()) ? lemmaOfForm.get(token.lower()) : null;
      if (listed != null
          && !listed.equals(token.lemma())
          && !lexicon.isReportingVerb(token.lemma())) {
        if (tokens == null) {
          tokens = new ArrayList<>(doc.tokens());
        }
        tokens.set(
            token.index(),
            new Token(
                token.index(), token.span(), token.text(), token.pos(), listed, token.sentence(),
                token.quoted(), token.lower()));
      }
    }
    return tokens == null ? doc : doc.withTokens(tokens);
  }

  /**
   * Returns the regular third-person, past and present-participle forms of a one-word verb, with
   * both spellings where English doubles a final consonant only under stress ("admitted" but
   * "visited"): "quip" gives quips, quiped, quipped, quiping, quipping. A lemma of several words
   * gives none.
   */
  static Set<String> regularForms(String lemma) {
    Set<String> forms = new LinkedHashSet<>();
    if (lemma.length() < 2 || lemma.contains(" ")) {
      return forms;
    }
    boolean consonantY = lemma.endsWith("y") && !isVowel(lemma, lemma.length() - 2);
    String stem = consonantY ? lemma.substring(0, lemma.length() - 1) : lemma;
    if (consonantY) {
      forms.add(stem + "ies");
      forms.add(stem + "ied");
    } else {
      boolean sibilant =
          lemma.endsWith("s") || lemma.endsWith("x") || lemma.endsWith("z")
              || lemma.endsWith("ch") || lemma.endsWith("sh") || lemma.endsWith("o");
      forms.add(lemma + (sibilant ? "es" : "s"));
      forms.add(lemma + (lemma.endsWith("e") ? "d" : "ed"));
    }
    if (lemma.endsWith("ie")) {
      forms.add(lemma.substring(0, lemma.length() - 2) + "ying");
    } else if (lemma.endsWith("e") && !lemma.endsWith("ee") && !lemma.endsWith("ye")
        && !lemma.endsWith("oe")) {
      forms.add(lemma.substring(0, lemma.length() - 1) + "ing");
    } else {
      forms.add(lemma + "ing");
    }
    if (endsConsonantVowelConsonant(lemma)) {
      String doubled = lemma + lemma.charAt(lemma.length() - 1);
      forms.add(doubled + "ed");
      forms.add(doubled + "ing");
    }
    return forms;
  }

  /** "quip", "aver", "chat": a final consonant other than w, x or y after a single vowel. */
  private static boolean endsConsonantVowelConsonant(String word) {
    int last = word.length() - 1;
    return last >= 2
        && !isVowel(word, last)
        && "wxy".indexOf(word.charAt(last)) < 0
        && isVowel(word, last - 1)
        && !isVowel(word, last - 2);
  }

  /** A vowel letter, but not the u of "qu", which spells a consonant ("quip"). */
  private static boolean isVowel(String word, int index) {
    return index >= 0
        && VOWELS.indexOf(word.charAt(index)) >= 0
        && !(word.charAt(index) == 'u' && index > 0 && word.charAt(index - 1) == 'q');
  }
}
