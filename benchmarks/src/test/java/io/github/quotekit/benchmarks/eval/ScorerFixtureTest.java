package io.github.quotekit.benchmarks.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The port against figures score.py computed on the fixtures.
 *
 * <p>Expected values and resource files come from running the reference scorer once, in
 * src/test/resources/eval:
 *
 * <pre>
 * python3 /work/shared/tools/score.py gold.jsonl predictions.jsonl --json
 * python3 /work/shared/tools/score.py gold.jsonl predictions.jsonl > score-py.txt
 * python3 /work/shared/tools/score.py gold.jsonl predictions.jsonl --json > score-py.json
 * python3 /work/shared/tools/score.py gold.jsonl predictions.jsonl --errors 100 2> score-py-errors.txt
 * python3 /work/shared/tools/score.py single-gold.json single-pred.json --json
 * </pre>
 *
 * <p>What the fixtures exercise: exact matches; a prediction covering exactly half of a gold unit
 * (matches) and one a character short (does not); quotation marks inside predicted spans; a
 * mention elsewhere with the right name (wrong speaker, right entity); name-only speakers, right
 * and wrong; an equal-overlap tie (the later prediction wins, as in Python's reverse tuple sort);
 * spurious and missed quotes; every span and field spelling score.py accepts; emojis before
 * quotes; a no-break space between words; attributions, direct and indirect; a gold unit without
 * source predicted without speaker; an unpredicted article and a predicted article not in gold.
 */
class ScorerFixtureTest {

  private static void assertTrack(
      TrackScore t,
      int gold,
      int pred,
      int matched,
      double[] quote,
      double speakerAcc,
      Double entityAcc,
      double[] attr) {
    assertThat(t.gold()).isEqualTo(gold);
    assertThat(t.pred()).isEqualTo(pred);
    assertThat(t.matched()).isEqualTo(matched);
    assertThat(t.quoteP()).isCloseTo(quote[0], within(5e-4));
    assertThat(t.quoteR()).isCloseTo(quote[1], within(5e-4));
    assertThat(t.quoteF1()).isCloseTo(quote[2], within(5e-4));
    assertThat(t.speakerAcc()).isCloseTo(speakerAcc, within(5e-4));
    if (entityAcc == null) {
      assertThat(t.entityAcc()).isNull();
    } else {
      assertThat(t.entityAcc()).isCloseTo(entityAcc, within(5e-4));
    }
    assertThat(t.attrP()).isCloseTo(attr[0], within(5e-4));
    assertThat(t.attrR()).isCloseTo(attr[1], within(5e-4));
    assertThat(t.attrF1()).isCloseTo(attr[2], within(5e-4));
  }

  @Test
  void everyFieldOfEveryTrackEqualsScorePy() {
    Scores s = Fixtures.score(Fixtures.GOLD, Fixtures.PRED);

    assertThat(s.tracks().keySet()).containsExactly("all", "long", "attributions");
    assertTrack(
        s.track("all"), 11, 12, 7,
        new double[] {0.583, 0.636, 0.609}, 0.571, 0.800,
        new double[] {0.333, 0.364, 0.348});
    assertTrack(
        s.track("long"), 7, 8, 5,
        new double[] {0.625, 0.714, 0.667}, 0.600, 0.667,
        new double[] {0.375, 0.429, 0.400});
    assertTrack(
        s.track("attributions"), 3, 12, 3,
        new double[] {0.250, 1.000, 0.400}, 0.667, null,
        new double[] {0.167, 0.667, 0.267});
  }

  @Test
  void textOutputEqualsScorePy() {
    Scores s = Fixtures.score(Fixtures.GOLD, Fixtures.PRED);

    assertThat(s.text()).isEqualTo(Fixtures.read("score-py.txt"));
  }

  @Test
  void jsonOutputEqualsScorePyToTheLastDigit() {
    Scores s = Fixtures.score(Fixtures.GOLD, Fixtures.PRED);

    assertThat(s.json() + "\n").isEqualTo(Fixtures.read("score-py.json"));
  }

  @Test
  void errorLinesEqualScorePy() {
    var gold = GoldDocument.load(Fixtures.path(Fixtures.GOLD));
    var pred = Predictions.load(Fixtures.path(Fixtures.PRED), gold);

    List<String> lines = ErrorReport.scorePyLines(Scorer.match(gold, pred, 0));

    assertThat(String.join("\n", lines) + "\n").isEqualTo(Fixtures.read("score-py-errors.txt"));
  }

  @Test
  void emojiShiftsTheLongTrackAsInPython() {
    // In "river" an emoji precedes "I do not know," (four words at its UTF-16 offsets). Python
    // slices code points, sees " do not know,”" (three words) and leaves the unit out of the long
    // track, while the prediction, trimmed in the same shifted view, keeps four words and becomes
    // spurious there. Indexing UTF-16 would give gold=8 pred=8 matched=6.
    var gold = GoldDocument.load(Fixtures.path(Fixtures.GOLD));
    var pred = Predictions.load(Fixtures.path(Fixtures.PRED), gold);
    DocumentMatch river = Scorer.match(gold, pred, Scorer.LONG_MIN_WORDS).get(1);

    assertThat(river.doc().idString()).isEqualTo("river");
    assertThat(river.golds()).extracting(GoldQuote::text).containsExactly("but they are back for good.");
    assertThat(river.preds()).hasSize(2);
    assertThat(river.preds().get(0).span()).isEqualTo(new Interval(27, 40));
    assertThat(river.matches()).hasSize(1);
  }

  @Test
  void singleObjectGoldAndArrayPredictionsWithoutId() {
    // single-gold.json is one pretty-printed object, single-pred.json an array holding one object
    // without "id", which score.py gives to the only gold article.
    Scores s = Fixtures.score(Fixtures.SINGLE_GOLD, Fixtures.SINGLE_PRED);

    assertThat(s.tracks().keySet()).containsExactly("all", "long");
    assertTrack(
        s.track("all"), 2, 2, 2,
        new double[] {1.0, 1.0, 1.0}, 0.5, 1.0,
        new double[] {0.5, 0.5, 0.5});
    assertTrack(
        s.track("long"), 1, 1, 1,
        new double[] {1.0, 1.0, 1.0}, 1.0, 1.0,
        new double[] {1.0, 1.0, 1.0});
    assertThat(s.json() + "\n").isEqualTo(Fixtures.read("single-score-py.json"));
  }
}
