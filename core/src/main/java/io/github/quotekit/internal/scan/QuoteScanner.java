package io.github.quotekit.internal.scan;

import static java.util.Objects.requireNonNull;

import io.github.quotekit.QuotationMarks;
import io.github.quotekit.QuotationMarks.Style;
import io.github.quotekit.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Finds the stretches of text between quotation marks, the first stage of quotation extraction.
 *
 * <p>It follows news typography rather than balanced-bracket logic, because real articles are full
 * of unbalanced marks:
 *
 * <ul>
 *   <li>The marks come in families, one per {@link QuotationMarks.Style} (the curly and straight
 *       English double marks form one family, so “…" and "…” are accepted). While a quotation is
 *       open, a mark of another family starts a nested quotation that is simply part of the
 *       content (“He said ‘no’ to «them»,”), and only the closing mark of the open family, or of
 *       the nested one, counts.
 *   <li>A quotation never runs over a blank line, nor over a line break unless the text is
 *       {@linkplain Paragraphs#hardWrapped() hard-wrapped}: the segment ends there unclosed. A
 *       quotation that goes on in the next paragraph reopens there with a new mark, giving a new
 *       segment that {@linkplain QuotedSegment#continuesPrevious() continues} the previous one;
 *       in hard-wrapped text, so does a quotation reopened by a mark that opens a line.
 *   <li>An opening mark of the open family ends the pending quotation unclosed and starts anew: a
 *       closing mark was forgotten. Two exceptions: a directed opening mark followed on its line by
 *       two closing marks of the family before any opening one starts a nested quotation of the
 *       same marks (“what he calls “hell” than live”), and one that stands where only a closing
 *       mark would (after a word, before a space or punctuation: “expedited review“ of) closes the
 *       open quotation. A closing mark with nothing open is ignored.
 *   <li>A straight mark has no direction. It closes a pending quotation of its family; otherwise
 *       it opens one when it stands where an opening mark would (after whitespace, an opening
 *       bracket, an opening mark or a dash, and before a word, or right after sentence
 *       punctuation and before a letter: {@code Clinton:"We}), and is ignored elsewhere (inches,
 *       stray typos). A directed mark that opens in one enabled family and closes in another (“
 *       in English and German, « in French and reversed German) follows the same rule.
 *   <li>With {@link QuotationMarks.Style#DOUBLE_APOSTROPHES}, two apostrophes on one line are such
 *       a straight mark of the English double family: {@code ''like this''}, and also {@code
 *       ''…"}. The content of the segment leaves out both apostrophes; its marked span holds them.
 *       With {@link QuotationMarks.Style#BACKTICKS}, two grave accents open a quotation of that
 *       family and two apostrophes only close one: {@code ``like this''}.
 *   <li>For {@linkplain QuotationMarks#isDetected() detected} marks, a first scan with every style
 *       to choose from counts the pairs of each kind, {@link MarkConvention} chooses the styles of
 *       the text, and a second scan with those gives the segments.
 *   <li>Single marks are mostly apostrophes ({@code don't}, {@code the '90s}, {@code rock 'n'
 *       roll}, {@code Jones'}); with the English default they never delimit a quotation. When a
 *       single-mark style is enabled, a mark between letters or digits, before a decade or an
 *       elision, or after a letter where it cannot close, is an apostrophe; a possessive {@code s'}
 *       closes only when no definite closing mark follows on its line. A single-quoted stretch
 *       still open at the end of its line is dropped unless its mark opens the line (the
 *       multi-paragraph convention); the quotations nested in it are then reported instead.
 * </ul>
 *
 * <p>Scanning takes time linear in the length of the text and accepts any string. Instances are
 * immutable and thread-safe.
 */
public final class QuoteScanner {
  private static final QuoteScanner ENGLISH = new QuoteScanner(QuotationMarks.english());
  /** Scanners of other marks, built once each: a scanner's tables take some 60 KB to fill. */
  private static final ConcurrentMap<QuotationMarks, QuoteScanner> CACHE =
      new ConcurrentHashMap<>();
  /** More sets of marks than this are built anew each time, so that the cache stays small. */
  private static final int MAX_CACHED = 64;

  /** Elided words written with a leading apostrophe: rock 'n' roll, 'em, 'til, 'tis. */
  private static final Set<String> ELISIONS =
      Set.of("n", "em", "til", "tis", "twas", "twere", "cause", "bout", "nuff", "cept", "cos");

  // Families. A character belongs to at most one family as an opener and as an undirected mark,
  // and may close several.
  private static final int DOUBLE = 0;
  private static final int LOW_DOUBLE = 1;
  private static final int GUILLEMETS = 2;
  private static final int REVERSED_GUILLEMETS = 3;
  private static final int SINGLE_GUILLEMETS = 4;
  private static final int CORNER = 5;
  private static final int WHITE_CORNER = 6;
  /** The single marks: the only family whose unclosed quotations are dropped. */
  private static final int SINGLE = 7;

  private static final int NONE = -1;
  /** The characters that can be marks are all below this one. */
  private static final int TABLE_SIZE = 0x3010;

  /** For each character: the family it opens, or NONE. */
  private final byte[] opens = new byte[TABLE_SIZE];
  /** For each character: the family in which it is an undirected mark, or NONE. */
  private final byte[] undirected = new byte[TABLE_SIZE];
  /** For each character: the bit set of the families it closes. */
  private final int[] closes = new int[TABLE_SIZE];
  /**
   * Whether two apostrophes in a row are an undirected double mark; the scan reads them itself,
   * since the tables hold one-character marks.
   */
  private final boolean doubledApostrophes;
  /** Whether two grave accents open a double quotation that two apostrophes close. */
  private final boolean backticks;
  private final QuotationMarks marks;
  /** For detected marks, the styles to choose from; null for fixed marks. */
  private final QuotationMarks detectedAmong;

  private QuoteScanner(QuotationMarks marks) {
    doubledApostrophes = marks.contains(Style.DOUBLE_APOSTROPHES);
    backticks = marks.contains(Style.BACKTICKS);
    this.marks = marks;
    detectedAmong = marks.isDetected() ? marks : null;
    Arrays.fill(opens, (byte) NONE);
    Arrays.fill(undirected, (byte) NONE);
    for (Style style : marks.styles()) {
      switch (style) {
        case CURLY_DOUBLE -> pair(DOUBLE, '\u201C', "\u201D");
        case STRAIGHT_DOUBLE -> undirected['"'] = DOUBLE;
        case LOW_DOUBLE -> pair(LOW_DOUBLE, '\u201E', "\u201C\u201D");
        case GUILLEMETS -> pair(GUILLEMETS, '\u00AB', "\u00BB");
        case REVERSED_GUILLEMETS -> pair(REVERSED_GUILLEMETS, '\u00BB', "\u00AB");
        case SINGLE_GUILLEMETS -> pair(SINGLE_GUILLEMETS, '\u2039', "\u203A");
        case CORNER_BRACKETS -> {
          pair(CORNER, '\u300C', "\u300D");
          pair(WHITE_CORNER, '\u300E', "\u300F");
        }
        case CURLY_SINGLE -> pair(SINGLE, '\u2018', "\u2019");
        case STRAIGHT_SINGLE -> undirected['\''] = SINGLE;
        case DOUBLE_APOSTROPHES, BACKTICKS -> {
          // Two-character marks, read by the scan itself.
        }
      }
    }
  }

  private void pair(int family, char opener, String closers) {
    opens[opener] = (byte) family;
    for (int i = 0; i < closers.length(); i++) {
      closes[closers.charAt(i)] |= 1 << family;
    }
  }

  /** Returns a scanner for curly “ ” and straight " double quotation marks. */
  public static QuoteScanner english() {
    return ENGLISH;
  }

  /**
   * Returns a scanner for the given marks: for {@linkplain QuotationMarks#isDetected() detected}
   * marks, one that chooses the marks of each text first ({@link MarkConvention}).
   *
   * @param marks the quotation marks to recognise
   * @return the scanner
   * @throws NullPointerException if {@code marks} is null
   */
  public static QuoteScanner of(QuotationMarks marks) {
    requireNonNull(marks, "marks");
    if (marks.equals(QuotationMarks.english())) {
      return ENGLISH;
    }
    QuoteScanner cached = CACHE.get(marks);
    if (cached != null) {
      return cached;
    }
    QuoteScanner scanner = new QuoteScanner(marks);
    if (CACHE.size() < MAX_CACHED) {
      CACHE.putIfAbsent(marks, scanner);
    }
    return scanner;
  }

  /** Returns the quoted segments of {@code text} in text order, never overlapping; immutable. */
  public List<QuotedSegment> scan(String text) {
    requireNonNull(text, "text");
    return scan(text, Paragraphs.of(text));
  }

  /**
   * Returns what {@link #scan(String)} returns, for a caller that has split the text into
   * paragraphs already.
   *
   * @param paragraphs {@code Paragraphs.of(text)}
   */
  public List<QuotedSegment> scan(String text, Paragraphs paragraphs) {
    requireNonNull(text, "text");
    requireNonNull(paragraphs, "paragraphs");
    char[] chars = text.toCharArray();
    List<QuotedSegment> found = new Run(text, chars, paragraphs).scan();
    if (detectedAmong == null) {
      return found;
    }
    QuotationMarks chosen = MarkConvention.choose(text, found, detectedAmong);
    return chosen.styles().equals(detectedAmong.styles())
        ? found
        : of(chosen).new Run(text, chars, paragraphs).scan();
  }

  /**
   * Returns the fixed marks of {@code text}: these marks if they are fixed, else those that
   * {@link MarkConvention} chooses from the segments found with every style to choose from.
   */
  QuotationMarks marksOf(String text) {
    if (detectedAmong == null) {
      return marks;
    }
    List<QuotedSegment> found = new Run(text, text.toCharArray(), Paragraphs.of(text)).scan();
    return MarkConvention.choose(text, found, detectedAmong);
  }

  /** The state of one scan. */
  private final class Run {
    private final String text;
    /** The text's characters, read by the scan's main loop faster than through the String. */
    private final char[] chars;
    private final Paragraphs paragraphs;
    /**
     * Whether the text is hard-wrapped: a line break is then a space, and each paragraph is read
     * as one line.
     */
    private final boolean wrapped;
    private final List<QuotedSegment> segments = new ArrayList<>();
    private final List<QuotedSegment> nestedInSingle = new ArrayList<>();
    private int paragraph;
    private int paragraphBegin;
    private int paragraphEnd;
    /** Offset of the first character of the current line (of the paragraph, when wrapped). */
    private int lineBegin;
    /** End of the current line: its line break or the end of the paragraph. */
    private int lineEnd;
    private int open = NONE;
    private int family = NONE;
    private int openWidth = 1;
    private int nestedOpen = NONE;
    private int nestedFamily = NONE;
    private int nestedWidth = 1;
    /** Characters in the mark being read: 2 for two apostrophes, 1 for any other mark. */
    private int markWidth = 1;
    /** The next decisive single mark after the last query, or the line end: see {@link #ahead}. */
    private int aheadAt = NONE;

    Run(String text, char[] chars, Paragraphs paragraphs) {
      this.text = text;
      this.chars = chars;
      this.paragraphs = paragraphs;
      this.wrapped = paragraphs.hardWrapped();
    }

    List<QuotedSegment> scan() {
      for (paragraph = 0; paragraph < paragraphs.size(); paragraph++) {
        Span span = paragraphs.get(paragraph);
        paragraphBegin = span.begin();
        paragraphEnd = span.end();
        lineBegin = paragraphBegin;
        lineEnd = lineEndFrom(paragraphBegin);
        for (int i = paragraphBegin; i < paragraphEnd; i++) {
          char c = chars[i];
          if (c >= ' ' && c < 0x80 && c != '"' && c != '\'' && c != '`') {
            continue; // an ASCII character that is no mark and no line break: most of any text
          }
          if (Paragraphs.isLineBreak(c)) {
            if (!wrapped) {
              endLine(i);
              lineBegin = i + 1;
              lineEnd = lineEndFrom(i + 1);
            }
          } else if (isDoubledApostrophe(i) || isBackticks(i)) {
            markWidth = 2;
            mark(c, i);
            markWidth = 1;
            i++;
          } else if (c < TABLE_SIZE && isMark(c)) {
            mark(c, i);
          }
        }
        endLine(paragraphEnd);
      }
      return List.copyOf(segments);
    }

    /**
     * Returns true when the apostrophe at {@code i} and the next one are a double mark. Of three in
     * a row within a double quotation the last two close it, since the first one ends a nested
     * single quotation: ''He called it 'old-school,''' she said.
     */
    private boolean isDoubledApostrophe(int i) {
      return (doubledApostrophes || backticks)
          && isApostrophe(i)
          && isApostrophe(i + 1)
          && !(family == DOUBLE && isApostrophe(i + 2));
    }

    private boolean isApostrophe(int i) {
      return i < lineEnd && text.charAt(i) == '\'';
    }

    private boolean isBackticks(int i) {
      return backticks && text.charAt(i) == '`' && i + 1 < lineEnd && text.charAt(i + 1) == '`';
    }

    private boolean isMark(char c) {
      return opens[c] != NONE || undirected[c] != NONE || closes[c] != 0;
    }

    private int lineEndFrom(int from) {
      return wrapped ? paragraphEnd : Paragraphs.firstLineBreak(text, from, paragraphEnd);
    }

    private void mark(char c, int i) {
      if (reopensWrappedLine(c, i)) {
        int reopened = family;
        endUnclosed(i);
        open(reopened, i);
      } else if (open == NONE) {
        int opened = opening(c, i);
        if (opened != NONE) {
          open(opened, i);
        }
      } else if (nestedOpen != NONE) {
        if (closing(c, i, nestedFamily)) {
          if (family == SINGLE) {
            nestedInSingle.add(segment(nestedOpen, nestedWidth, i, true));
          }
          nestedOpen = NONE;
        } else if (closing(c, i, family)) {
          closeOuter(i);
        }
      } else if (closing(c, i, family)) {
        closeOuter(i);
      } else {
        int opened = opening(c, i);
        if (opened == family && !nests(c, i)) {
          endUnclosed(i);
          open(opened, i);
        } else if (opened != NONE) {
          nestedOpen = i;
          nestedFamily = opened;
          nestedWidth = markWidth;
        }
      }
    }

    /**
     * Returns true when, in hard-wrapped text, the mark at {@code i} opens a physical line while
     * a quotation of its family opened on an earlier line is pending, and stands where an opening
     * mark would: the news convention for a quotation that goes on in a new paragraph, which
     * text written one paragraph a line shares. A wrap never leaves a closing mark, which follows
     * a word, at the start of a line.
     */
    private boolean reopensWrappedLine(char c, int i) {
      if (!wrapped || open == NONE || nestedOpen != NONE) {
        return false;
      }
      int k = i - 1;
      while (k > open && isSpaceOnLine(text.charAt(k))) {
        k--;
      }
      return k > open && Paragraphs.isLineBreak(text.charAt(k)) && opening(c, i) == family;
    }

    /**
     * Returns true when a directed opening mark of the open family at {@code i} starts a nested
     * quotation of the same marks, “like “this” here”, rather than a new one after a forgotten
     * closing mark: two closing marks of the family follow on its line before any opening one.
     * Each stretch of text is searched once, so the scan stays linear.
     */
    private boolean nests(char c, int i) {
      if (markWidth != 1 || opens[c] != family) {
        return false;
      }
      int closers = 0;
      for (int k = i + 1; k < lineEnd && closers < 2; k++) {
        char next = text.charAt(k);
        if (next >= TABLE_SIZE) {
          continue;
        }
        if (opens[next] == family) {
          break;
        }
        if (family == DOUBLE && isDoubledApostrophe(k)) {
          closers++;
          k++;
        } else if ((closes[next] & 1 << family) != 0 || undirected[next] == family) {
          closers++;
        }
      }
      return closers == 2;
    }

    private void open(int opened, int i) {
      open = i;
      family = opened;
      openWidth = markWidth;
    }

    /** Returns the family the mark at {@code i} opens a quotation of, or NONE. */
    private int opening(char c, int i) {
      if (markWidth == 2) {
        boolean opens = c == '`' || doubledApostrophes && opensAt(i, false);
        return opens ? DOUBLE : NONE;
      }
      int directed = opens[c];
      if (directed != NONE) {
        if (directed == SINGLE) {
          return singleMark(i) == SingleMark.OPENER ? SINGLE : NONE;
        }
        boolean ambiguous = closes[c] != 0;
        boolean guillemet =
            directed == GUILLEMETS
                || directed == REVERSED_GUILLEMETS
                || directed == SINGLE_GUILLEMETS;
        return !ambiguous || opensAt(i, guillemet) ? directed : NONE;
      }
      int straight = undirected[c];
      if (straight == SINGLE) {
        return singleMark(i) == SingleMark.OPENER ? SINGLE : NONE;
      }
      boolean opens = straight != NONE && (opensAt(i, false) || opensAfterPunctuation(i));
      return opens ? straight : NONE;
    }

    /**
     * Returns true when the straight mark at {@code i} follows sentence punctuation with no space
     * and comes before a letter, as in {@code authorities."We} or {@code Clinton:"We}: with
     * nothing open, it can only open.
     */
    private boolean opensAfterPunctuation(int i) {
      return i > lineBegin
          && ".,:;?!".indexOf(text.charAt(i - 1)) >= 0
          && i + 1 < lineEnd
          && Character.isLetter(text.charAt(i + 1));
    }

    /**
     * Returns true when the mark at {@code i} stands where only a closing mark would: after a
     * word or punctuation and before a space, punctuation or the end of the line.
     */
    private boolean standsAsCloser(int i) {
      if (i <= lineBegin) {
        return false;
      }
      char before = text.charAt(i - 1);
      char after = i + 1 < lineEnd ? text.charAt(i + 1) : ' ';
      return !opensAfter(before) && !isWordChar(after);
    }

    /** Returns true when the mark at {@code i} closes a quotation of {@code closed}. */
    private boolean closing(char c, int i, int closed) {
      if (markWidth == 2) {
        return c == '\'' && closed == DOUBLE;
      }
      boolean member = (closes[c] & 1 << closed) != 0 || undirected[c] == closed;
      if (!member) {
        // An opening mark typed for the closing one: the “expedited review“ of the pipes.
        return closed != SINGLE && opens[c] == closed && closes[c] == 0 && standsAsCloser(i);
      }
      if (closed != SINGLE) {
        return true;
      }
      SingleMark kind = singleMark(i);
      return kind == SingleMark.CLOSER
          || kind == SingleMark.POSSESSIVE && ahead(i) != SingleMark.CLOSER;
    }

    private void closeOuter(int i) {
      nestedOpen = NONE;
      nestedInSingle.clear();
      add(segment(open, openWidth, i, true));
      open = NONE;
      family = NONE;
    }

    /** Ends the open quotation, if any, without a closing mark at {@code end}. */
    private void endUnclosed(int end) {
      if (open == NONE) {
        return;
      }
      boolean keep = family != SINGLE || opensLine(open);
      if (keep) {
        add(segment(open, openWidth, end, false));
      } else {
        nestedInSingle.forEach(this::add);
        if (nestedOpen != NONE) {
          add(segment(nestedOpen, nestedWidth, end, false));
        }
      }
      nestedInSingle.clear();
      nestedOpen = NONE;
      open = NONE;
      family = NONE;
    }

    private void endLine(int end) {
      endUnclosed(end);
      aheadAt = NONE;
    }

    /** Returns true when nothing but whitespace precedes {@code i} on its line. */
    private boolean opensLine(int i) {
      for (int k = i - 1; k >= lineBegin; k--) {
        if (!Paragraphs.isSpace(text.charAt(k))) {
          return false;
        }
      }
      return true;
    }

    /**
     * Returns the segment opened by the mark of {@code fromWidth} characters at {@code from} and
     * ended at {@code end}, by the closing mark there when {@code closed}, or null when it holds
     * nothing but whitespace.
     */
    private QuotedSegment segment(int from, int fromWidth, int end, boolean closed) {
      int begin = from + fromWidth;
      int stop = end;
      while (begin < stop && Paragraphs.isSpace(text.charAt(begin))) {
        begin++;
      }
      while (stop > begin && Paragraphs.isSpace(text.charAt(stop - 1))) {
        stop--;
      }
      if (begin == stop) {
        return null;
      }
      Span marked = Span.of(from, closed ? end + markWidth : stop);
      return new QuotedSegment(Span.of(begin, stop), marked, paragraph, true, closed, false);
    }

    /** Adds a segment, working out whether it continues the previous one. */
    private void add(QuotedSegment segment) {
      if (segment == null) {
        return;
      }
      QuotedSegment previous = segments.isEmpty() ? null : segments.get(segments.size() - 1);
      boolean continues =
          previous != null
              && !previous.closed()
              && onlyLineBreaksBetween(previous, segment.marked().begin());
      segments.add(
          continues
              ? new QuotedSegment(
                  segment.content(),
                  segment.marked(),
                  segment.paragraph(),
                  true,
                  segment.closed(),
                  true)
              : segment);
    }

    /**
     * Returns true when only whitespace, with at least one line break, separates {@code previous}
     * from {@code offset}. The stretch is scanned once per segment and stretches never overlap, so
     * the scan as a whole stays linear.
     */
    private boolean onlyLineBreaksBetween(QuotedSegment previous, int offset) {
      boolean lineBreak = false;
      for (int i = previous.marked().end(); i < offset; i++) {
        char c = text.charAt(i);
        if (Paragraphs.isLineBreak(c)) {
          lineBreak = true;
        } else if (!Paragraphs.isSpace(c)) {
          return false;
        }
      }
      return lineBreak;
    }

    /**
     * Returns true when the mark at {@code i} stands where an opening mark would: at the start of
     * its line or after whitespace, an opening bracket or mark or a dash, and before a word (for
     * guillemets, after at most one space: « non »).
     */
    private boolean opensAt(int i, boolean spaceInside) {
      int next = i + markWidth;
      if (spaceInside && next < lineEnd && Paragraphs.isSpace(text.charAt(next))) {
        next++;
      }
      if (next >= lineEnd || Paragraphs.isSpace(text.charAt(next))) {
        return false;
      }
      return i == lineBegin || opensAfter(text.charAt(i - 1));
    }

    /** What a single mark at some offset is, judged from its neighbours. */
    private SingleMark singleMark(int i) {
      char c = text.charAt(i);
      char before = i > lineBegin ? text.charAt(i - 1) : ' ';
      char after = i + 1 < lineEnd ? text.charAt(i + 1) : ' ';
      if (isWordChar(before) && isWordChar(after)) {
        return SingleMark.APOSTROPHE; // don't, O'Neill, 6'2
      }
      boolean canOpen = c == '\'' || c == '\u2018';
      boolean canClose = c == '\'' || c == '\u2019';
      if (opensAfter(before) && !Paragraphs.isSpace(after)) {
        return canOpen && !elision(i + 1) ? SingleMark.OPENER : SingleMark.APOSTROPHE;
      }
      if (!canClose || Paragraphs.isSpace(before) || isWordChar(after) || afterElidedN(i)) {
        return SingleMark.APOSTROPHE;
      }
      boolean possessive =
          before == 's'
              || before == 'S'
              || before == 'n' && i - 2 >= lineBegin && text.charAt(i - 2) == 'i'; // goin'
      return possessive ? SingleMark.POSSESSIVE : SingleMark.CLOSER;
    }

    /** Returns true for the second mark of rock 'n' roll. */
    private boolean afterElidedN(int i) {
      return i - 2 >= lineBegin
          && text.charAt(i - 1) == 'n'
          && "'\u2018\u2019".indexOf(text.charAt(i - 2)) >= 0
          && (i - 3 < lineBegin || !isWordChar(text.charAt(i - 3)));
    }

    /** Returns true when the word at {@code from} is a decade ('90s) or a known elision ('em). */
    private boolean elision(int from) {
      int end = from;
      while (end < lineEnd && end - from <= 6 && Character.isLetterOrDigit(text.charAt(end))) {
        end++;
      }
      if (end == from || end < lineEnd && Character.isLetterOrDigit(text.charAt(end))) {
        return false;
      }
      String word = text.substring(from, end);
      boolean decade =
          word.length() >= 2
              && Character.isDigit(word.charAt(0))
              && Character.isDigit(word.charAt(1))
              && (word.length() == 2 || word.length() == 3 && word.charAt(2) == 's');
      if (decade) {
        return true; // '90s, '06
      }
      return ELISIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Returns the kind of the first single mark after {@code i} on its line that can open or
     * close ({@link SingleMark#OPENER} or {@link SingleMark#CLOSER}), or null when there is none.
     * Queries come in text order and each stretch is searched once, so the scan stays linear.
     */
    private SingleMark ahead(int i) {
      if (aheadAt <= i) {
        aheadAt = i + 1;
        while (aheadAt < lineEnd && !decisive(aheadAt)) {
          aheadAt++;
        }
      }
      return aheadAt < lineEnd ? singleMark(aheadAt) : null;
    }

    private boolean decisive(int i) {
      char c = text.charAt(i);
      boolean single =
          c == '\'' && undirected['\''] == SINGLE
              || (c == '\u2018' || c == '\u2019') && opens['\u2018'] == SINGLE;
      if (!single) {
        return false;
      }
      SingleMark kind = singleMark(i);
      return kind == SingleMark.OPENER || kind == SingleMark.CLOSER;
    }
  }

  /** Returns true when a quotation may open right after {@code c}. */
  private static boolean opensAfter(char c) {
    int type = Character.getType(c);
    return Paragraphs.isSpace(c)
        || type == Character.START_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION
        || type == Character.DASH_PUNCTUATION
        || c == '"';
  }

  private static boolean isSpaceOnLine(char c) {
    return Paragraphs.isSpace(c) && !Paragraphs.isLineBreak(c);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  /** The kinds of single mark. */
  private enum SingleMark {
    /** Can open a single-quoted quotation: 'Not now,' */
    OPENER,
    /** Closes an open single-quoted quotation: ...now,' */
    CLOSER,
    /** After s (or in'): a closing mark, or a possessive or elision apostrophe (Jones'). */
    POSSESSIVE,
    /** Never a quotation mark: don't, the '90s. */
    APOSTROPHE
  }
}
