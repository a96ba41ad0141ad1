package io.github.quotekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.quotekit.QuotationMarks.Style;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.EnumSet;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests {@link ExtractorSpec}: parsing, the canonical string, errors and the builder. */
class ExtractorSpecTest {

  private static final long MASTER_SEED = 0x5BEC_2026L;

  private static final String NAMES =
      "auto, english, british, german, french, all, curly-double, straight-double, low-double,"
          + " guillemets, reversed-guillemets, single-guillemets, corner-brackets, curly-single,"
          + " straight-single, double-apostrophes, backticks, joined by ',' or '+'";

  @Test
  void defaultsAreThoseOfANewBuilder() {
    ExtractorSpec defaults = ExtractorSpec.defaults();

    assertThat(defaults).isEqualTo(QuoteExtractor.builder().currentSpec());
    assertThat(defaults.minUnattributedWords()).isEqualTo(Integer.MAX_VALUE);
    assertThat(defaults.minConfidence()).isZero();
    assertThat(defaults.quotationMarks()).isEqualTo(QuotationMarks.auto());
    assertThat(defaults.toString()).contains("quotationMarks=auto,");
    assertThat(defaults.explain()).isFalse();
    assertThat(ExtractorSpec.parse("")).isEqualTo(defaults);
    assertThat(ExtractorSpec.parse("  ")).isEqualTo(defaults);
  }

  @Test
  void parsesTheExampleOfTheJavadoc() {
    ExtractorSpec spec =
        ExtractorSpec.parse(
            "minConfidence=0.8,reportedSpeech=true,quotationMarks=english+double-apostrophes");

    assertThat(spec.minConfidence()).isEqualTo(0.8);
    assertThat(spec.reportedSpeech()).isTrue();
    assertThat(spec.quotationMarks())
        .isEqualTo(QuotationMarks.english().with(Style.DOUBLE_APOSTROPHES));
    assertThat(spec.minUnattributedWords())
        .isEqualTo(ExtractorSpec.defaults().minUnattributedWords());
    assertThat(spec)
        .hasToString(
            "minUnattributedWords=2147483647,minConfidence=0.8,reportedSpeech=true,"
                + "quotationMarks=english+double-apostrophes,explain=false");
  }

  @Test
  void ignoresSpacesAroundKeysAndValues() {
    assertThat(ExtractorSpec.parse(" minUnattributedWords = 4 , explain=true "))
        .isEqualTo(ExtractorSpec.defaults().withMinUnattributedWords(4).withExplain(true));
  }

  @Test
  void namesThePresetsAndStylesOfQuotationMarks() {
    assertThat(ExtractorSpec.quotationMarks("british,guillemets"))
        .isEqualTo(QuotationMarks.british().with(Style.GUILLEMETS));
    assertThat(ExtractorSpec.quotationMarks("german + french"))
        .isEqualTo(QuotationMarks.german().with(Style.GUILLEMETS, Style.SINGLE_GUILLEMETS));
    assertThat(ExtractorSpec.quotationMarks("all,english")).isEqualTo(QuotationMarks.all());
    assertThat(ExtractorSpec.quotationMarks("corner-brackets"))
        .isEqualTo(QuotationMarks.of(Style.CORNER_BRACKETS));
    for (Style style : Style.values()) {
      String name = style.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
      assertThat(ExtractorSpec.quotationMarks(name)).isEqualTo(QuotationMarks.of(style));
    }
  }

