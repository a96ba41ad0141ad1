package io.github.quotekit.internal.analysis;

import io.github.quotekit.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Undoes the sentence detector's typical splits inside news attributions: after a title ("Sen.
 * Marco Rubio"), an initial ("John F. Kennedy"), a dash ("” ― Ana Ruiz") or before a lower-case
 * continuation ("R-Fla., tweeted", "?” a narrator asks"). Attribution rules look within a sentence, so a split there
 * loses the speaker.
 */
final class SentenceRepair {
  /**
   * Abbreviated titles, in lower case, that stand before a name and never end a sentence: "Sen.
   * Ana Ruiz", "Mrs. Quist".
   */
  static final Set<String> TITLE_ABBREVIATIONS =
      Set.of(
          "sen.", "rep.", "gov.", "lt.", "gen.", "col.", "sgt.", "capt.", "cmdr.", "adm.", "maj.",
          "dr.", "mr.", "mrs.", "ms.", "prof.", "rev.", "hon.", "pres.", "supt.", "det.", "atty.",
          "sens.", "reps.", "messrs.");
  private static final Set<String> ABBREVIATIONS =
      Stream.concat(
              TITLE_ABBREVIATIONS.stream(),
              Stream.of("st.", "mt.", "ft.", "no.", "vs.", "reps", "gov", "jan.", "feb.", "aug.",
                  "sept.", "oct.", "nov.", "dec."))
          .collect(Collectors.toUnmodifiableSet());

  private SentenceRepair() {}

  static List<Span> repair(String paragraph, opennlp.tools.util.Span[] detected) {
    List<Span> sentences = new ArrayList<>(detected.length);
    for (opennlp.tools.util.Span s : detected) {
      Span next = Span.of(s.getStart(), s.getEnd());
      int last = sentences.size() - 1;
      if (last >= 0 && belongTogether(paragraph, sentences.get(last), next)) {
        sentences.set(last, Span.of(sentences.get(last).begin(), next.end()));
      } else {
        sentences.add(next);
      }
    }
    return splitAtLineBreaks(paragraph, sentences);
  }

  /**
   * Splits sentences at line breaks that end a line of its own: after sentence punctuation or a
   * closing mark, before a line that opens with a quotation mark or a dash, or where the next
   * line's first word would have fitted on the line (a headline or a dateline over the story). A
   * hard-wrapped line that stops mid-sentence stays joined: wrapping breaks only where the next word
   * does not fit.
   */
  private static List<Span> splitAtLineBreaks(String paragraph, List<Span> sentences) {
    if (paragraph.indexOf('\n') < 0) {
      return sentences;
    }
    int width = longestLine(paragraph);
    List<Span> result = new ArrayList<>(sentences.size());
    for (Span sentence : sentences) {
      int begin = sentence.begin();
      for (int i = begin; i < sentence.end(); i++) {
        if (paragraph.charAt(i) == '\n' && endsLine(paragraph, begin, i, sentence.end(), width)) {
          addTrimmed(paragraph, begin, i, result);
          begin = i + 1;
        }
      }
      addTrimmed(paragraph, begin, sentence.end(), result);
    }
    return result;
  }

  private static int longestLine(String text) {
    int longest = 0;
    int lineStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        longest = Math.max(longest, i - lineStart);
        lineStart = i + 1;
      }
    }
    return longest;
  }

  private static boolean endsLine(String text, int sentenceStart, int newline, int end, int width) {
    int before = newline - 1;
    while (before >= sentenceStart && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    int after = newline + 1;
    while (after < end && Character.isWhitespace(text.charAt(after))) {
      after++;
    }
    if (before < sentenceStart || after >= end) {
      return true;
    }
    return ".!?:\"')".indexOf(text.charAt(before)) >= 0
        || "\"'—–-(".indexOf(text.charAt(after)) >= 0
        || nextWordFits(text, before, after, end, width);
  }

  private static boolean nextWordFits(String text, int lastChar, int nextStart, int end, int width) {
    int lineStart = text.lastIndexOf('\n', lastChar) + 1;
    int wordEnd = nextStart;
    while (wordEnd < end && !Character.isWhitespace(text.charAt(wordEnd))) {
      wordEnd++;
    }
    return (lastChar + 1 - lineStart) + 1 + (wordEnd - nextStart) <= width;
  }

  private static void addTrimmed(String text, int begin, int end, List<Span> out) {
    while (begin < end && Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > begin) {
      out.add(Span.of(begin, end));
    }
  }

  private static boolean belongTogether(String paragraph, Span previous, Span next) {
    // "… pay?” a narrator asks": the detector split between the question mark and its closing mark.
    int start = next.begin();
    while (start + 1 < next.end() && "”’\"'» ".indexOf(paragraph.charAt(start)) >= 0) {
      start++;
    }
    char first = paragraph.charAt(start);
    if (Character.isLowerCase(first) || ",;:)]".indexOf(first) >= 0) {
      return true;
    }
    if ("—–―-".indexOf(paragraph.charAt(previous.end() - 1)) >= 0) {
      return true;
    }
    String lastWord = lastWord(paragraph, previous).toLowerCase(Locale.ROOT);
    return ABBREVIATIONS.contains(lastWord) || isInitial(lastWord);
  }

  /** "J." or "G.K.": single letters each followed by a period. */
  private static boolean isInitial(String word) {
    if (word.length() < 2 || word.length() % 2 != 0) {
      return false;
    }
    for (int i = 0; i < word.length(); i += 2) {
      if (!Character.isLetter(word.charAt(i)) || word.charAt(i + 1) != '.') {
        return false;
      }
    }
    return true;
  }

  private static String lastWord(String paragraph, Span sentence) {
    int end = sentence.end();
    int begin = end;
    while (begin > sentence.begin() && !Character.isWhitespace(paragraph.charAt(begin - 1))) {
      begin--;
    }
    return paragraph.substring(begin, end);
  }
}
