package io.github.quotekit.internal.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits the fused tokens of the UD English tokenizer ("Trump's" tagged {@code PROPN+PART},
 * "wasn't" tagged {@code AUX+PART}) into a word and its clitic, so that later stages see "Trump"
 * as a proper noun.
 */
final class CliticSplitter {
  private static final List<String> CLITICS = List.of("n't", "'s", "'ll", "'re", "'ve", "'d", "'m", "'");
  private static final Set<String> NO_SPLIT = Set.of("can't", "won't");
  /** Tags that no word before "'s" can have, so that the tagger misread the whole. */
  private static final Set<String> NO_WORD_TAGS = Set.of("PUNCT", "SYM", "X");

  private CliticSplitter() {}

  /** Appends {@code word}, split into word and clitic where its tag is fused, to {@code out}. */
  static void split(TaggedWord word, List<TaggedWord> out) {
    int plus = word.pos().indexOf('+');
    if (plus < 0) {
      splitPossessive(word, out);
      return;
    }
    String firstTag = word.pos().substring(0, plus);
    String secondTag = word.pos().substring(plus + 1);
    String lower = word.text().toLowerCase(Locale.ROOT);
    if (!NO_SPLIT.contains(lower)) {
      for (String clitic : CLITICS) {
        if (lower.endsWith(clitic) && lower.length() > clitic.length()) {
          int cut = word.text().length() - clitic.length();
          out.add(new TaggedWord(word.text().substring(0, cut), firstTag, word.begin(), word.begin() + cut));
          out.add(new TaggedWord(word.text().substring(cut), secondTag, word.begin() + cut, word.end()));
          return;
        }
      }
    }
    out.add(new TaggedWord(word.text(), firstTag, word.begin(), word.end()));
  }

  /**
   * The tagger sometimes leaves "Trump's" whole with a single tag; the name still ends at "p". It
   * may also leave a noun's possessive whole as punctuation ("the harbour board's chair"): the
   * word before the mark is then a noun.
   */
  private static void splitPossessive(TaggedWord word, List<TaggedWord> out) {
    String text = word.text();
    int cut = text.length() - 2;
    if (cut < 1 || !text.endsWith("'s")) {
      out.add(word);
      return;
    }
    String stemTag;
    if (Character.isUpperCase(text.charAt(0))) {
      stemTag = word.pos();
    } else if (NO_WORD_TAGS.contains(word.pos()) && isWord(text, cut)) {
      stemTag = "NOUN";
    } else {
      out.add(word);
      return;
    }
    out.add(new TaggedWord(text.substring(0, cut), stemTag, word.begin(), word.begin() + cut));
    out.add(new TaggedWord(text.substring(cut), "PART", word.begin() + cut, word.end()));
  }

  private static boolean isWord(String text, int end) {
    for (int i = 0; i < end; i++) {
      if (!Character.isLetter(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
