package io.github.quotekit;

import static java.util.Objects.requireNonNull;

import io.github.quotekit.QuotationMarks.Style;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The options of a {@link QuoteExtractor} that plain values can set, as one immutable, serialisable
 * value that a string describes, like Caffeine's {@code CaffeineSpec}: what the command-line tool,
 * the Spark job and the benchmarks read from their options, log in their output and pass to
 * {@link QuoteExtractor.Builder#spec(ExtractorSpec)}.
 *
 * <pre>{@code
 * ExtractorSpec spec = ExtractorSpec.parse(
 *     "minConfidence=0.8,reportedSpeech=true,quotationMarks=english+double-apostrophes");
 * QuoteExtractor extractor = QuoteExtractor.builder().spec(spec).build();
 * spec.toString();
 * // minUnattributedWords=2147483647,minConfidence=0.8,reportedSpeech=true,
 * //     quotationMarks=english+double-apostrophes,explain=false
 * }</pre>
 *
 * <p>A spec string is a comma-separated list of {@code key=value} pairs; spaces around keys and
 * values are ignored, a key may appear once, and a key left out keeps its default, which is the
 * {@link QuoteExtractor.Builder}'s. The keys ({@link #KEYS}) and their values:
 *
 * <ul>
 *   <li>{@code minUnattributedWords}: a whole number {@code >= 0}, as {@link
 *       QuoteExtractor.Builder#minUnattributedWords(int)};
 *   <li>{@code minConfidence}: a decimal number from 0 to 1 such as {@code 0.8} (no sign, no
 *       exponent), as {@link QuoteExtractor.Builder#minConfidence(double)};
 *   <li>{@code reportedSpeech}: {@code true} or {@code false}, as {@link
 *       QuoteExtractor.Builder#reportedSpeech(boolean)};
 *   <li>{@code quotationMarks}: preset and style names joined by {@code +} (see {@link
 *       #quotationMarks(String)}), as {@link QuoteExtractor.Builder#quotationMarks(QuotationMarks)};
 *   <li>{@code explain}: {@code true} or {@code false}, as {@link
 *       QuoteExtractor.Builder#explain(boolean)}.
 * </ul>
 *
 * <p>{@link #toString()} gives every key in that order, in a canonical form that {@link #parse}
 * reads back into an equal spec; comparing two of these strings compares two runs' options. The
 * lexicon, the rules and the entity recogniser are not plain values and are not part of a spec.
 * Instances are immutable and thread-safe.
 */
public final class ExtractorSpec implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The key of {@link #minUnattributedWords()}. */
  public static final String MIN_UNATTRIBUTED_WORDS = "minUnattributedWords";

  /** The key of {@link #minConfidence()}. */
  public static final String MIN_CONFIDENCE = "minConfidence";

  /** The key of {@link #reportedSpeech()}. */
  public static final String REPORTED_SPEECH = "reportedSpeech";

  /** The key of {@link #quotationMarks()}. */
  public static final String QUOTATION_MARKS = "quotationMarks";

  /** The key of {@link #explain()}. */
  public static final String EXPLAIN = "explain";

  /** Every key, in the order of {@link #toString()}. */
  public static final List<String> KEYS =
      List.of(MIN_UNATTRIBUTED_WORDS, MIN_CONFIDENCE, REPORTED_SPEECH, QUOTATION_MARKS, EXPLAIN);

  /** A plain decimal number: digits with an optional fraction, no sign and no exponent. */
  private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]*)?|\\.[0-9]+");

  private static final String WHOLE_NUMBER = "a whole number >= 0";
  private static final String CONFIDENCE = "a decimal number from 0 to 1";
  private static final String BOOLEAN = "true or false";

  /** Every quotation-mark name, presets first, and its marks. */
  private static final Map<String, QuotationMarks> MARK_NAMES = markNames();

  private static final String MARK_NAMES_EXPECTED =
      "a list of " + String.join(", ", MARK_NAMES.keySet()) + ", joined by ',' or '+'";

  private final int minUnattributedWords;
  private final double minConfidence;
  private final boolean reportedSpeech;
  // An EnumSet and a flag, as QuotationMarks is not serialisable; never modified.
  private final EnumSet<Style> quotationMarks;
  private final boolean quotationMarksDetected;
  private final boolean explain;

  private ExtractorSpec(
      int minUnattributedWords,
      double minConfidence,
      boolean reportedSpeech,
      QuotationMarks quotationMarks,
      boolean explain) {
    this.minUnattributedWords = checkMinUnattributedWords(minUnattributedWords);
    this.minConfidence = checkMinConfidence(minConfidence);
    this.reportedSpeech = reportedSpeech;
    if (quotationMarks.styles().isEmpty()) {
      throw new IllegalArgumentException("quotationMarks must hold at least one style");
    }
    this.quotationMarks = EnumSet.copyOf(quotationMarks.styles());
    this.quotationMarksDetected = quotationMarks.isDetected();
    this.explain = explain;
  }

  /**
   * Returns the options of {@link QuoteExtractor#english()}: those of a new {@link
   * QuoteExtractor.Builder}, so that a default changed there is changed here.
   */
  public static ExtractorSpec defaults() {
    return Defaults.SPEC;
  }

  /** Created on first use; a new builder is where the defaults are kept. */
  private static final class Defaults {
    static final ExtractorSpec SPEC = QuoteExtractor.builder().currentSpec();
  }

  /** Creates the spec of a builder's current settings; for {@link QuoteExtractor.Builder}. */
  static ExtractorSpec of(
      int minUnattributedWords,
      double minConfidence,
      boolean reportedSpeech,
      QuotationMarks quotationMarks,
      boolean explain) {
    return new ExtractorSpec(
        minUnattributedWords, minConfidence, reportedSpeech, quotationMarks, explain);
  }

  /**
   * Parses a spec string such as {@code "minConfidence=0.8,reportedSpeech=true"}: the defaults
   * with the keys given set. The empty string gives {@link #defaults()}.
   *
   * @param spec comma-separated {@code key=value} pairs
   * @return the spec
   * @throws IllegalArgumentException naming the key and the values it allows, when a key is
   *     unknown or repeated, a pair has no {@code =}, or a value is invalid
   * @throws NullPointerException if {@code spec} is null
   */
  public static ExtractorSpec parse(String spec) {
    requireNonNull(spec, "spec");
    ExtractorSpec result = defaults();
    if (spec.isBlank()) {
      return result;
    }
    List<String> seen = new ArrayList<>();
    for (String pair : spec.split(",", -1)) {
      int equals = pair.indexOf('=');
      if (equals < 0) {
        throw new IllegalArgumentException(
            "'" + pair.strip() + "' in extractor spec is not key=value; keys: " + keyList());
      }
      String key = pair.substring(0, equals).strip();
      if (seen.contains(key)) {
        throw new IllegalArgumentException("key '" + key + "' given twice in extractor spec");
      }
      seen.add(key);
      result = result.with(key, pair.substring(equals + 1).strip());
    }
    return result;
  }

  /**
   * Returns this spec with one key set from its string value, as in a spec string: {@code
   * with("minConfidence", "0.8")}. This is how command-line options set a spec, so that every tool
   * accepts the same values.
   *
   * @param key one of {@link #KEYS}
   * @param value the value, as {@link #parse} reads it
   * @return the new spec
   * @throws InvalidValueException if the value is not one the key allows
   * @throws IllegalArgumentException if the key is unknown
   * @throws NullPointerException if an argument is null
   */
  public ExtractorSpec with(String key, String value) {
    requireNonNull(key, "key");
    requireNonNull(value, "value");
    return switch (key) {
      case MIN_UNATTRIBUTED_WORDS -> withMinUnattributedWords(wholeNumber(key, value));
      case MIN_CONFIDENCE -> withMinConfidence(confidence(key, value));
      case REPORTED_SPEECH -> withReportedSpeech(bool(key, value));
      case QUOTATION_MARKS -> {
        try {
          yield withQuotationMarks(quotationMarks(value));
        } catch (IllegalArgumentException e) {
          throw new InvalidValueException(key, value, e.getMessage());
        }
      }
      case EXPLAIN -> withExplain(bool(key, value));
      default ->
          throw new IllegalArgumentException(
              "unknown key '" + key + "' in extractor spec; expected one of " + keyList());
    };
  }

  /**
   * Returns the quotation marks of a list of preset and style names, such as {@code
   * english+double-apostrophes} or {@code british,guillemets}: the union of the styles of every
   * name. The presets are {@code auto}, {@code english}, {@code british}, {@code german}, {@code
   * french} and {@code all} ({@link QuotationMarks#auto()}, {@link QuotationMarks#english()} and
   * the rest); a style name is a {@link Style} constant in lower case with {@code -} for {@code _}
   * ({@code guillemets}, {@code double-apostrophes}). {@code auto} with other names detects the
   * marks of each document among their styles only: {@code auto+english+guillemets} never reads
   * single marks or two apostrophes as quotation marks. Names are joined by {@code ,} or {@code
   * +}; spaces around a name are ignored and a name may come twice; names are lower case.
   *
   * @param names the names
   * @return the union of their styles
   * @throws IllegalArgumentException naming the accepted names, when a name is unknown or empty
   *     (as is every name of an empty value)
   * @throws NullPointerException if {@code names} is null
   */
  public static QuotationMarks quotationMarks(String names) {
    requireNonNull(names, "names");
    EnumSet<Style> styles = EnumSet.noneOf(Style.class);
    boolean detected = false;
    for (String part : names.split("[,+]", -1)) {
      String name = part.strip();
      QuotationMarks marks = MARK_NAMES.get(name);
      if (marks == null) {
        String problem = name.isEmpty() ? "empty name" : "unknown name '" + name + "'";
        throw new IllegalArgumentException(problem + "; expected " + MARK_NAMES_EXPECTED);
      }
      if (marks.isDetected()) {
        detected = true;
      } else {
        styles.addAll(marks.styles());
      }
    }
    if (!detected) {
      return QuotationMarks.of(styles);
    }
    return styles.isEmpty() ? QuotationMarks.auto() : detectedAmong(styles);
  }

  /** Returns the marks detected in each document among {@code styles}. */
  private static QuotationMarks detectedAmong(Set<Style> styles) {
    EnumSet<Style> others = EnumSet.complementOf(EnumSet.copyOf(styles));
    return QuotationMarks.auto().without(others.toArray(Style[]::new));
  }

  /**
   * Returns the canonical name list of quotation marks, which {@link #quotationMarks(String)}
   * reads back: {@code auto} for detected marks, followed, unless they may choose every style, by
   * the name list of their styles; for fixed marks, the first of {@code all}, {@code british},
   * {@code german}, {@code french} and {@code english} that they contain, then each style that it
   * lacks, in declaration order.
   */
  private static String quotationMarksName(Set<Style> styles, boolean detected) {
    if (detected) {
      return styles.size() == Style.values().length
          ? "auto"
          : "auto+" + quotationMarksName(styles, false);
    }
    List<String> names = new ArrayList<>();
    EnumSet<Style> left = EnumSet.copyOf(styles);
    for (String preset : List.of("all", "british", "german", "french", "english")) {
      Set<Style> named = MARK_NAMES.get(preset).styles();
      if (styles.containsAll(named)) {
        names.add(preset);
        left.removeAll(named);
        break;
      }
    }
    for (Style style : left) {
      names.add(styleName(style));
    }
    return String.join("+", names);
  }

  private static String styleName(Style style) {
    return style.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Returns the {@code minUnattributedWords} option. */
  public int minUnattributedWords() {
    return minUnattributedWords;
  }

  /** Returns the {@code minConfidence} option. */
  public double minConfidence() {
    return minConfidence;
  }

  /** Returns the {@code reportedSpeech} option. */
  public boolean reportedSpeech() {
    return reportedSpeech;
  }

  /** Returns the {@code quotationMarks} option. */
  public QuotationMarks quotationMarks() {
    return quotationMarksDetected
        ? detectedAmong(quotationMarks)
        : QuotationMarks.of(quotationMarks);
  }

  /** Returns the {@code explain} option. */
  public boolean explain() {
    return explain;
  }

  /**
   * Returns this spec with {@code minUnattributedWords} set.
   *
   * @throws IllegalArgumentException if {@code words < 0}
   */
  public ExtractorSpec withMinUnattributedWords(int words) {
    return new ExtractorSpec(words, minConfidence, reportedSpeech, quotationMarks(), explain);
  }

  /**
   * Returns this spec with {@code minConfidence} set.
   *
   * @throws IllegalArgumentException if {@code confidence} is not in {@code [0, 1]}
   */
  public ExtractorSpec withMinConfidence(double confidence) {
    return new ExtractorSpec(
        minUnattributedWords, confidence, reportedSpeech, quotationMarks(), explain);
  }

  /** Returns this spec with {@code reportedSpeech} set. */
  public ExtractorSpec withReportedSpeech(boolean enabled) {
    return new ExtractorSpec(
        minUnattributedWords, minConfidence, enabled, quotationMarks(), explain);
  }

  /**
   * Returns this spec with {@code quotationMarks} set.
   *
   * @throws IllegalArgumentException if {@code marks} holds no style
   * @throws NullPointerException if {@code marks} is null
   */
  public ExtractorSpec withQuotationMarks(QuotationMarks marks) {
    requireNonNull(marks, "marks");
    return new ExtractorSpec(
        minUnattributedWords, minConfidence, reportedSpeech, marks, explain);
  }

  /** Returns this spec with {@code explain} set. */
  public ExtractorSpec withExplain(boolean enabled) {
    return new ExtractorSpec(
        minUnattributedWords, minConfidence, reportedSpeech, quotationMarks(), enabled);
  }

  /** Checks a {@code minUnattributedWords} value; the builder checks with it too. */
  static int checkMinUnattributedWords(int words) {
    if (words < 0) {
      throw new IllegalArgumentException(MIN_UNATTRIBUTED_WORDS + " must be >= 0: " + words);
    }
    return words;
  }

  /** Checks a {@code minConfidence} value; the builder checks with it too. */
  static double checkMinConfidence(double confidence) {
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException(MIN_CONFIDENCE + " must lie in [0, 1]: " + confidence);
    }
    return confidence;
  }

  private static int wholeNumber(String key, String value) {
    try {
      int number = Integer.parseInt(value);
      if (number >= 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // Reported below, as for a negative number.
    }
    throw new InvalidValueException(key, value, "expected " + WHOLE_NUMBER);
  }

  private static double confidence(String key, String value) {
    if (DECIMAL.matcher(value).matches()) {
      double confidence = Double.parseDouble(value);
      if (confidence <= 1.0) {
        return confidence;
      }
    }
    throw new InvalidValueException(key, value, "expected " + CONFIDENCE);
  }

  private static boolean bool(String key, String value) {
    return switch (value) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new InvalidValueException(key, value, "expected " + BOOLEAN);
    };
  }

  private static String keyList() {
    return String.join(", ", KEYS);
  }

  private static Map<String, QuotationMarks> markNames() {
    Map<String, QuotationMarks> names = new LinkedHashMap<>();
    names.put("auto", QuotationMarks.auto());
    names.put("english", QuotationMarks.english());
    names.put("british", QuotationMarks.british());
    names.put("german", QuotationMarks.german());
    names.put("french", QuotationMarks.french());
    names.put("all", QuotationMarks.all());
    for (Style style : Style.values()) {
      names.put(styleName(style), QuotationMarks.of(style));
    }
    return names;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExtractorSpec that
        && minUnattributedWords == that.minUnattributedWords
        && Double.compare(minConfidence, that.minConfidence) == 0
        && reportedSpeech == that.reportedSpeech
        && quotationMarks.equals(that.quotationMarks)
        && quotationMarksDetected == that.quotationMarksDetected
        && explain == that.explain;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        minUnattributedWords,
        minConfidence,
        reportedSpeech,
        quotationMarks,
        quotationMarksDetected,
        explain);
  }

  /**
   * Returns the canonical spec string, every key in the order of {@link #KEYS}: {@code
   * minUnattributedWords=2147483647,minConfidence=0.0,reportedSpeech=true,quotationMarks=auto,explain=false}
   * for the defaults of this version. {@link #parse} reads it back into an equal spec.
   */
  @Override
  public String toString() {
    return MIN_UNATTRIBUTED_WORDS
        + "="
        + minUnattributedWords
        + ","
        + MIN_CONFIDENCE
        + "="
        + BigDecimal.valueOf(minConfidence).toPlainString()
        + ","
        + REPORTED_SPEECH
        + "="
        + reportedSpeech
        + ","
        + QUOTATION_MARKS
        + "="
        + quotationMarksName(quotationMarks, quotationMarksDetected)
        + ","
        + EXPLAIN
        + "="
        + explain;
  }

  /**
   * A value that its key does not allow. {@link #problem()} says why without naming the key, so
   * that a command line can name its option instead: {@code "expected a whole number >= 0"}.
   */
  public static final class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String value;
    private final String problem;

    private InvalidValueException(String key, String value, String problem) {
      super("invalid value '" + value + "' for key '" + key + "' (" + problem + ")");
      this.key = key;
      this.value = value;
      this.problem = problem;
    }

    /** Returns the key. */
    public String key() {
      return key;
    }

    /** Returns the value that was refused. */
    public String value() {
      return value;
    }

    /** Returns what is wrong with the value and what is expected. */
    public String problem() {
      return problem;
    }
  }
}
