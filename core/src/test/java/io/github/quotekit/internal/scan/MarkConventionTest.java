package io.github.quotekit.internal.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.quotekit.QuotationMarks;
import io.github.quotekit.QuotationMarks.Style;
import org.junit.jupiter.api.Test;

/** Tests the detection rule of {@link QuotationMarks#auto()}, one kind of pair at a time. */
class MarkConventionTest {
  /** The marks every document gets. */
  private static final QuotationMarks ENGLISH = QuotationMarks.english().with(Style.BACKTICKS);

  private static QuotationMarks detect(String text) {
    return MarkConvention.detect(text, QuotationMarks.auto());
  }

  @Test
  void englishDoubleMarksAreAlwaysThere() {
    assertThat(detect("")).isEqualTo(ENGLISH);
    assertThat(detect("No quotation here, and the players' union didn't mind.")).isEqualTo(ENGLISH);
    assertThat(detect("“We rebuild,” she said. \"Now,\" he said.")).isEqualTo(ENGLISH);
  }

  @Test
  void onePairOfTwoApostrophesAddsThem() {
    assertThat(detect("''We rebuild,'' she said."))
        .isEqualTo(ENGLISH.with(Style.DOUBLE_APOSTROPHES));
  }

  @Test
  void twoApostrophesThatPairWithNothingChangeNothing() {
    String typos =
        "“We rebuild,'' she said. “Not now,” he said. The owners'' group met. “Fine,'' Ortiz said.";

    assertThat(detect(typos)).isEqualTo(ENGLISH);
  }

  @Test
  void backticksPairWithTwoApostrophes() {
    assertThat(detect("``We rebuild,'' she said.")).isEqualTo(ENGLISH);
    assertThat(detect("`` We rebuild , '' she said .")).isEqualTo(ENGLISH);
    assertThat(detect("``One,'' ``two,'' ``three,'' ‘four’ and ‘five’ and ‘six’ and ‘seven’."))
        .as("they count as double pairs")
        .isEqualTo(ENGLISH);
  }

  @Test
  void guillemetsPointingOutwardsOrInwards() {
    assertThat(detect("« Nous restons », dit-elle."))
        .isEqualTo(QuotationMarks.french().with(Style.BACKTICKS));
    assertThat(detect("»Wir bleiben«, sagte sie."))
        .isEqualTo(ENGLISH.with(Style.REVERSED_GUILLEMETS));
    assertThat(detect("«Oui», »Nein« und «Non»."))
        .as("the style with more pairs wins")
        .isEqualTo(QuotationMarks.french().with(Style.BACKTICKS));
  }

  @Test
  void lowMarksAndCornerBrackets() {
    assertThat(detect("„Wir bleiben“, sagte sie.")).isEqualTo(ENGLISH.with(Style.LOW_DOUBLE));
    assertThat(detect("「我们留下」，她说。")).isEqualTo(ENGLISH.with(Style.CORNER_BRACKETS));
  }

  @Test
  void singleMarksOnlyWhereTheyAreClearlyThePrimaryMarks() {
    String british = "‘We stay,’ said Ana Ruiz. ‘We always have.’ 'Not now,' Dana Ortiz said.";
    String nested =
        "“He told me ‘no’ and ‘never,’” she said. “‘Later,’ he said,” Ortiz recalled."
            + " “We wait,” she added.";
    String headline = "Mayor calls plan ‘a disgrace’\n\nThe mayor spoke on Monday.";

    assertThat(detect(british)).isEqualTo(QuotationMarks.british().with(Style.BACKTICKS));
    assertThat(detect(nested)).as("nested single quotes do not count").isEqualTo(ENGLISH);
    assertThat(detect(headline)).as("one pair is too few").isEqualTo(ENGLISH);
    assertThat(detect(british + " “One,” “two,” “three.”"))
        .as("no more than twice as many single pairs as double ones")
        .isEqualTo(ENGLISH);
    assertThat(detect("Rock 'n' roll in the '90s, O'Neill's 'em and Jones' band."))
        .isEqualTo(ENGLISH);
  }

  @Test
  void onlyTheStylesToChooseFromAreChosen() {
    QuotationMarks noArchive = QuotationMarks.auto().without(Style.DOUBLE_APOSTROPHES);

    assertThat(MarkConvention.detect("''We rebuild,'' she said.", noArchive)).isEqualTo(ENGLISH);
    assertThat(MarkConvention.detect("''We rebuild,'' she said.", QuotationMarks.british()))
        .as("fixed marks are their own")
        .isEqualTo(QuotationMarks.british());
  }

  @Test
  void rejectsNulls() {
    assertThatNullPointerException()
        .isThrownBy(() -> MarkConvention.detect(null, QuotationMarks.auto()))
        .withMessage("text");
    assertThatNullPointerException()
        .isThrownBy(() -> MarkConvention.detect("", null))
        .withMessage("marks");
  }
}
