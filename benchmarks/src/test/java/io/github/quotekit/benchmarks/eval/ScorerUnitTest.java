package io.github.quotekit.benchmarks.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** score.py's helper functions, case by case (expected values as CPython 3.11 computes them). */
class ScorerUnitTest {

  private static JsonElement json(String s) {
    return JsonParser.parseString(s);
  }

  @Nested
  class Caps {
    @Test
    void keepsCapitalisedWordsStrippedAndLowerCased() {
      // caps("Sen. Marco Rubio's aide") == {"sen", "marco", "rubio"}
      assertThat(Scorer.caps("Sen. Marco Rubio's aide")).containsExactlyInAnyOrder("sen", "marco", "rubio");
    }

    @Test
    void stripsAnyOfTheCharactersFromBothEndsNotASuffix() {
      // "Jones's".strip(".,'’s") == "Jone": str.strip removes characters, not the suffix "'s".
      assertThat(Scorer.caps("Jones's")).containsExactly("jone");
      assertThat(Scorer.caps("Trump\u2019s")).containsExactly("trump");
      // Trailing "s" and "," go too; a leading upper-case "S" stays.
      assertThat(Scorer.caps("Sessions,")).containsExactly("session");
    }

    @Test
    void needsMoreThanOneCharacterBesidesPeriodsAndCommas() {
      // "A." and "I," are one letter; "U.S." is three characters after strip(".,").
      assertThat(Scorer.caps("A. I, U.S. officials")).containsExactly("u.s");
    }

    @Test
    void testsOnlyTheFirstCharacterForUpperCase() {
      assertThat(Scorer.caps("iPhone McDonald \u00c9mile \u00e9mile 'Quoted")).containsExactlyInAnyOrder("mcdonald", "\u00e9mile");
    }

    @Test
    void splitsOnPythonWhitespaceIncludingNoBreakSpace() {
      assertThat(Scorer.caps("Ana\u00a0Ruiz\u2003Lopez")).containsExactlyInAnyOrder("ana", "ruiz", "lopez");
      // U+200B is not whitespace to Python: one word.
      assertThat(Scorer.caps("Ana\u200bRuiz")).containsExactly("ana\u200bruiz");
    }

    @Test
    void emptyAndLowerCaseGiveNothing() {
      assertThat(Scorer.caps("")).isEmpty();
      assertThat(Scorer.caps("the mayor")).isEmpty();
    }
  }

  @Nested
  class Trim {
    @Test
    void removesMarksSpacesCommasAndPeriodsAtBothEnds() {
      PyText t = PyText.of("x \u201cWe will, yes.\u201d, she said");
      // [1, 19) is " “We will, yes.”," -> "We will, yes"
      Interval s = Scorer.trim(t, new Interval(1, 19));
      assertThat(t.slice(s.begin(), s.end())).isEqualTo("We will, yes");
    }

    @Test
    void clampsToTheText() {
      PyText t = PyText.of("\"ab\"");
      assertThat(Scorer.trim(t, new Interval(-5, 99))).isEqualTo(new Interval(1, 3));
    }

    @Test
    void leavesAnEmptyOrInvertedSpanEmpty() {
      PyText t = PyText.of("\"...\"");
      Interval s = Scorer.trim(t, new Interval(0, 5));
      assertThat(s.end()).isLessThanOrEqualTo(s.begin());
      assertThat(Scorer.trim(t, new Interval(4, 2))).isEqualTo(new Interval(4, 2));
    }

    @Test
    void keepsOtherPunctuation() {
      PyText t = PyText.of("(yes!)");
      assertThat(Scorer.trim(t, new Interval(0, 6))).isEqualTo(new Interval(0, 6));
    }
  }

  @Nested
  class Words {
    @Test
    void countsLikePythonSplit() {
      PyText t = PyText.of("  one\ttwo\u00a0three\u3000four\u2028five  ");
      assertThat(Scorer.words(t, new Interval(0, t.length()))).isEqualTo(5);
    }

    @Test
    void indexesCodePointsAndSlicesLikePython() {
      PyText t = PyText.of("\uD83D\uDE00 a b");
      assertThat(t.length()).isEqualTo(5);
      assertThat(Scorer.words(t, new Interval(1, 5))).isEqualTo(2);
      // Negative offsets count from the end, as in text[-3:].
      assertThat(Scorer.words(t, new Interval(-3, 5))).isEqualTo(2);
      assertThat(Scorer.words(t, new Interval(4, 2))).isZero();
    }
  }

  @Nested
  class SpanOf {
    @Test
    void readsEveryKeyPair() {
      assertThat(Scorer.spanOf(json("{\"begin\": 1, \"end\": 2}"))).isEqualTo(new Interval(1, 2));
      assertThat(Scorer.spanOf(json("{\"charBegin\": 3, \"charEnd\": 4}"))).isEqualTo(new Interval(3, 4));
      assertThat(Scorer.spanOf(json("{\"start\": 5, \"end\": 6}"))).isEqualTo(new Interval(5, 6));
    }

    @Test
    void skipsAPairWhoseBeginIsNull() {
      assertThat(Scorer.spanOf(json("{\"begin\": null, \"end\": 9, \"start\": 7}"))).isEqualTo(new Interval(7, 9));
      assertThat(Scorer.spanOf(json("{\"begin\": null, \"end\": 9}"))).isNull();
    }

