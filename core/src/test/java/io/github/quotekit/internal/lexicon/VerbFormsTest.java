package io.github.quotekit.internal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.Lexicon;
import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.analysis.TextAnalyzer;
import io.github.quotekit.internal.analysis.Token;
import io.github.quotekit.internal.scan.Paragraphs;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerbFormsTest {
  @Test
  void regularFormsFollowEnglishSpelling() {
    assertThat(VerbForms.regularForms("grumble")).containsExactly("grumbles", "grumbled", "grumbling");
    assertThat(VerbForms.regularForms("deny")).containsExactly("denies", "denied", "denying");
    assertThat(VerbForms.regularForms("convey")).contains("conveys", "conveyed", "conveying");
    assertThat(VerbForms.regularForms("vie")).contains("vies", "vied", "vying");
    assertThat(VerbForms.regularForms("agree")).contains("agrees", "agreed", "agreeing");
    assertThat(VerbForms.regularForms("gush")).contains("gushes", "gushed", "gushing");
    assertThat(VerbForms.regularForms("harrumph")).contains("harrumphs", "harrumphed");
  }

  @Test
  void aFinalConsonantAfterOneVowelGivesBothSpellings() {
    assertThat(VerbForms.regularForms("quip")).contains("quipped", "quipping", "quiped");
    assertThat(VerbForms.regularForms("aver")).contains("averred", "averring", "avered");
    assertThat(VerbForms.regularForms("posit")).contains("posited", "positing");
    assertThat(VerbForms.regularForms("tweet")).doesNotContain("tweetted");
    assertThat(VerbForms.regularForms("show")).doesNotContain("showwed");
  }

  @Test
  void aLemmaOfSeveralWordsHasNoForms() {
    assertThat(VerbForms.regularForms("point out")).isEmpty();
  }

  @Test
  void aListedVerbReplacesTheLemmatizersGuess() {
    String text = "“Prices will fall,” Ana Ruiz opined.";
    AnalyzedText doc = analyze(text);
    Token opined = token(doc, "opined");
    VerbForms listed = new VerbForms(Lexicon.builder().addCueVerbs("opine").build());
    VerbForms unlisted = new VerbForms(Lexicon.builder().addCueVerbs("grumble").build());

    assertThat(opined.lemma()).isNotEqualTo("opine");
    assertThat(token(listed.relemmatise(doc), "opined").lemma()).isEqualTo("opine");
    assertThat(unlisted.relemmatise(doc)).isSameAs(doc);
  }

  @Test
  void aLemmaThatIsAlreadyAListedVerbIsKept() {
    // "posted" could be a form of "poste" too; the lemmatizer's "post" is listed, so it stays.
    AnalyzedText doc = analyze("Ana Ruiz posted a photo.");
    VerbForms forms = new VerbForms(Lexicon.builder().addCueVerbs("post", "poste").build());

    assertThat(token(forms.relemmatise(doc), "posted").lemma()).isEqualTo("post");
  }

  private static AnalyzedText analyze(String text) {
    return TextAnalyzer.english().analyze(text, Paragraphs.of(text), List.of());
  }

  private static Token token(AnalyzedText doc, String text) {
    return doc.tokens().stream().filter(t -> t.text().equals(text)).findFirst().orElseThrow();
  }
}
