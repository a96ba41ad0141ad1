package io.github.quotekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a custom {@link Lexicon} changes in the quotations {@link QuoteExtractor} finds. */
class QuoteExtractorLexiconTest {
  private static QuoteExtractor with(Lexicon lexicon) {
    return QuoteExtractor.builder().lexicon(lexicon).build();
  }

  private static List<Optional<String>> speakers(QuoteExtractor extractor, String text) {
    return extractor.extract(text).quotes().stream()
        .map(quote -> quote.speaker().map(Speaker::name))
        .toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "“We will win,” harrumphed Ana Ruiz.",
        "“We will win,” Ana Ruiz harrumphed.",
        "“We will win,” Ana Ruiz harrumphs.",
        "“We will win,” kvetched Ana Ruiz.",
        "“We will win,” Ana Ruiz kvetches."
      })
  void anAddedCueVerbMatchesItsInflectedForms(String text) {
    QuoteExtractor extended =
        with(Lexicon.english().toBuilder().addCueVerbs("harrumph", "kvetch").build());

    assertThat(speakers(Extractors.DEFAULT, text)).isEmpty();
    assertThat(speakers(extended, text)).containsExactly(Optional.of("Ana Ruiz"));
  }

  @Test
  void theCueOfAnAddedVerbHasItsListedLemma() {
    // The lemmatizer alone makes "opined" into "opin".
    QuoteExtractor extended = with(Lexicon.english().toBuilder().addCueVerbs("opine").build());

    Quote quote = extended.extract("“Prices will fall,” opined Ana Ruiz.").quotes().get(0);

    assertThat(quote.cue()).map(Cue::lemma).contains("opine");
  }

  @Test
  void aRemovedCueVerbNoLongerAttributes() {
    String text = "“We will win,” whispered Ana Ruiz.";
    Lexicon lexicon = Lexicon.english();
    List<String> withoutWhisper =
        lexicon.cueVerbs().stream().filter(verb -> !verb.equals("whisper")).toList();

    assertThat(speakers(Extractors.DEFAULT, text)).containsExactly(Optional.of("Ana Ruiz"));
    assertThat(speakers(with(lexicon.toBuilder().cueVerbs(withoutWhisper).build()), text))
        .isEmpty();
  }

  @Test
  void aBlockedSpeakerIsNotReported() {
    String text = "“We will win,” said Ana Ruiz.\n\n“The polls are wrong,” said Tom Baker.";
    Lexicon blocking = Lexicon.english().toBuilder().addSpeakerBlocklist("ana ruiz").build();

    assertThat(speakers(Extractors.DEFAULT, text))
        .containsExactly(Optional.of("Ana Ruiz"), Optional.of("Tom Baker"));
    assertThat(speakers(with(blocking), text)).containsExactly(Optional.of("Tom Baker"));
    assertThat(
            speakers(
                QuoteExtractor.builder().lexicon(blocking).minUnattributedWords(0).build(), text))
        .containsExactly(Optional.empty(), Optional.of("Tom Baker"));
  }

  @Test
  void aBlockedSpeakerIsNotReportedForReportedSpeech() {
    String text = "Ana Ruiz said the polls were wrong.";
    Lexicon blocking = Lexicon.english().toBuilder().addSpeakerBlocklist("Ana Ruiz").build();

    QuoteExtractor.Builder reported = QuoteExtractor.builder().reportedSpeech(true);

    assertThat(speakers(reported.build(), text)).containsExactly(Optional.of("Ana Ruiz"));
    assertThat(speakers(reported.lexicon(blocking).build(), text)).isEmpty();
  }

  @Test
  void anAddedTitleBecomesTheSpeakersTitleAndRole() {
    String text = "“The bridge opens in May,” said Alcaldesa Ana Ruiz.";
    QuoteExtractor extended =
        with(Lexicon.english().toBuilder().addTitle("Alcaldesa", "mayor").build());

    Speaker speaker = extended.extract(text).speakers().get(0);

    assertThat(speaker.name()).isEqualTo("Ana Ruiz");
    assertThat(speaker.title()).contains("Alcaldesa");
    assertThat(speaker.role()).contains("mayor");
  }

  @Test
  void aReplacedTitleListChangesTheParsedTitle() {
    String text = "“The bridge opens in May,” said Sen. Ana Ruiz.";
    QuoteExtractor noSenators = with(Lexicon.english().toBuilder().titles(Map.of()).build());

    assertThat(Extractors.DEFAULT.extract(text).speakers().get(0).title()).contains("Sen.");
    assertThat(noSenators.extract(text).speakers())
        .allSatisfy(speaker -> assertThat(speaker.title()).isEmpty());
  }

  @Test
  void theDefaultLexiconIsTheBundledOne() {
    String text = "“We will win,” said Sen. Ana Ruiz.";

    assertThat(with(Lexicon.english()).extract(text)).isEqualTo(Extractors.DEFAULT.extract(text));
  }

  @Test
  void aNullLexiconIsRejected() {
    assertThatNullPointerException()
        .isThrownBy(() -> QuoteExtractor.builder().lexicon(null))
        .withMessage("lexicon");
  }
}
