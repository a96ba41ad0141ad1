package io.github.quotekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What a rule reads from its {@link RuleContext}, seen through {@link RuleProbe}. */
class RuleContextTest {
  private static final String SAID_NAME = "“We will win,” said Ana Ruiz, the mayor.";

  private static String words(RuleContext context, TokenRange range) {
    return context.tokens().subList(range.begin(), range.end()).stream()
        .map(TaggedToken::text)
        .collect(Collectors.joining(" "));
  }

  @Test
  void quotationAndTheWordsAroundIt() {
    List<List<String>> seen =
        RuleProbe.read(
            SAID_NAME,
            c ->
                List.of(
                    c.quote().textIn(c.text()),
                    c.quoteWithMarks().textIn(c.text()),
                    words(c, c.before()),
                    words(c, c.after()),
                    words(c, c.sentence()),
                    String.valueOf(c.quoteIndex()),
                    String.valueOf(c.opensParagraph())));

    assertThat(seen)
        .containsExactly(
            List.of(
                "We will win,",
                "“We will win,”",
                "",
                "said Ana Ruiz , the mayor .",
                "“ We will win , ” said Ana Ruiz , the mayor .",
                "0",
                "true"));
  }

  @Test
  void aNicknameInANameDoesNotEndTheWordsAfterTheQuotation() {
    List<String> after =
        RuleProbe.read(
                "“Vote!” Marcia “Cia” Price shouted.",
                c -> List.of(words(c, c.after())))
            .get(0);

    assertThat(after).containsExactly("Marcia “ Cia ” Price shouted .");
  }

  @Test
  void tokensCarryTagsLemmasAndPositions() {
    List<String> said =
        RuleProbe.read(
            SAID_NAME,
            c -> {
              TaggedToken verb = c.tokens().get(c.after().begin());
              return verb.text() + "/" + verb.pos() + "/" + verb.lemma() + "/" + verb.quoted()
                  + "/" + (verb.index() == c.after().begin())
                  + "/" + verb.span().textIn(c.text());
            });

    assertThat(said).containsExactly("said/VERB/say/false/true/said");
  }

  @Test
  void candidatesOfTheSentenceOutsideTheQuotation() {
    List<List<String>> candidates =
        RuleProbe.read(
            SAID_NAME,
            c ->
                c.candidates(c.sentence()).stream()
                    .map(s -> s.name() + ":" + s.kind() + ":" + s.speakerKind())
                    .toList());

    assertThat(candidates)
        .containsExactly(List.of("Ana Ruiz:NAME:PERSON", "mayor:NOMINAL:PERSON"));
  }

  @Test
  void candidateStartingOrEndingAtAToken() {
    List<List<String>> found =
        RuleProbe.read(
            SAID_NAME,
            c -> {
              int ana = c.after().begin() + 1;
              return List.of(
                  c.candidateStartingAt(ana, c.after().end()).map(SpeakerCandidate::name)
                      .orElse("-"),
                  c.candidateEndingAt(ana + 1, c.after().begin()).map(SpeakerCandidate::name)
                      .orElse("-"),
                  c.candidateStartingAt(-3, 10).map(SpeakerCandidate::name).orElse("-"),
                  c.candidateStartingAt(ana, 10_000).map(SpeakerCandidate::name).orElse("-"),
                  c.candidateEndingAt(10_000, 0).map(SpeakerCandidate::name).orElse("-"));
            });

    assertThat(found).containsExactly(List.of("Ana Ruiz", "Ana Ruiz", "-", "Ana Ruiz", "-"));
  }

  @Test
  void cueVerbsComeFromTheLexicon() {
    List<List<Boolean>> cues =
        RuleProbe.read(
            SAID_NAME,
            c ->
                List.of(
                    c.isCueVerb(c.tokens().get(c.after().begin())),
                    c.isCueVerb(c.tokens().get(c.after().begin() + 1))));

    assertThat(cues).containsExactly(List.of(true, false));
  }

  @Test
  void lexiconIsTheExtractorsOwn() {
    Lexicon lexicon = Lexicon.english().toBuilder().addCueVerbs("harrumph").build();
    RuleProbe<Boolean> probe = new RuleProbe<>(c -> c.lexicon().isCueVerb("harrumph"));
    QuoteExtractor extractor =
        QuoteExtractor.builder().removeAllRules().addRule(probe).lexicon(lexicon).build();

    assertThat(RuleProbe.readWith(extractor, probe, SAID_NAME)).containsExactly(true);
    assertThat(RuleProbe.read(SAID_NAME, c -> c.lexicon().isCueVerb("harrumph")))
        .containsExactly(false);
  }

  @Test
  void tokenOfAnotherArticleIsRejected() {
    TaggedToken foreign = RuleProbe.read("“No,” he said.", c -> c.tokens().get(0)).get(0);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> RuleProbe.read(SAID_NAME, c -> c.isCueVerb(foreign)))
        .withMessageContaining("not a token of this article");
  }

  @Test
  void previousDecisionIsTheOneTakenForTheQuotationBefore() {
    RuleProbe<Optional<String>> probe =
        new RuleProbe<>(c -> c.previousDecision().flatMap(d -> d.speaker()).map(SpeakerCandidate::name));
    QuoteExtractor extractor = QuoteExtractor.builder().addRule(probe, 0).build();
    List<Optional<String>> previous =
        RuleProbe.readWith(
            extractor, probe, "“We will win,” said Ana Ruiz.\n\n“Not now,” Omar Vance said.");

    assertThat(previous).containsExactly(Optional.empty(), Optional.of("Ana Ruiz"));
  }

  @Test
  void paragraphOfTheQuotation() {
    List<String> paragraphs =
        RuleProbe.read(
            "Ruiz spoke first.\n\nShe said: “We will win.”",
            c -> words(c, c.paragraph()) + " | " + c.opensParagraph());

    assertThat(paragraphs).containsExactly("She said : “ We will win . ” | false");
  }
}