  @Test
  void autoWithOtherNamesDetectsAmongTheirStylesOnly() {
    QuotationMarks among = ExtractorSpec.quotationMarks("auto+english+guillemets");

    assertThat(ExtractorSpec.quotationMarks("auto")).isEqualTo(QuotationMarks.auto());
    assertThat(ExtractorSpec.quotationMarks("english,auto,all")).isEqualTo(QuotationMarks.auto());
    assertThat(among.isDetected()).isTrue();
    assertThat(among.styles())
        .containsExactly(Style.CURLY_DOUBLE, Style.STRAIGHT_DOUBLE, Style.GUILLEMETS);
    assertThat(canonicalMarks(among)).isEqualTo("auto+english+guillemets");
    assertThat(canonicalMarks(QuotationMarks.auto())).isEqualTo("auto");
    assertThat(canonicalMarks(QuotationMarks.auto().without(Style.BACKTICKS)))
        .isEqualTo("auto+british+low-double+guillemets+reversed-guillemets+single-guillemets"
            + "+corner-brackets+double-apostrophes");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "klingon|unknown name 'klingon'",
        "english+klingon|unknown name 'klingon'",
        "English|unknown name 'English'",
        "english,|empty name",
        "''|empty name"
      })
  void rejectsUnknownAndEmptyMarkNames(String names, String problem) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ExtractorSpec.quotationMarks(names))
        .withMessage(problem + "; expected a list of " + NAMES);
  }

  @Test
  void canonicalMarksNameTheLargestPresetThenTheOtherStyles() {
    assertThat(canonicalMarks(QuotationMarks.all())).isEqualTo("all");
    assertThat(canonicalMarks(QuotationMarks.british().with(Style.LOW_DOUBLE)))
        .isEqualTo("british+low-double");
    assertThat(canonicalMarks(QuotationMarks.of(Style.GUILLEMETS, Style.CURLY_DOUBLE)))
        .isEqualTo("curly-double+guillemets");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "minUnattributedWords=-1|invalid value '-1' for key 'minUnattributedWords'"
            + " (expected a whole number >= 0)",
        "minUnattributedWords=many|invalid value 'many' for key 'minUnattributedWords'"
            + " (expected a whole number >= 0)",
        "minConfidence=1.5|invalid value '1.5' for key 'minConfidence'"
            + " (expected a decimal number from 0 to 1)",
        "minConfidence=1e-1|invalid value '1e-1' for key 'minConfidence'"
            + " (expected a decimal number from 0 to 1)",
        "reportedSpeech=yes|invalid value 'yes' for key 'reportedSpeech' (expected true or false)",
        "explain=|invalid value '' for key 'explain' (expected true or false)",
        "colour=red|unknown key 'colour' in extractor spec; expected one of minUnattributedWords,"
            + " minConfidence, reportedSpeech, quotationMarks, explain",
        "explain|'explain' in extractor spec is not key=value; keys: minUnattributedWords,"
            + " minConfidence, reportedSpeech, quotationMarks, explain",
        "explain=true,explain=false|key 'explain' given twice in extractor spec",
        "minConfidence=0.5,|'' in extractor spec is not key=value; keys: minUnattributedWords,"
            + " minConfidence, reportedSpeech, quotationMarks, explain"
      })
  void rejectsBadSpecsNamingTheKeyAndTheAllowedValues(String spec, String message) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ExtractorSpec.parse(spec))
        .withMessage(message);
  }

  @Test
  void anInvalidValueSaysWhatIsWrongWithoutTheKey() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ExtractorSpec.defaults().with("quotationMarks", "klingon"))
        .isInstanceOfSatisfying(
            ExtractorSpec.InvalidValueException.class,
            e -> {
              assertThat(e.key()).isEqualTo("quotationMarks");
              assertThat(e.value()).isEqualTo("klingon");
              assertThat(e.problem()).isEqualTo("unknown name 'klingon'; expected a list of " + NAMES);
            });
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.1, 1.01, Double.NaN, Double.POSITIVE_INFINITY})
  void withAndTheBuilderRejectTheSameConfidences(double confidence) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ExtractorSpec.defaults().withMinConfidence(confidence))
        .withMessage("minConfidence must lie in [0, 1]: " + confidence);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> QuoteExtractor.builder().minConfidence(confidence))
        .withMessage("minConfidence must lie in [0, 1]: " + confidence);
  }

  @Test
  void withAndTheBuilderRejectTheSameWordCounts() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ExtractorSpec.defaults().withMinUnattributedWords(-1))
        .withMessage("minUnattributedWords must be >= 0: -1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> QuoteExtractor.builder().minUnattributedWords(-1))
        .withMessage("minUnattributedWords must be >= 0: -1");
  }

  @Test
  void rejectsNoMarksAndNulls() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ExtractorSpec.defaults().withQuotationMarks(QuotationMarks.of()))
        .withMessage("quotationMarks must hold at least one style");
    assertThatNullPointerException().isThrownBy(() -> ExtractorSpec.parse(null));
    assertThatNullPointerException()
        .isThrownBy(() -> QuoteExtractor.builder().spec(null))
        .withMessage("spec");
  }

  @Test
  void theBuilderAppliesEveryOption() {
    ExtractorSpec spec =
        ExtractorSpec.parse(
            "minUnattributedWords=3,minConfidence=0.25,reportedSpeech=true,"
                + "quotationMarks=french,explain=true");

    assertThat(QuoteExtractor.builder().spec(spec).currentSpec()).isEqualTo(spec);
  }

  @Test
  void isSerialisable() throws IOException, ClassNotFoundException {
    assertRoundTrips(ExtractorSpec.parse("minConfidence=0.5,quotationMarks=british"));
    assertRoundTrips(ExtractorSpec.parse("quotationMarks=auto+english+guillemets"));
  }

  private static void assertRoundTrips(ExtractorSpec spec)
      throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(spec);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      Object copy = in.readObject();
      assertThat(copy).isEqualTo(spec).hasSameHashCodeAs(spec).hasToString(spec.toString());
    }
  }

  static LongStream seeds() {
    System.out.println("ExtractorSpecTest master seed: " + Long.toHexString(MASTER_SEED));
    return new Random(MASTER_SEED).longs(200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theCanonicalStringParsesBackIntoAnEqualSpec(long seed) {
    ExtractorSpec spec = randomSpec(new Random(seed));

    ExtractorSpec parsed = ExtractorSpec.parse(spec.toString());

    assertThat(parsed).as("seed %d: %s", seed, spec).isEqualTo(spec).hasSameHashCodeAs(spec);
    assertThat(parsed).hasToString(spec.toString());
  }

  private static ExtractorSpec randomSpec(Random random) {
    EnumSet<Style> styles = EnumSet.noneOf(Style.class);
    for (Style style : Style.values()) {
      if (random.nextInt(3) == 0) {
        styles.add(style);
      }
    }
    if (styles.isEmpty()) {
      styles.add(Style.values()[random.nextInt(Style.values().length)]);
    }
    double confidence =
        switch (random.nextInt(4)) {
          case 0 -> 0.0;
          case 1 -> 1.0;
          case 2 -> random.nextInt(1000) / 1000.0;
          default -> random.nextDouble();
        };
    int words = random.nextBoolean() ? random.nextInt(20) : Integer.MAX_VALUE;
    QuotationMarks marks = QuotationMarks.of(styles);
    if (random.nextBoolean()) {
      marks = QuotationMarks.auto().without(
          EnumSet.complementOf(styles).toArray(Style[]::new));
    }
    return ExtractorSpec.defaults()
        .withMinUnattributedWords(words)
        .withMinConfidence(confidence)
        .withReportedSpeech(random.nextBoolean())
        .withQuotationMarks(marks)
        .withExplain(random.nextBoolean());
  }

  private static String canonicalMarks(QuotationMarks marks) {
    String spec = ExtractorSpec.defaults().withQuotationMarks(marks).toString();
    return spec.replaceFirst(".*quotationMarks=([^,]*).*", "$1");
  }
}
