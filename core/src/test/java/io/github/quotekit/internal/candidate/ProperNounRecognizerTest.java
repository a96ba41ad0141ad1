package io.github.quotekit.internal.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.EntityRecognizer;
import io.github.quotekit.EntityType;
import io.github.quotekit.Lexicon;
import io.github.quotekit.NamedEntity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProperNounRecognizerTest {
  private static final EntityRecognizer RECOGNIZER = new ProperNounRecognizer(Lexicon.english());

  private static List<String> words(String sentence) {
    return List.of(sentence.split(" "));
  }

  private static List<NamedEntity> recognize(EntityRecognizer recognizer, String sentence, String tags) {
    return recognizer.recognize(words(sentence), words(tags));
  }

  @Test
  void runsOfProperNounsAreUntypedNames() {
    assertThat(
            recognize(
                RECOGNIZER,
                "Ana Ruiz met Tomas in Lisbon .",
                "PROPN PROPN VERB PROPN ADP PROPN PUNCT"))
        .containsExactly(
            new NamedEntity(0, 2, EntityType.OTHER),
            new NamedEntity(3, 4, EntityType.OTHER),
            new NamedEntity(5, 6, EntityType.OTHER));
  }

  @Test
  void aMiddleInitialThatSpellsAnArticleStaysInTheName() {
    assertThat(
            recognize(
                RECOGNIZER, "thanks to Rosa A. Villanueva Soto .", "NOUN ADP PROPN DET PROPN PROPN PUNCT"))
        .containsExactly(new NamedEntity(2, 6, EntityType.OTHER));
    assertThat(
            recognize(
                RECOGNIZER, "thanks to Rosa A . Villanueva .", "NOUN ADP PROPN PROPN PUNCT PROPN PUNCT"))
        .as("the tokenizer split the period off")
        .containsExactly(new NamedEntity(2, 6, EntityType.OTHER));
    assertThat(recognize(RECOGNIZER, "he chose plan A .", "PRON VERB NOUN DET PUNCT")).isEmpty();
  }

  @Test
  void anAmpersandBetweenCapitalisedWordsJoinsOneName() {
    assertThat(recognize(RECOGNIZER, "thanks to Marsh & Vine .", "NOUN ADP PROPN CCONJ PROPN PUNCT"))
        .containsExactly(new NamedEntity(2, 5, EntityType.OTHER));
  }

  @Test
  void aPrepositionOrParticipleThatOpensTheSentenceIsNoName() {
    assertThat(recognize(RECOGNIZER, "Amid what Ana Ruiz called", "PROPN PRON PROPN PROPN VERB"))
        .containsExactly(new NamedEntity(2, 4, EntityType.OTHER));
    assertThat(recognize(RECOGNIZER, "Facing criticism , Ruiz left", "PROPN NOUN PUNCT PROPN VERB"))
        .containsExactly(new NamedEntity(3, 4, EntityType.OTHER));
    assertThat(recognize(RECOGNIZER, "Manning said no", "PROPN VERB DET"))
        .as("a surname in -ing before its verb")
        .containsExactly(new NamedEntity(0, 1, EntityType.OTHER));
  }

  @Test
  void capitalisedContentWordMidSentenceIsAName() {
    assertThat(recognize(RECOGNIZER, "they thanked Harbor Control", "PRON VERB NOUN NOUN"))
        .containsExactly(new NamedEntity(2, 4, EntityType.OTHER));
  }

  @Test
  void functionWordsWeekdaysAndLowerCaseAreNoNames() {
    assertThat(recognize(RECOGNIZER, "On Monday the pier closed", "ADP PROPN DET NOUN VERB")).isEmpty();
  }

  @Test
  void capitalisedCommonWordStartingASentenceNeedsEvidence() {
    assertThat(recognize(RECOGNIZER, "Harbor crews left", "NOUN NOUN VERB")).isEmpty();
    assertThat(recognize(RECOGNIZER, "“ Mira left", "PUNCT NOUN VERB"))
        .as("a given name")
        .containsExactly(new NamedEntity(1, 2, EntityType.OTHER));
    assertThat(recognize(RECOGNIZER, "Commissioner Halloran left", "NOUN NOUN VERB"))
        .as("a title")
        .containsExactly(new NamedEntity(0, 2, EntityType.OTHER));
  }

  @Test
  void unknownCapitalisedWordBeforeACueVerbIsAName() {
    assertThat(recognize(RECOGNIZER, "Whitcombe added :", "ADJ VERB PUNCT"))
        .containsExactly(new NamedEntity(0, 1, EntityType.OTHER));
    assertThat(recognize(RECOGNIZER, "Whitcombe said", "X VERB"))
        .containsExactly(new NamedEntity(0, 1, EntityType.OTHER));
    assertThat(recognize(RECOGNIZER, "Officials said", "NOUN VERB")).as("a common noun").isEmpty();
    assertThat(recognize(RECOGNIZER, "Whitcombe left", "ADJ VERB")).as("no cue").isEmpty();
  }

  @Test
  void givenNamesAndTitlesComeFromTheLexiconItIsGiven() {
    Lexicon local =
        Lexicon.english().toBuilder().addFirstNames("Bright").addTitle("Harbormaster", "").build();
    ProperNounRecognizer english = ProperNounRecognizer.english();
    ProperNounRecognizer withLocal = english.withLexicon(local);

    assertThat(recognize(english, "Bright Okafor left", "ADJ PROPN VERB"))
        .containsExactly(new NamedEntity(1, 2, EntityType.OTHER));
    assertThat(recognize(withLocal, "Bright Okafor left", "ADJ PROPN VERB"))
        .containsExactly(new NamedEntity(0, 2, EntityType.OTHER));
    assertThat(recognize(withLocal, "Harbormaster Okafor left", "NOUN NOUN VERB"))
        .containsExactly(new NamedEntity(0, 2, EntityType.OTHER));
    assertThat(english.withLexicon(Lexicon.english())).isSameAs(english);
  }

  @Test
  void wordCapitalisedMidSentenceElsewhereInTheArticleIsANameEverywhere() {
    EntityRecognizer article =
        RECOGNIZER.forDocument(List.of(words("Halloran left"), words("we thanked Halloran")));

    assertThat(recognize(article, "Halloran left", "NOUN VERB"))
        .containsExactly(new NamedEntity(0, 1, EntityType.OTHER));
    assertThat(recognize(RECOGNIZER, "Halloran left", "NOUN VERB")).isEmpty();
  }

  @Test
  void firstWordOfASentenceOrQuotation() {
    List<String> words = words("( “ Nobody came");

    assertThat(ProperNounRecognizer.isSentenceInitial(words, 2)).isTrue();
    assertThat(ProperNounRecognizer.isSentenceInitial(words, 3)).isFalse();
  }
}
