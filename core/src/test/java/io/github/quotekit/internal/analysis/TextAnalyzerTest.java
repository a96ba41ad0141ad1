package io.github.quotekit.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.Span;
import io.github.quotekit.internal.scan.Paragraphs;
import io.github.quotekit.internal.scan.QuoteScanner;
import io.github.quotekit.internal.scan.QuotedSegment;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.english();

  /** Analyses {@code text} with the paragraphs and quotations the pipeline would give. */
  private static AnalyzedText analyze(String text) {
    List<Span> quoted =
        QuoteScanner.english().scan(text).stream().map(QuotedSegment::content).toList();
    return ANALYZER.analyze(text, Paragraphs.of(text), quoted);
  }

  private static List<String> sentences(AnalyzedText doc) {
    return doc.sentences().stream().map(s -> s.span().textIn(doc.text())).toList();
  }

  private static List<String> tokens(AnalyzedText doc) {
    return doc.tokens().stream().map(Token::text).toList();
  }

  private static Token token(AnalyzedText doc, String text) {
    return doc.tokens().stream().filter(t -> t.text().equals(text)).findFirst().orElseThrow();
  }

  @Test
  void sentencesDoNotCrossParagraphs() {
    String text = "The council met on Monday\n\nthe vote was close. Ruiz left early.";

    AnalyzedText doc = analyze(text);

    assertThat(sentences(doc))
        .containsExactly("The council met on Monday", "the vote was close.", "Ruiz left early.");
    assertThat(doc.sentences()).extracting(Sentence::paragraph).containsExactly(0, 1, 1);
    for (Sentence sentence : doc.sentences()) {
      assertThat(doc.paragraphs().get(sentence.paragraph()).contains(sentence.span())).isTrue();
    }
  }

  @Test
  void attributionWithTitleAndPartyTagStaysOneSentence() {
    String text = "“We will not back down,” Sen. Ana Ruiz, D-Ore., said on Tuesday. Ruiz left.";

    assertThat(sentences(analyze(text)))
        .containsExactly(
            "“We will not back down,” Sen. Ana Ruiz, D-Ore., said on Tuesday.", "Ruiz left.");
  }

  /** The tokenizer alone splits "Mrs" from its period, and the tagger then misreads "Quist". */
  @Test
  void anAbbreviatedTitleIsOneTokenAndTheNameAfterItAProperNoun() {
    AnalyzedText doc = analyze("In May, Mrs. Quist endorsed the levy. The levy passed, Sen. Abel said.");

    assertThat(tokens(doc)).contains("Mrs.", "Sen.").doesNotContain("Mrs", "Sen");
    assertThat(token(doc, "Quist").pos()).isEqualTo("PROPN");
    assertThat(sentences(doc)).hasSize(2);
  }

  @Test
  void initialInANameDoesNotEndTheSentence() {
    String text = "Omar J. Vance, a harbor pilot, said the channel was too shallow.";

    assertThat(sentences(analyze(text))).containsExactly(text);
  }

  @Test
  void possessiveIsSplitWithOffsetsIntoTheOriginalText() {
    String text = "Ruiz’s office declined to comment.";

    AnalyzedText doc = analyze(text);

    assertThat(tokens(doc)).startsWith("Ruiz", "’s", "office");
    assertThat(doc.token(0).span()).isEqualTo(Span.of(0, 4));
    assertThat(doc.token(1).span()).isEqualTo(Span.of(4, 6));
    assertThat(doc.token(1).text()).isEqualTo("’s");
  }

  @Test
  void negationIsSplitWithItsCurlyApostrophe() {
    String text = "The pier wasn’t ready.";

    AnalyzedText doc = analyze(text);

    assertThat(tokens(doc)).containsExactly("The", "pier", "was", "n’t", "ready", ".");
    assertThat(token(doc, "was").lemma()).isEqualTo("be");
  }

  @Test
  void curlyQuotesAndNoBreakSpacesSeparateTokens() {
    String text = "Ruiz called it a “new\u00A0plan” on\u00A0Monday.";

    AnalyzedText doc = analyze(text);

    assertThat(tokens(doc))
        .containsExactly("Ruiz", "called", "it", "a", "“", "new", "plan", "”", "on", "Monday", ".");
  }

  @Test
  void tokenTextEqualsTheTextItSpans() {
    String text =
        "“We don’t get to choose,” Mayor Rosa Pell said.\u00A0“Not now.”\n\n"
            + "Ortiz’s crew, the ’90s veterans, worked 12\u2009hours\u00A0— she said so.";

    AnalyzedText doc = analyze(text);

    assertThat(doc.tokens()).isNotEmpty();
    for (Token token : doc.tokens()) {
      assertThat(token.text()).isEqualTo(token.span().textIn(text)).isNotBlank();
    }
  }

  @Test
  void tokensAreInOrderAndInsideTheirSentence() {
    String text =
        "“The tide is late,” said Dr. Omar Vance. He left.\n\nThe ferry, says Ruiz, is “gone.”";

    AnalyzedText doc = analyze(text);

    int previousEnd = 0;
    for (Token token : doc.tokens()) {
      assertThat(token.index()).isEqualTo(doc.tokens().indexOf(token));
      assertThat(token.begin()).isGreaterThanOrEqualTo(previousEnd);
      Sentence sentence = doc.sentences().get(token.sentence());
      assertThat(sentence.span().contains(token.span())).isTrue();
      assertThat(token.index()).isBetween(sentence.firstToken(), sentence.endToken() - 1);
      previousEnd = token.end();
    }
    assertThat(doc.sentences().get(0).firstToken()).isZero();
    assertThat(doc.sentences().get(doc.sentences().size() - 1).endToken())
        .isEqualTo(doc.tokens().size());
  }

  @Test
  void tokensInsideQuotationsAreMarkedQuoted() {
    String text = "“The tide is late,” said Ruiz.";

    AnalyzedText doc = analyze(text);

    assertThat(doc.tokens())
        .filteredOn(Token::quoted)
        .extracting(Token::text)
        .containsExactly("The", "tide", "is", "late", ",");
    assertThat(token(doc, "“").quoted()).isFalse();
    assertThat(token(doc, "Ruiz").quoted()).isFalse();
  }

  @Test
  void tagsAndLemmas() {
    AnalyzedText doc = analyze("Sen. Ana Ruiz said the ferries were late.");

    assertThat(token(doc, "Ruiz").isProperNoun()).isTrue();
    assertThat(token(doc, "said").pos()).isEqualTo("VERB");
    assertThat(token(doc, "said").lemma()).isEqualTo("say");
    assertThat(token(doc, "ferries").lemma()).isEqualTo("ferry");
    assertThat(token(doc, "the").lemma()).isEqualTo("the");
    assertThat(token(doc, ".").isPunctuation()).isTrue();
  }

  @Test
  void lookUpsByOffset() {
    String text = "The ferry left. Ruiz waved.\n\nNobody else came.";

    AnalyzedText doc = analyze(text);

    int ruiz = text.indexOf("Ruiz");
    assertThat(doc.sentenceAt(ruiz).span().textIn(text)).isEqualTo("Ruiz waved.");
    assertThat(doc.sentenceAt(text.indexOf("\n")).span().textIn(text)).isEqualTo("Ruiz waved.");
    assertThat(doc.paragraphAt(text.indexOf("Nobody"))).isEqualTo(1);
    assertThat(doc.paragraphAt(text.indexOf("\n"))).isZero();
    assertThat(doc.token(doc.firstTokenFrom(ruiz)).text()).isEqualTo("Ruiz");
    assertThat(doc.token(doc.firstTokenFrom(ruiz - 1)).text()).isEqualTo("Ruiz");
    assertThat(doc.token(doc.firstTokenEndingAfter(ruiz + 1)).text()).isEqualTo("Ruiz");
    assertThat(doc.firstTokenFrom(text.length())).isEqualTo(doc.tokens().size());
  }

  @Test
  void emptyTextHasNothing() {
    AnalyzedText doc = analyze("");

    assertThat(doc.paragraphs()).isEmpty();
    assertThat(doc.sentences()).isEmpty();
    assertThat(doc.tokens()).isEmpty();
  }

  @Test
  void veryLongSentenceIsTaggedInWindows() {
    String text = "the harbor and the pier ".repeat(120) + "said Ruiz.";

    AnalyzedText doc = analyze(text);

    assertThat(doc.tokens()).hasSize(5 * 120 + 3);
    assertThat(doc.tokens()).allSatisfy(t -> assertThat(t.pos()).isNotBlank());
    assertThat(token(doc, "said").lemma()).isEqualTo("say");
  }
}
