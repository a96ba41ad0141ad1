package io.github.quotekit;

import static java.util.Objects.requireNonNull;

import io.github.quotekit.internal.scan.MarkConvention;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The quotation marks a {@link QuoteExtractor} recognises, as a set of {@linkplain Style styles},
 * either fixed or {@linkplain #auto() detected in each document}.
 *
 * <p>quotekit reads English news, but English text does not always come with English marks: wire
 * copy from European newsrooms, translated articles and scraped pages use guillemets, German low
 * marks or single quotes, and the plain text of news archives writes every double mark as two
 * apostrophes, ''like this'', or in the LaTeX and Penn Treebank way, ``like this''. The default,
 * {@link #auto()}, reads each document's own convention from the document, so that such text needs
 * no option; a fixed set of styles (a preset such as {@link #french()}, or {@link #of}) is used as
 * given, whatever the document:
 *
 * <pre>{@code
 * QuotationMarks.auto().forText("''We will not back down,'' said Mayor Ana Ruiz.");
 * // QuotationMarks[CURLY_DOUBLE, STRAIGHT_DOUBLE, DOUBLE_APOSTROPHES, BACKTICKS]
 *
 * QuoteExtractor extractor =
 *     QuoteExtractor.builder().quotationMarks(QuotationMarks.french()).build();
 * extractor.extract("« Nous ne reculerons pas », said Mayor Ana Ruiz.");
 *
 * QuotationMarks custom =
 *     QuotationMarks.english().with(QuotationMarks.Style.CORNER_BRACKETS);
 * }</pre>
 *
 * <p><b>Detection.</b> {@link #auto()} decides once per document, from counts of balanced pairs:
 * an opening mark where an opening mark stands (at the start of a line or after a space, a
 * bracket or a dash, before a word) and, later in its paragraph, the closing mark of its style,
 * neither being an apostrophe. The English double marks “…” and "…" are always recognised, and
 * so is {@code ``…''} ({@link Style#BACKTICKS}), so that two apostrophes close an open double
 * quotation even where a typist slipped ({@code “Yes,'' he said}); a style is added for the
 * document when it has at least one such pair of its own: {@code ''…''} ({@link
 * Style#DOUBLE_APOSTROPHES}), «…» (with ‹…›), »…«, „…“ or 「…」. Both guillemet styles pointing opposite ways are never chosen together: the
 * one with more pairs wins, «…» on a tie. Single marks ‘…’ and '…' are added only where the text
 * clearly uses them as its primary marks: more than twice as many single-quoted pairs as double
 * ones, outside quotations (nested quotes do not count), and two at least, as in British news.
 * Marks that pair with nothing, such as that typo, change nothing. {@link
 * #forText(CharSequence)} shows the marks chosen for a text.
 *
 * <p>Whatever the styles, the scanner follows the same rules: a quotation ends at a blank line
 * (a quotation that goes on in the next paragraph reopens there) and, unless the document is
 * hard-wrapped (most of its lines that run on into the next one are short and stop
 * mid-sentence), at a line break; a mark of another style inside an open quotation is part of its
 * words (“He said «non»,” ...); an opening mark of the open style ends it unclosed and starts a
 * new one, except that a curly opening mark before a word with more words and the closing mark of
 * the open quotation after it, “like “this” here”, is taken as a nested quotation; a closing mark
 * with nothing open is ignored. Apostrophes are never taken for quotation marks: with
 * single-quote styles, a mark between two letters or digits (don't, O'Neill), before a decade or
 * a known elision ('90s, rock 'n' roll, 'em, 'til) or a possessive after s (Jones', the players'
 * union) followed by a real closing mark is an apostrophe; a single-quoted stretch that is still
 * open at the end of its line is dropped, unless its mark opens the line (the convention for a
 * quotation running over paragraphs).
 *
 * <p>Instances are immutable and thread-safe; equal sets of styles, both detected or both fixed,
 * give equal instances.
 */
public final class QuotationMarks {

  /** One family of quotation marks. */
  public enum Style {
    /** Curly English double marks: “…” (U+201C, U+201D). Part of every preset. */
    CURLY_DOUBLE,
    /**
     * The straight double mark ", which has no direction: it opens a quotation where an opening
     * mark would stand (after a space, a bracket or a dash, before a word) and closes the open one.
     * Part of every preset.
     */
    STRAIGHT_DOUBLE,
    /**
     * Low-high double marks: „…“ (German, Czech) and „…” (Polish, Hungarian); U+201E opens, U+201C
     * or U+201D closes.
     */
    LOW_DOUBLE,
    /**
     * Guillemets pointing outwards, «…» (French, Italian, Spanish, Russian, Swiss), with or without
     * spaces inside: «non» and « non » alike.
     */
    GUILLEMETS,
    /** Guillemets pointing inwards, »…« (German and Danish books and magazines). */
    REVERSED_GUILLEMETS,
    /** Single guillemets, ‹…› (U+2039, U+203A), the inner quotation of French and Swiss text. */
    SINGLE_GUILLEMETS,
    /** Corner brackets, 「…」 and 『…』 (U+300C to U+300F), as in Chinese and Japanese text. */
    CORNER_BRACKETS,
    /**
     * Curly single marks, ‘…’ (U+2018, U+2019), the primary quotation marks of British news. The
     * closing mark is also the typographic apostrophe (don’t, the ’90s, Jones’), which never
     * closes or opens a quotation.
     */
    CURLY_SINGLE,
    /**
     * The straight single mark ', in either direction: 'like this'. Apostrophes (don't, the '90s,
     * rock 'n' roll, Jones') are never taken for it.
     */
    STRAIGHT_SINGLE,
    /**
     * Two apostrophes standing for a double mark, ''like this'', as in the plain-text feeds of some
     * news archives, which write every curly double mark that way. They have no direction, like
     * the straight double mark, and belong to its family: ''…" and "…'' are accepted. Use it for
     * archive text written that way; it is not in {@link QuotationMarks#english()}, as other
     * American news text has two apostrophes in a row only rarely, and then as apostrophes.
     * {@link QuotationMarks#auto()} adds it for a document that pairs them.
     */
    DOUBLE_APOSTROPHES,
    /**
     * Two grave accents opening and two apostrophes closing, ``like this'', as in LaTeX sources,
     * the Penn Treebank and text converted from them; they belong to the English double family
     * ({@code ``…"} and {@code ``…”} are accepted). Only the apostrophes close: with this style
     * alone, two apostrophes never open a quotation.
     */
    BACKTICKS
  }

  private static final QuotationMarks ENGLISH = of(Style.CURLY_DOUBLE, Style.STRAIGHT_DOUBLE);
  private static final QuotationMarks BRITISH =
      ENGLISH.with(Style.CURLY_SINGLE, Style.STRAIGHT_SINGLE);
  private static final QuotationMarks GERMAN =
      ENGLISH.with(Style.LOW_DOUBLE, Style.REVERSED_GUILLEMETS);
  private static final QuotationMarks FRENCH =
      ENGLISH.with(Style.GUILLEMETS, Style.SINGLE_GUILLEMETS);
  private static final QuotationMarks ALL = new QuotationMarks(EnumSet.allOf(Style.class), false);
  private static final QuotationMarks AUTO = new QuotationMarks(EnumSet.allOf(Style.class), true);

  private final Set<Style> styles;
  private final boolean detected;

  private QuotationMarks(EnumSet<Style> styles, boolean detected) {
    this.styles = Collections.unmodifiableSet(styles);
    this.detected = detected;
  }

  /**
   * Returns the marks detected in each document among every style, as the class description
   * says: the default of {@link QuoteExtractor}. {@link #without} narrows the styles detection
   * may choose: {@code auto().without(Style.CURLY_SINGLE, Style.STRAIGHT_SINGLE)} never reads
   * single marks as quotation marks.
   */
  public static QuotationMarks auto() {
    return AUTO;
  }

  /**
   * Returns the English double marks, “…” and "…", in every document. Single marks are left out
   * because in American news they are mostly apostrophes and nested quotes.
   */
  public static QuotationMarks english() {
    return ENGLISH;
  }

  /**
   * Returns the marks of British news: single marks ‘…’ and '…' as well as the English double
   * marks. Nested quotations of the other kind are part of the outer one.
   */
  public static QuotationMarks british() {
    return BRITISH;
  }

  /** Returns the German marks „…“ and »…« as well as the English double marks. */
  public static QuotationMarks german() {
    return GERMAN;
  }

  /**
   * Returns the French marks «…» (with or without spaces inside) and ‹…› as well as the English
   * double marks.
   */
  public static QuotationMarks french() {
    return FRENCH;
  }

  /**
   * Returns every style. Marks that mean opposite things in two styles (“ opens in English and
   * closes „ in German; « opens in French and closes » in German) then open a quotation only
   * where an opening mark would stand: after a space, a bracket or a dash, before a word.
   */
  public static QuotationMarks all() {
    return ALL;
  }

  /**
   * Returns the given styles; none at all finds no quotation.
   *
   * @param styles the styles
   * @return the marks of those styles
   * @throws NullPointerException if {@code styles} or one of them is null
   */
  public static QuotationMarks of(Style... styles) {
    requireNonNull(styles, "styles");
    return of(Arrays.asList(styles));
  }

  /**
   * Returns the given styles; none at all finds no quotation.
   *
   * @param styles the styles
   * @return the marks of those styles
   * @throws NullPointerException if {@code styles} or one of them is null
   */
  public static QuotationMarks of(Collection<Style> styles) {
    requireNonNull(styles, "styles");
    EnumSet<Style> set = EnumSet.noneOf(Style.class);
    for (Style style : styles) {
      set.add(requireNonNull(style, "style"));
    }
    return new QuotationMarks(set, false);
  }

  /**
   * Returns these marks and the given styles, detected in each document if these are.
   *
   * @param more the styles to add
   * @return a new instance; this one is unchanged
   * @throws NullPointerException if {@code more} or one of them is null
   */
  public QuotationMarks with(Style... more) {
    requireNonNull(more, "more");
    EnumSet<Style> set = copy();
    for (Style style : more) {
      set.add(requireNonNull(style, "style"));
    }
    return new QuotationMarks(set, detected);
  }

  /**
   * Returns these marks without the given styles, detected in each document if these are.
   *
   * @param fewer the styles to remove
   * @return a new instance; this one is unchanged
   * @throws NullPointerException if {@code fewer} or one of them is null
   */
  public QuotationMarks without(Style... fewer) {
    requireNonNull(fewer, "fewer");
    EnumSet<Style> set = copy();
    for (Style style : fewer) {
      set.remove(requireNonNull(style, "style"));
    }
    return new QuotationMarks(set, detected);
  }

  /**
   * Returns the styles, as an unmodifiable set in declaration order: for {@linkplain #isDetected()
   * detected} marks, those detection may choose from.
   */
  public Set<Style> styles() {
    return styles;
  }

  /** Returns true for marks detected in each document, as {@link #auto()}'s are. */
  public boolean isDetected() {
    return detected;
  }

  /**
   * Returns the fixed marks used for {@code text}: these marks when they are fixed; when they are
   * {@linkplain #isDetected() detected}, the styles the detection rule (see the class description)
   * chooses for the text among {@link #styles()}.
   *
   * @param text a document
   * @return fixed marks, never detected ones
   * @throws NullPointerException if {@code text} is null
   */
  public QuotationMarks forText(CharSequence text) {
    requireNonNull(text, "text");
    return detected ? MarkConvention.detect(text.toString(), this) : this;
  }


  /**
   * Returns true when the style is one of these marks.
   *
   * @param style a style
   * @return whether the style is included
   * @throws NullPointerException if {@code style} is null
   */
  public boolean contains(Style style) {
    return styles.contains(requireNonNull(style, "style"));
  }

  private EnumSet<Style> copy() {
    return styles.isEmpty() ? EnumSet.noneOf(Style.class) : EnumSet.copyOf(styles);
  }

  /** Two instances are equal when they hold the same styles and both or neither detect. */
  @Override
  public boolean equals(Object other) {
    return other instanceof QuotationMarks marks
        && styles.equals(marks.styles)
        && detected == marks.detected;
  }

  @Override
  public int hashCode() {
    return styles.hashCode() * 2 + (detected ? 1 : 0);
  }

  /**
   * Returns the styles, such as {@code QuotationMarks[CURLY_DOUBLE, STRAIGHT_DOUBLE]}, or {@code
   * QuotationMarks.auto[...]} with the styles to choose from for detected marks.
   */
  @Override
  public String toString() {
    return (detected ? "QuotationMarks.auto" : "QuotationMarks") + styles;
  }
}
