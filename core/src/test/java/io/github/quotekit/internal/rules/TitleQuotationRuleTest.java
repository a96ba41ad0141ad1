package io.github.quotekit.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.AttributionRule;
import io.github.quotekit.RuleDecision;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TitleQuotationRuleTest extends BuiltInRuleTestCase {
  private static final AttributionRule RULE = new TitleQuotationRule();

  @Override
  protected AttributionRule rule() {
    return RULE;
  }

  private static Optional<RuleDecision> decide(String text, int index) {
    return RULE.attribute(RuleFixture.of(text).context(index));
  }

  @Test
  void aProgrammeNameIsNoSpeech() {
    assertThat(decide("Okafor hosted “The Harbor Hour” on Sunday nights.", 0))
        .hasValueSatisfying(decision -> assertThat(decision.isNotSpeech()).isTrue());
  }

  @Test
  void aProgrammeNameBeforeTheSpeakerOfTheSentenceIsNoSpeech() {
    assertThat(decide("In an interview on “Harbor Tonight,” Mayor Ada Quist said the ferry would run.", 0))
        .hasValueSatisfying(decision -> assertThat(decision.isNotSpeech()).isTrue());
  }

  @Test
  void aCapitalisedSloganThatOpensTheSentenceBeforeACommaMayBeSpeech() {
    assertThat(decide("“Ferries Forever,” Ada Quist told the crowd.", 0)).isEmpty();
  }

  @Test
  void aCapitalisedWordBeforeCommaAndCueIsSpeech() {
    assertThat(decide("Café: “Open,” said Ana Ruiz.", 0)).isEmpty();
  }

  @Test
  void aCapitalisedAnswerAfterACueIsSpeech() {
    assertThat(decide("Asked whether he would resign, Okafor said, “Never.”", 0)).isEmpty();
  }

  @Test
  void aOneWordSentenceIsSpeech() {
    assertThat(decide("“Not yet,” Omar Vance said. “Soon.”", 1)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"The Harbor Hour", "Fox & Friends", "Empire of the Fund", "60 Minutes",
      "Made in the U.S.A."})
  void titles(String words) {
    assertThat(TitleQuotationRule.isTitle(words)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a gift to polluters", "Out!", "Why now?", "We will appeal", "I",
      "The Very Long Name Of A Committee That Nobody Could Ever Remember"})
  void noTitles(String words) {
    assertThat(TitleQuotationRule.isTitle(words)).isFalse();
  }

  @Test
  void aTitleBetweenTwoPartsOfASpeechDoesNotBreakTheContinuation() {
    RuleFixture fixture =
        RuleFixture.of("“We lost,” Okafor said on “The Harbor Hour,” adding, “We will be back.”");

    assertThat(fixture.standardDecisions().get(1)).isEmpty();
    assertThat(fixture.standardDecisions().get(2))
        .hasValueSatisfying(decision -> assertThat(fixture.mentionText(decision)).isEqualTo("Okafor"));
  }
}
