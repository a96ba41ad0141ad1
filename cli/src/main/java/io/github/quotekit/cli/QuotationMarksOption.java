package io.github.quotekit.cli;

import static java.util.Objects.requireNonNull;

import io.github.quotekit.QuotationMarks;
import io.github.quotekit.QuotationMarks.Style;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the value of {@code --quotation-marks}: a comma-separated list of preset names ({@code
 * english}, {@code british}, {@code german}, {@code french}, {@code all}) and style names, each a
 * {@link Style} constant in lower case with {@code -} for {@code _} ({@code guillemets}, {@code
 * double-apostrophes}). The marks are those of every name: {@code english,double-apostrophes} is
 * {@code QuotationMarks.english().with(Style.DOUBLE_APOSTROPHES)}. Spaces around a name are
 * ignored and a name may come twice; names are lower case.
 *
 * <p>Public so that the other command-line tools of the project (the benchmarks) read the option
 * the same way.
 */
public final class QuotationMarksOption {

  /** Every accepted name, presets first, and its marks. */
  private static final Map<String, QuotationMarks> NAMES = names();

  private static final String EXPECTED =
      "a comma-separated list of " + String.join(", ", NAMES.keySet());

  private QuotationMarksOption() {}

  /**
   * Returns the quotation marks a {@code --quotation-marks} value names.
   *
   * @param value a comma-separated list of preset and style names, such as {@code
   *     british,guillemets}
   * @return the union of the styles of the names
   * @throws IllegalArgumentException naming the accepted names, when a name is unknown or empty
   *     (as is every name of an empty value)
   * @throws NullPointerException if {@code value} is null
   */
  public static QuotationMarks parse(String value) {
    requireNonNull(value, "value");
    EnumSet<Style> styles = EnumSet.noneOf(Style.class);
    for (String part : value.split(",", -1)) {
      String name = part.strip();
      QuotationMarks marks = NAMES.get(name);
      if (marks == null) {
        String problem = name.isEmpty() ? "empty name" : "unknown name '" + name + "'";
        throw new IllegalArgumentException(problem + "; expected " + EXPECTED);
      }
      styles.addAll(marks.styles());
    }
    return QuotationMarks.of(styles);
  }

  private static Map<String, QuotationMarks> names() {
    Map<String, QuotationMarks> names = new LinkedHashMap<>();
    names.put("english", QuotationMarks.english());
    names.put("british", QuotationMarks.british());
    names.put("german", QuotationMarks.german());
    names.put("french", QuotationMarks.french());
    names.put("all", QuotationMarks.all());
    for (Style style : Style.values()) {
      names.put(style.name().toLowerCase(Locale.ROOT).replace('_', '-'), QuotationMarks.of(style));
    }
    return names;
  }
}
