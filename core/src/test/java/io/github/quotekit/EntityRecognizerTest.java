package io.github.quotekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract between the extractor and any {@link EntityRecognizer}. */
class EntityRecognizerTest {
  /** Neither word is on quotekit's list of given names. */
  private static final String ARTICLE = "“The pier stays shut,” Zorvak Telm said on Tuesday.";

  private static Speaker onlySpeaker(EntityRecognizer recognizer, String text) {
    Extraction extraction = QuoteExtractor.builder().reportedSpeech(false).entityRecognizer(recognizer).build().extract(text);
    assertThat(extraction.quotes()).hasSize(1);
    return extraction.quotes().get(0).speaker().orElseThrow();
  }

  @Test
  void defaultLeavesAnUnknownNameUntyped() {
    Speaker speaker = onlySpeaker(EntityRecognizer.properNouns(), ARTICLE);

    assertThat(speaker.name()).isEqualTo("Zorvak Telm");
    assertThat(speaker.kind()).isEqualTo(SpeakerKind.UNKNOWN);
  }

  @Test
  void recognisedTypeDecidesTheSpeakerKind() {
    Speaker person =
        onlySpeaker(EntityRecognizer.dictionary(Map.of("Zorvak Telm", EntityType.PERSON)), ARTICLE);
    Speaker organisation =
        onlySpeaker(
            EntityRecognizer.dictionary(Map.of("Zorvak Telm", EntityType.ORGANIZATION)), ARTICLE);

    assertThat(person.name()).isEqualTo("Zorvak Telm");
    assertThat(person.kind()).isEqualTo(SpeakerKind.PERSON);
    assertThat(organisation.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  @Test
  void titleBeforeARecognisedPersonJoinsTheMention() {
    Speaker speaker =
        onlySpeaker(
            EntityRecognizer.dictionary(Map.of("Telm", EntityType.PERSON)),
            "“The pier stays shut,” said Sen. Telm.");

    assertThat(speaker.name()).isEqualTo("Telm");
    assertThat(speaker.title()).contains("Sen.");
  }

  @Test
  void namesInsideQuotationsAreNoSpeakers() {
    Extraction extraction =
        QuoteExtractor.builder()
            .entityRecognizer(EntityRecognizer.dictionary(Map.of("Zorvak Telm", EntityType.PERSON)))
            .build()
            .extract("“Zorvak Telm will decide,” she said.");

    assertThat(extraction.speakers()).extracting(Speaker::name).doesNotContain("Zorvak Telm");
  }

  @Test
  void forDocumentSeesTheRunningTextThenEachSentenceIsRecognisedOnTheSameThread() {
    List<List<String>> documents = new ArrayList<>();
    List<List<String>> sentences = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    EntityRecognizer recording =
        new EntityRecognizer() {
          @Override
          public EntityRecognizer forDocument(List<List<String>> running) {
            documents.addAll(running);
            threads.add(Thread.currentThread());
            return (words, tags) -> {
              assertThat(tags).hasSameSizeAs(words);
              sentences.add(words);
              threads.add(Thread.currentThread());
              return List.of();
            };
          }

          @Override
          public List<NamedEntity> recognize(List<String> words, List<String> tags) {
            throw new AssertionError("the extractor asks forDocument first");
          }
        };

    QuoteExtractor.builder()
        .entityRecognizer(recording)
        .build()
        .extract("“The pier stays shut,” Zorvak Telm said.\n\nShe left at noon.");

    assertThat(documents).isEqualTo(sentences);
    assertThat(sentences)
        .containsExactly(
            List.of("“", "The", "pier", "stays", "shut", ",", "”", "Zorvak", "Telm", "said", "."),
            List.of("She", "left", "at", "noon", "."));
    assertThat(threads).containsOnly(Thread.currentThread());
  }

  @Test
  void nameBeyondTheSentenceIsAnError() {
    EntityRecognizer broken = (words, tags) -> List.of(new NamedEntity(0, words.size() + 1, EntityType.PERSON));
    QuoteExtractor extractor = QuoteExtractor.builder().reportedSpeech(false).entityRecognizer(broken).build();

    assertThatIllegalStateException().isThrownBy(() -> extractor.extract(ARTICLE));
  }

  @Test
  void builderRejectsNull() {
    assertThatNullPointerException()
        .isThrownBy(() -> QuoteExtractor.builder().reportedSpeech(false).entityRecognizer(null))
        .withMessage("recognizer");
  }
}
