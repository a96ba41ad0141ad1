package io.github.quotekit.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.AttributionRule;
import io.github.quotekit.internal.rules.RuleFixture.Seen;
import org.junit.jupiter.api.Test;

class PreviousSentenceSubjectRuleTest extends BuiltInRuleTestCase {
  private static final AttributionRule RULE = new PreviousSentenceSubjectRule();

  @Override
  protected AttributionRule rule() {
    return RULE;
  }

  @Test
  void quotationAfterASentenceWhosePronounSubjectActs() {
    assertThat(
            RuleFixture.of("The coach walked to the bench. She shook her head. “Not tonight.”")
                .seen(RULE, 0))
        .contains(new Seen("She", null, null, "previous-sentence-subject"));
  }

  @Test
  void quotationAfterASentenceWhoseNamedSubjectActs() {
    assertThat(
            RuleFixture.of("Dana Ortiz smiled at the crowd. “We tested every section twice.”")
                .seen(RULE, 0))
        .contains(new Seen("Dana Ortiz", null, null, "previous-sentence-subject"));
  }

  @Test
  void aCueInAnOpeningPhraseIsNoAttribution() {
    assertThat(
            RuleFixture.of(
                    "Asked about the levee, Dana Ortiz shrugged. “We tested every section twice.”")
                .seen(RULE, 0))
        .map(Seen::mention)
        .contains("Dana Ortiz");
  }

  @Test
  void subjectThatIsNoPerson() {
    assertThat(
            RuleFixture.of("The levee was built in 1962. “We tested every section twice.”")
                .seen(RULE))
        .isEmpty();
  }

  @Test
  void sentenceBeforeWithACueIsLeftToTheCueRules() {
    assertThat(
            RuleFixture.of("Dana Ortiz said the levee would hold. “We tested it twice.”")
                .seen(RULE))
        .isEmpty();
  }

  @Test
  void wordsAfterTheQuotationAreAnAttributionOfItsOwn() {
    assertThat(
            RuleFixture.of(
                    "Dana Ortiz smiled at the crowd. “We tested it twice,” one engineer told the"
                        + " station.")
                .seen(RULE))
        .isEmpty();
  }

  @Test
  void sentenceBeforeInAnotherParagraph() {
    assertThat(
            RuleFixture.of("Dana Ortiz smiled at the crowd.\n\n“We tested every section twice.”")
                .seen(RULE))
        .isEmpty();
  }
}
