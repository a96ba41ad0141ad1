package io.github.quotekit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.quotekit.QuotationMarks;
import io.github.quotekit.QuotationMarks.Style;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests {@link QuotationMarksOption}: the names, lists of them and the errors. */
class QuotationMarksOptionTest {
  private static final String ACCEPTED =
      "expected a comma-separated list of english, british, german, french, all, curly-double,"
          + " straight-double, low-double, guillemets, reversed-guillemets, single-guillemets,"
          + " corner-brackets, curly-single, straight-single, double-apostrophes";

  static Stream<Arguments> presets() {
    return Stream.of(
        Arguments.of("english", QuotationMarks.english()),
        Arguments.of("british", QuotationMarks.british()),
        Arguments.of("german", QuotationMarks.german()),
        Arguments.of("french", QuotationMarks.french()),
        Arguments.of("all", QuotationMarks.all()));
  }

  @ParameterizedTest
  @MethodSource("presets")
  void presetNames(String name, QuotationMarks preset) {
    assertThat(QuotationMarksOption.parse(name)).isEqualTo(preset);
  }

  @ParameterizedTest
  @EnumSource(Style.class)
  void styleNames(Style style) {
    String name = style.name().toLowerCase(Locale.ROOT).replace('_', '-');

    assertThat(QuotationMarksOption.parse(name)).isEqualTo(QuotationMarks.of(style));
  }

  @Test
  void styleNamesAreTheDocumentedOnes() {
    List<String> names =
        List.of(
            "curly-double", "straight-double", "low-double", "guillemets", "reversed-guillemets",
            "single-guillemets", "corner-brackets", "curly-single", "straight-single",
            "double-apostrophes");

    assertThat(names.stream().map(QuotationMarksOption::parse))
        .containsExactlyElementsOf(
            Arrays.stream(Style.values()).map(QuotationMarks::of).toList());
  }

  @Test
  void aListGivesTheUnionOfItsNames() {
    assertThat(QuotationMarksOption.parse("english,double-apostrophes"))
        .isEqualTo(QuotationMarks.english().with(Style.DOUBLE_APOSTROPHES));
    assertThat(QuotationMarksOption.parse("british,guillemets"))
        .isEqualTo(QuotationMarks.british().with(Style.GUILLEMETS));
    assertThat(QuotationMarksOption.parse("german,french"))
        .isEqualTo(QuotationMarks.german().with(Style.GUILLEMETS, Style.SINGLE_GUILLEMETS));
    assertThat(QuotationMarksOption.parse("guillemets,corner-brackets"))
        .isEqualTo(QuotationMarks.of(Style.GUILLEMETS, Style.CORNER_BRACKETS));
    assertThat(QuotationMarksOption.parse("all,english")).isEqualTo(QuotationMarks.all());
  }

  @Test
  void namesMayComeTwice() {
    assertThat(QuotationMarksOption.parse("english,english")).isEqualTo(QuotationMarks.english());
    assertThat(QuotationMarksOption.parse("british,straight-single,curly-single"))
        .isEqualTo(QuotationMarks.british());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        " english,double-apostrophes",
        "english , double-apostrophes",
        "english,\tdouble-apostrophes ",
        "english, double-apostrophes"
      })
  void spacesAroundNamesAreIgnored(String value) {
    assertThat(QuotationMarksOption.parse(value))
        .isEqualTo(QuotationMarks.english().with(Style.DOUBLE_APOSTROPHES));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "klingon", "english,klingon", "English", "double_apostrophes", "DOUBLE_APOSTROPHES",
        "double apostrophes"
      })
  void unknownNamesAreRejectedWithTheAcceptedOnes(String value) {
    String unknown =
        Arrays.stream(value.split(",")).filter(n -> !n.equals("english")).findFirst().orElseThrow();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> QuotationMarksOption.parse(value))
        .withMessage("unknown name '" + unknown + "'; " + ACCEPTED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", ",", "english,", ",english", "english,,french", "english, "})
  void emptyNamesAreRejectedWithTheAcceptedOnes(String value) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> QuotationMarksOption.parse(value))
        .withMessage("empty name; " + ACCEPTED);
  }

  @Test
  void nullIsRejectedByName() {
    assertThatNullPointerException()
        .isThrownBy(() -> QuotationMarksOption.parse(null))
        .withMessage("value");
  }
}
