package io.github.quotekit.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The speaker colours of the report, and speaker initials.
 *
 * <p>Each colour is a pair: a light background for the quote highlight, under {@link #INK} text,
 * and a dark shade for the speaker badge, under white text, and for the mention frame. Every pair
 * meets WCAG 2.1 AA contrast for normal text (4.5:1); {@code PaletteTest} checks it. Colour is never
 * the only cue: each highlight carries the speaker's number and initials.
 */
final class Palette {

  /** The text colour over highlights and the page. */
  static final String INK = "#1a1a1a";

  /** Light highlight backgrounds, one per speaker colour. */
  static final List<String> LIGHT =
      List.of(
          "#cfe2ff", "#ffe0b3", "#d3f2d3", "#ffd6dc", "#e6d9ff", "#c9f0ee", "#fff3b0", "#ecdccb",
          "#fbd5f5", "#e2ecc4", "#dde3ea", "#cdeefc");

  /** Dark shades under white badge text, one per speaker colour. */
  static final List<String> DARK =
      List.of(
          "#0b4f9c", "#8a4b00", "#1e6b2e", "#a3213a", "#5b34a8", "#0d6660", "#6b5b00", "#6e4a2a",
          "#8c1d7a", "#4f5e14", "#3c4a5c", "#005f7f");

  /** The highlight and badge colours of a quote without a speaker. */
  static final String NONE_LIGHT = "#ebebeb";

  static final String NONE_DARK = "#555555";

  /** The colour of the low-confidence flag, under white text. */
  static final String LOW = "#b00020";

  /** Bar colours of the chart of speaker kinds, under no text (labels stand beside the bars). */
  static final List<String> KIND = List.of("#0b4f9c", "#8a4b00", "#1e6b2e", "#5b34a8", "#555555");

  private Palette() {}

  /** Returns the number of speaker colours; speaker {@code n} gets colour {@code n % size()}. */
  static int size() {
    return LIGHT.size();
  }

  /**
   * Returns up to three capital initials of a name: the first letters of its capitalised words
   * ("Rosa Bellweather" to "RB"; with more than three, the first two and the last: "Calloway Bay
   * Harbor Authority" to "CBA"), or the first letter of the name when none is capitalised
   * ("officials" to "O"); an empty string when the name has no letter.
   */
  static String initials(String name) {
    List<String> capitals = new ArrayList<>();
    String first = null;
    for (String word : name.trim().split("[\\s\\-]+")) {
      int letter = firstLetter(word);
      if (letter < 0) {
        continue;
      }
      String initial = new String(Character.toChars(letter)).toUpperCase(Locale.ROOT);
      if (first == null) {
        first = initial;
      }
      if (Character.isUpperCase(letter) || Character.isTitleCase(letter)) {
        capitals.add(initial);
      }
    }
    if (capitals.isEmpty()) {
      return first == null ? "" : first;
    }
    if (capitals.size() > 3) {
      return capitals.get(0) + capitals.get(1) + capitals.get(capitals.size() - 1);
    }
    return String.join("", capitals);
  }

  private static int firstLetter(String word) {
    for (int i = 0; i < word.length(); ) {
      int c = word.codePointAt(i);
      if (Character.isLetter(c)) {
        return c;
      }
      i += Character.charCount(c);
    }
    return -1;
  }
}
