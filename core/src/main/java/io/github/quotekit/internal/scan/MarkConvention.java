package io.github.quotekit.internal.scan;

import static java.util.Objects.requireNonNull;

import io.github.quotekit.QuotationMarks;
import io.github.quotekit.QuotationMarks.Style;
import java.util.EnumSet;
import java.util.List;

/**
 * Chooses the quotation marks of one document for {@link QuotationMarks#auto()}, from the balanced
 * pairs of each kind that a scan with every style to choose from finds: the rule that the Javadoc
 * of {@link QuotationMarks} states. Only closed quotations outside other quotations count, so a
 * mark that pairs with nothing (a typo) or a quotation nested in another changes nothing.
 */
public final class MarkConvention {
  /** Single marks are the primary marks only with more than this many pairs per double pair. */
  private static final int SINGLE_PER_DOUBLE = 2;
  /** Fewer single-quoted pairs than this (a headline's) are too few to tell British text. */
  private static final int MIN_SINGLES = 2;

  private MarkConvention() {}

  /**
   * Returns the fixed marks that {@code marks} stand for in {@code text}: {@code marks} when they
   * are fixed, the styles chosen for the text among theirs when they are detected.
   *
   * @throws NullPointerException if an argument is null
   */
  public static QuotationMarks detect(String text, QuotationMarks marks) {
    requireNonNull(text, "text");
    return QuoteScanner.of(requireNonNull(marks, "marks")).marksOf(text);
  }

  /** The pairs of each kind among the closed top-level segments of one scan. */
  private static final class Pairs {
    int doubles;
    int doubleApostrophes;
    int singles;
    int guillemets;
    int reversedGuillemets;
    int singleGuillemets;
    int low;
    int corners;

    Pairs(String text, List<QuotedSegment> segments) {
      for (QuotedSegment segment : segments) {
        if (segment.closed()) {
          count(text, segment.marked().begin(), segment.marked().end());
        }
      }
    }

    /** Returns the pairs of every kind but single marks. */
    int others() {
      return doubles + doubleApostrophes + guillemets + reversedGuillemets
          + singleGuillemets + low + corners;
    }

    private void count(String text, int begin, int end) {
      char first = text.charAt(begin);
      boolean twoApostrophesClose = end - begin >= 4 && text.startsWith("''", end - 2);
      switch (first) {
        case '\'' -> {
          if (text.startsWith("''", begin)) {
            doubleApostrophes += twoApostrophesClose ? 1 : 0;
          } else {
            singles++;
          }
        }
        case '\u201C', '"', '`' -> doubles++;
        case '\u2018' -> singles++;
        case '\u00AB' -> guillemets++;
        case '\u00BB' -> reversedGuillemets++;
        case '\u2039' -> singleGuillemets++;
        case '\u201E' -> low++;
        case '\u300C', '\u300E' -> corners++;
        default -> {
          // Another mark opens only quotations of styles that are never chosen by their pairs.
        }
      }
    }
  }

  /** Returns the styles of {@code among} that the pairs of {@code segments} in {@code text} call for. */
  static QuotationMarks choose(String text, List<QuotedSegment> segments, QuotationMarks among) {
    Pairs pairs = new Pairs(text, segments);
    // Backticks open nothing else, and two apostrophes after a word in an open double quotation
    // close it even where a typist slipped (“Yes,'' he said): always safe to recognise.
    EnumSet<Style> chosen = EnumSet.of(Style.CURLY_DOUBLE, Style.STRAIGHT_DOUBLE, Style.BACKTICKS);
    addIf(chosen, pairs.doubleApostrophes > 0, Style.DOUBLE_APOSTROPHES);
    boolean french = pairs.guillemets > 0 && pairs.guillemets >= pairs.reversedGuillemets;
    addIf(chosen, french, Style.GUILLEMETS);
    addIf(chosen, french || pairs.singleGuillemets > 0, Style.SINGLE_GUILLEMETS);
    addIf(chosen, pairs.reversedGuillemets > pairs.guillemets, Style.REVERSED_GUILLEMETS);
    addIf(chosen, pairs.low > 0, Style.LOW_DOUBLE);
    addIf(chosen, pairs.corners > 0, Style.CORNER_BRACKETS);
    boolean british =
        pairs.singles >= MIN_SINGLES && pairs.singles > SINGLE_PER_DOUBLE * pairs.others();
    addIf(chosen, british, Style.CURLY_SINGLE);
    addIf(chosen, british, Style.STRAIGHT_SINGLE);
    chosen.retainAll(among.styles());
    return QuotationMarks.of(chosen);
  }

  private static void addIf(EnumSet<Style> styles, boolean condition, Style style) {
    if (condition) {
      styles.add(style);
    }
  }
}
