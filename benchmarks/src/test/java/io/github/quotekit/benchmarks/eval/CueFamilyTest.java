package io.github.quotekit.benchmarks.eval;

import static io.github.quotekit.benchmarks.eval.CueFamily.ACCORDING_TO;
import static io.github.quotekit.benchmarks.eval.CueFamily.BELIEF;
import static io.github.quotekit.benchmarks.eval.CueFamily.FINDINGS;
import static io.github.quotekit.benchmarks.eval.CueFamily.NO_CUE;
import static io.github.quotekit.benchmarks.eval.CueFamily.OTHER;
import static io.github.quotekit.benchmarks.eval.CueFamily.PUNCTUATION;
import static io.github.quotekit.benchmarks.eval.CueFamily.SPEECH_VERBS;
import static io.github.quotekit.benchmarks.eval.CueFamily.STANCE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link CueFamily}: the families of cues, as the scratch script that defined them gives them. */
class CueFamilyTest {

  @Test
  void missingOrBlankCuesHaveNoCue() {
    assertThat(CueFamily.of(null)).isEqualTo(NO_CUE);
    assertThat(CueFamily.of("")).isEqualTo(NO_CUE);
    // Python's str.strip() removes a no-break space too.
    assertThat(CueFamily.of(" \u00a0\n")).isEqualTo(NO_CUE);
  }

  @Test
  void accordingToWinsOverAnyVerb() {
    assertThat(CueFamily.of("According to")).isEqualTo(ACCORDING_TO);
    assertThat(CueFamily.of("said, according to")).isEqualTo(ACCORDING_TO);
  }

  @Test
  void inflectedVerbsFindTheirFamily() {
    assertThat(CueFamily.of("said")).isEqualTo(SPEECH_VERBS);
    assertThat(CueFamily.of("Noted")).isEqualTo(SPEECH_VERBS);
    assertThat(CueFamily.of("argues")).isEqualTo(SPEECH_VERBS);
    assertThat(CueFamily.of("stressed")).isEqualTo(SPEECH_VERBS);
    assertThat(CueFamily.of("thought")).isEqualTo(BELIEF);
    assertThat(CueFamily.of("worries")).isEqualTo(BELIEF);
    assertThat(CueFamily.of("saw")).isEqualTo(BELIEF);
    assertThat(CueFamily.of("found")).isEqualTo(FINDINGS);
    assertThat(CueFamily.of("estimating")).isEqualTo(FINDINGS);
    assertThat(CueFamily.of("denied")).isEqualTo(STANCE);
    assertThat(CueFamily.of("criticised")).isEqualTo(STANCE);
  }

  @Test
  void theFirstWordWithAFamilyDecides() {
    // "stated" (speech) comes before "belief"; "reported" (findings) before "said".
    assertThat(CueFamily.of("stated her belief")).isEqualTo(SPEECH_VERBS);
    assertThat(CueFamily.of("were reported to have said")).isEqualTo(FINDINGS);
    // The family order breaks no tie within one word: every lemma is in one list only.
    Set<String> seen = new HashSet<>();
    for (CueFamily family : CueFamily.values()) {
      assertThat(family.lemmas()).allSatisfy(l -> assertThat(seen.add(l)).as(l).isTrue());
    }
  }

  @Test
  void cuesWithoutFamilyWordsAreOtherOrPunctuation() {
    assertThat(CueFamily.of("the announcement that")).isEqualTo(OTHER);
    assertThat(CueFamily.of("ordered")).isEqualTo(OTHER);
    assertThat(CueFamily.of(":")).isEqualTo(PUNCTUATION);
    assertThat(CueFamily.of("\u2014")).isEqualTo(PUNCTUATION);
    // Words are ASCII letters only, as in the script's [a-z]+.
    assertThat(CueFamily.of("\u00e9t\u00e9")).isEqualTo(OTHER);
    assertThat(CueFamily.of("\u00e9")).isEqualTo(PUNCTUATION);
  }

  @Test
  void lemmasStripOneEndingOnlyWhenTheResultIsKnown() {
    assertThat(CueFamily.lemma("told")).isEqualTo("tell");
    assertThat(CueFamily.lemma("replied")).isEqualTo("reply");
    assertThat(CueFamily.lemma("agreed")).isEqualTo("agree");
    assertThat(CueFamily.lemma("calling")).isEqualTo("call");
    // An unknown stem leaves the word as it is.
    assertThat(CueFamily.lemma("ordered")).isEqualTo("ordered");
    assertThat(CueFamily.lemma("was")).isEqualTo("was");
  }
}