    @Test
    void followsSpanOrMentionButOnlyTheFirstPresent() {
      assertThat(Scorer.spanOf(json("{\"span\": {\"begin\": 1, \"end\": 2}}"))).isEqualTo(new Interval(1, 2));
      assertThat(Scorer.spanOf(json("{\"mention\": {\"span\": [3, 4]}}"))).isEqualTo(new Interval(3, 4));
      assertThat(Scorer.spanOf(json("{\"span\": null, \"mention\": [3, 4]}"))).isNull();
    }

    @Test
    void readsTwoIntegerArraysIncludingBooleans() {
      assertThat(Scorer.spanOf(json("[10, 20]"))).isEqualTo(new Interval(10, 20));
      assertThat(Scorer.spanOf(json("[false, true]"))).isEqualTo(new Interval(0, 1));
      assertThat(Scorer.spanOf(json("[1.0, 2]"))).isNull();
      assertThat(Scorer.spanOf(json("[1, 2, 3]"))).isNull();
    }

    @Test
    void convertsMemberValuesWithPythonInt() {
      assertThat(Scorer.spanOf(json("{\"begin\": 1.9, \"end\": \" 1_0 \"}"))).isEqualTo(new Interval(1, 10));
      assertThat(Scorer.spanOf(json("{\"begin\": -2.5, \"end\": true}"))).isEqualTo(new Interval(-2, 1));
      assertThatThrownBy(() -> Scorer.spanOf(json("{\"begin\": 1, \"end\": null}")))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Scorer.spanOf(json("{\"begin\": \"1.5\", \"end\": 2}")))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsNoSnakeCaseKeys() {
      // score.py's docstring mentions snake_case, but span_of only knows these spellings.
      assertThat(Scorer.spanOf(json("{\"char_begin\": 1, \"char_end\": 2}"))).isNull();
    }

    @Test
    void ignoresOtherValues() {
      assertThat(Scorer.spanOf(null)).isNull();
      assertThat(Scorer.spanOf(json("null"))).isNull();
      assertThat(Scorer.spanOf(json("\"1-2\""))).isNull();
      assertThat(Scorer.spanOf(json("{}"))).isNull();
    }
  }

  @Nested
  class SpeakerName {
    @Test
    void readsStringsAndObjects() {
      assertThat(Scorer.speakerName(json("{\"speaker\": \"Ana\"}")).getAsString()).isEqualTo("Ana");
      assertThat(Scorer.speakerName(json("{\"speakerName\": \"Bo\"}")).getAsString()).isEqualTo("Bo");
      assertThat(Scorer.speakerName(json("{\"speaker_name\": \"Cy\"}")).getAsString()).isEqualTo("Cy");
      assertThat(Scorer.speakerName(json("{\"speaker\": {\"name\": \"Di\", \"text\": \"x\"}}")).getAsString()).isEqualTo("Di");
      assertThat(Scorer.speakerName(json("{\"speaker\": {\"canonicalName\": \"Ed\"}}")).getAsString()).isEqualTo("Ed");
      assertThat(Scorer.speakerName(json("{\"speaker\": {\"text\": \"Flo\"}}")).getAsString()).isEqualTo("Flo");
    }

    @Test
    void theFirstKeyPresentWinsEvenWhenNull() {
      assertThat(Scorer.speakerName(json("{\"speaker\": null, \"speakerName\": \"Bo\"}"))).isNull();
      assertThat(Scorer.speakerName(json("{\"speaker\": {\"id\": 3}}"))).isNull();
      assertThat(Scorer.speakerName(json("[1, 2]"))).isNull();
    }
  }

  @Nested
  class SpeakerOk {
    private final List<Interval> source = List.of(new Interval(10, 20));

    private Prediction pred(Interval mention, String name) {
      return new Prediction(new Interval(0, 5), mention, name == null ? null : json("\"" + name + "\""), null);
    }

    @Test
    void noSourceWantsNoSpeaker() {
      assertThat(Scorer.speakerOk(List.of(), "", pred(null, null))).isTrue();
      assertThat(Scorer.speakerOk(List.of(), "", pred(null, ""))).isTrue();
      assertThat(Scorer.speakerOk(List.of(), "", pred(null, "Ana"))).isFalse();
      assertThat(Scorer.speakerOk(List.of(), "", pred(new Interval(0, 1), null))).isFalse();
    }

    @Test
    void aMentionMustOverlapTheSourceWhateverTheName() {
      assertThat(Scorer.speakerOk(source, "Ana Ruiz", pred(new Interval(19, 25), "Bo"))).isTrue();
      assertThat(Scorer.speakerOk(source, "Ana Ruiz", pred(new Interval(20, 25), "Ana Ruiz"))).isFalse();
    }

    @Test
    void aBareNameMustShareACapitalisedWord() {
      assertThat(Scorer.speakerOk(source, "Mayor Ana Ruiz", pred(null, "Ruiz"))).isTrue();
      assertThat(Scorer.speakerOk(source, "the mayor", pred(null, "Mayor"))).isFalse();
      assertThat(Scorer.speakerOk(source, "Ana Ruiz", pred(null, null))).isFalse();
    }
  }
}
