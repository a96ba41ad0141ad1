package io.github.quotekit.benchmarks.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.quotekit.benchmarks.eval.ErrorReport.Kind;
import org.junit.jupiter.api.Test;

class ErrorReportTest {

  private static ErrorReport fixtureReport() {
    var gold = GoldDocument.load(Fixtures.path(Fixtures.GOLD));
    var pred = Predictions.load(Fixtures.path(Fixtures.PRED), gold);
    return ErrorReport.of("all", Scorer.match(gold, pred, 0));
  }

  @Test
  void countsAgreeWithTheScore() {
    ErrorReport report = fixtureReport();

    // all: gold=11 matched=7 -> 4 missed; pred=12 -> 5 spurious; 7 * (1 - 0.571) -> 3 wrong.
    assertThat(report.count(Kind.MISSED)).isEqualTo(4);
    assertThat(report.count(Kind.SPURIOUS)).isEqualTo(5);
    assertThat(report.count(Kind.WRONG_SPEAKER)).isEqualTo(3);
  }

  @Test
  void classifiesEachErrorByCauseAndRule() {
    ErrorReport report = fixtureReport();

    assertThat(report.items())
        .extracting(ErrorReport.Item::kind, ErrorReport.Item::detail, ErrorReport.Item::rule, ErrorReport.Item::quote)
        .containsExactly(
            tuple(Kind.WRONG_SPEAKER, "mention elsewhere, another speaker", "sentence-cue",
                "We cannot wait for the next storm,"),
            tuple(Kind.WRONG_SPEAKER, "mention elsewhere, name matches the gold entity",
                "split-quote-continuation", "The numbers do not add up,"),
            tuple(Kind.MISSED, "prediction too short (covers < half of the gold unit)",
                "split-quote-continuation", "They never have."),
            tuple(Kind.MISSED, "no overlapping prediction", "-", "reckless,"),
            tuple(Kind.SPURIOUS, "duplicate: its gold unit matched another prediction",
                "quote-comma-name-verb", "We cannot wait for the next storm"),
            tuple(Kind.SPURIOUS, "prediction too short (covers < half of the gold unit)",
                "split-quote-continuation", "They ne"),
            tuple(Kind.SPURIOUS, "no gold unit or attribution overlaps", "sentence-subject",
                "Lowmoor Council"),
            tuple(Kind.SPURIOUS, "no gold unit or attribution overlaps", "-", "passed 5-4"),
            tuple(Kind.WRONG_SPEAKER, "no mention, name shares no capitalised word with the source",
                "sentence-cue", "is in worse shape than anyone expected."),
            tuple(Kind.SPURIOUS, "inside attributed content, not a direct-quote unit",
                "sentence-subject", "the Elm Street bridge will stay closed until spring"),
            tuple(Kind.MISSED, "no overlapping prediction", "-", "Simply the\u00a0best night,"),
            tuple(Kind.MISSED, "no overlapping prediction", "-", "thank you."));
  }

  @Test
  void groupsLargestFirstAndFormatsExamples() {
    ErrorReport report = fixtureReport();

    ErrorReport.Group first = report.groups().get(0);
    assertThat(first.kind()).isEqualTo(Kind.MISSED);
    assertThat(first.detail()).isEqualTo("no overlapping prediction");
    assertThat(first.items()).hasSize(3);

    String text = report.format(1);
    assertThat(text)
        .startsWith("Errors on track \"all\": 4 missed, 5 spurious, 3 wrong speaker")
        .contains("## missed | - | no overlapping prediction (3)")
        .contains("  [harbor] \"reckless,\" | gold source: critics | mention: - | name: -")
        .doesNotContain("[gala]");
    assertThat(report.format(0)).doesNotContain("## ");
  }

  @Test
  void tabulatesPredictionsByRule() {
    ErrorReport report = fixtureReport();

    assertThat(report.rules())
        .filteredOn(r -> r.rule().equals("split-quote-continuation"))
        .singleElement()
        .isEqualTo(new ErrorReport.RuleStats("split-quote-continuation", 3, 2, 1));
    assertThat(report.rules().stream().mapToInt(ErrorReport.RuleStats::predicted).sum()).isEqualTo(12);
  }
}
