package io.github.quotekit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {
  @TempDir Path dir;

  @Test
  void englishHoldsTheBundledLists() {
    Lexicon english = Lexicon.english();

    assertThat(english.isCueVerb("say")).isTrue();
    assertThat(english.isCueVerb("eat")).isFalse();
    assertThat(english.isReportingVerb("believe")).isTrue();
    assertThat(english.isReportingVerb("say")).isTrue();
    assertThat(english.isCueVerb("believe")).isFalse();
    assertThat(english.roleOfTitle("sen.")).contains("senator");
    assertThat(english.roleOfTitle("mr.")).contains("");
    assertThat(english.roleOfTitle("colleague")).isEmpty();
    assertThat(english.longestTitleWords()).isEqualTo(3);
    assertThat(english.isOrganisationWord("department")).isTrue();
    assertThat(english.isGroupNoun("officials")).isTrue();
    assertThat(english.isFirstName("Maria")).isTrue();
    assertThat(english.isBlockedSpeaker("yesterday")).isTrue();
    assertThat(english.isBlockedSpeaker("Ana Ruiz")).isFalse();
    assertThat(english).isSameAs(Lexicon.english());
  }

  @Test
  void anEmptyBuilderBuildsAnEmptyLexicon() {
    Lexicon empty = Lexicon.builder().build();

    assertThat(empty.cueVerbs()).isEmpty();
    assertThat(empty.reportingVerbs()).isEmpty();
    assertThat(empty.titles()).isEmpty();
    assertThat(empty.organisationWords()).isEmpty();
    assertThat(empty.groupNouns()).isEmpty();
    assertThat(empty.firstNames()).isEmpty();
    assertThat(empty.speakerBlocklist()).isEmpty();
    assertThat(empty.isCueVerb("say")).isFalse();
    assertThat(empty.longestTitleWords()).isEqualTo(1);
  }

  @Test
  void addExtendsAListAndTheUnaryMethodReplacesIt() {
    Lexicon added = Lexicon.english().toBuilder().addCueVerbs("quip", "grumble").build();
    Lexicon replaced = Lexicon.english().toBuilder().cueVerbs(List.of("grumble")).build();

    assertThat(added.cueVerbs()).contains("say", "quip", "grumble");
    assertThat(replaced.cueVerbs()).containsExactly("grumble");
    assertThat(replaced.reportingVerbs()).isEqualTo(Lexicon.english().reportingVerbs());
  }

  @Test
  void everyListCanBeExtendedAndReplaced() {
    Lexicon lexicon =
        Lexicon.builder()
            .addCueVerbs("grumble")
            .addReportingVerbs(List.of("reckon"))
            .addTitles(Map.of("Alcaldesa", "mayor"))
            .addOrganisationWords("Syndicate")
            .addGroupNouns("pundits")
            .addFirstNames("Zoë")
            .addSpeakerBlocklist("The Weather")
            .build();

    assertThat(lexicon.isCueVerb("grumble")).isTrue();
    assertThat(lexicon.isReportingVerb("reckon")).isTrue();
    assertThat(lexicon.roleOfTitle("alcaldesa")).contains("mayor");
    assertThat(lexicon.isOrganisationWord("syndicate")).isTrue();
    assertThat(lexicon.isGroupNoun("pundits")).isTrue();
    assertThat(lexicon.isFirstName("ZOË")).isTrue();
    assertThat(lexicon.isBlockedSpeaker("the weather")).isTrue();

    Lexicon replaced =
        lexicon.toBuilder()
            .reportingVerbs(List.of())
            .titles(Map.of())
            .organisationWords(List.of())
            .groupNouns(List.of())
            .firstNames(List.of())
            .speakerBlocklist(List.of())
            .build();

    assertThat(replaced).isEqualTo(Lexicon.builder().addCueVerbs("grumble").build());
  }

  @Test
  void entriesAreNormalisedAndLookupsIgnoreCaseAndSpacing() {
    Lexicon lexicon =
        Lexicon.builder()
            .addCueVerbs("  Harrumph ", "harrumph")
            .addTitle(" Deputy\tChief  Whip ", " Whip ")
            .addSpeakerBlocklist("Ana\n Ruiz")
            .build();

    assertThat(lexicon.cueVerbs()).containsExactly("harrumph");
    assertThat(lexicon.titles()).containsExactly(Map.entry("deputy chief whip", "whip"));
    assertThat(lexicon.longestTitleWords()).isEqualTo(3);
    assertThat(lexicon.roleOfTitle("Deputy Chief Whip")).contains("whip");
    assertThat(lexicon.isCueVerb("HARRUMPH")).isTrue();
    assertThat(lexicon.isBlockedSpeaker(" ANA  RUIZ")).isTrue();
    assertThat(lexicon.isBlockedSpeaker("Ana")).isFalse();
  }

  @Test
  void aLaterTitleEntryReplacesTheRole() {
    Lexicon lexicon = Lexicon.builder().addTitle("Chief", "chief").addTitle("CHIEF", "").build();

    assertThat(lexicon.titles()).containsExactly(Map.entry("chief", ""));
  }

  @Test
  void nullsAreRejectedWithTheParameterName() {
    Lexicon.Builder builder = Lexicon.builder();

    assertThatNullPointerException()
        .isThrownBy(() -> builder.addCueVerbs((String[]) null))
        .withMessage("lemmas");
    assertThatNullPointerException()
        .isThrownBy(() -> builder.addCueVerbs("quip", null))
        .withMessage("lemmas[1]");
    assertThatNullPointerException()
        .isThrownBy(() -> builder.organisationWords(null))
        .withMessage("words");
    assertThatNullPointerException()
        .isThrownBy(() -> builder.addSpeakerBlocklist(Arrays.asList("Ana Ruiz", null)))
        .withMessage("names[1]");
    assertThatNullPointerException()
        .isThrownBy(() -> builder.addTitle(null, "mayor"))
        .withMessage("title");
    assertThatNullPointerException()
        .isThrownBy(() -> builder.addTitle("Alcaldesa", null))
        .withMessage("role");
    assertThatNullPointerException().isThrownBy(() -> builder.titles(null)).withMessage("titlesToRoles");
    assertThatNullPointerException()
        .isThrownBy(() -> Lexicon.english().isCueVerb(null));
  }

  @Test
  void blankEntriesAreRejectedAndLeaveTheListUnchanged() {
    Lexicon.Builder builder = Lexicon.builder().addGroupNouns("pundits");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder.groupNouns(List.of("aides", " ")))
        .withMessageContaining("blank group noun")
        .withMessageContaining("nouns[1]");
    assertThatIllegalArgumentException().isThrownBy(() -> builder.addTitle("", "mayor"));
    assertThatIllegalArgumentException().isThrownBy(() -> builder.titles(Map.of("\t", "mayor")));

    assertThat(builder.build().groupNouns()).containsExactly("pundits");
  }

  @Test
  void theListsAreImmutable() {
    Lexicon lexicon = Lexicon.english();

    assertThatThrownBy(() -> lexicon.cueVerbs().add("quip"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> lexicon.titles().put("alcaldesa", "mayor"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> lexicon.speakerBlocklist().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aBuiltLexiconDoesNotChangeWithItsBuilder() {
    Lexicon.Builder builder = Lexicon.builder().addCueVerbs("grumble");
    Lexicon built = builder.build();

    builder.addCueVerbs("quip").speakerBlocklist(List.of("Ana Ruiz"));

    assertThat(built.cueVerbs()).containsExactly("grumble");
    assertThat(built.speakerBlocklist()).isEmpty();
  }

  @Test
  void equalListsMakeEqualLexicons() {
    Lexicon copy = Lexicon.english().toBuilder().build();

    assertThat(copy).isEqualTo(Lexicon.english()).hasSameHashCodeAs(Lexicon.english());
    assertThat(copy.toBuilder().addFirstNames("Zoë").build()).isNotEqualTo(Lexicon.english());
    assertThat(Lexicon.builder().addCueVerbs("b", "a").build())
        .isEqualTo(Lexicon.builder().addCueVerbs("a", "b").build());
    assertThat(Lexicon.english().toString()).startsWith("Lexicon[cueVerbs=");
  }

  @Test
  void readWordsSkipsCommentsAndBlankLines() throws IOException {
    Path file = dir.resolve("verbs.txt");
    Files.writeString(file, "# verbs of my newsroom\n\ngrumble\n  Harrumph  \n# opine\nZoë\n", UTF_8);

    List<String> words = Lexicon.readWords(file);

    assertThat(words).containsExactly("grumble", "Harrumph", "Zoë");
    assertThat(Lexicon.builder().cueVerbs(words).build().cueVerbs())
        .containsExactly("grumble", "harrumph", "zoë");
  }

  @Test
  void readTitlesReadsTitleTabRole() throws IOException {
    Path file = dir.resolve("titles.txt");
    Files.writeString(file, "# title TAB role\nAlcaldesa\tmayor\nDon\nalcaldesa\tlady mayor\n", UTF_8);

    Map<String, String> titles = Lexicon.readTitles(file);

    assertThat(titles).containsExactly(Map.entry("Alcaldesa", "mayor"), Map.entry("Don", ""),
        Map.entry("alcaldesa", "lady mayor"));
    assertThat(Lexicon.builder().titles(titles).build().titles())
        .containsExactly(Map.entry("alcaldesa", "lady mayor"), Map.entry("don", ""));
  }

  @Test
  void aRoleWithoutTitleIsRejected() throws IOException {
    Path file = dir.resolve("titles.txt");
    Files.writeString(file, "mayor\tmayor\n \tsenator\n", UTF_8);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> Lexicon.readTitles(file))
        .withMessageContaining(file.toString());
  }

  @Test
  void aMissingFileIsReportedByName() {
    Path missing = dir.resolve("no-such-list.txt");

    assertThatThrownBy(() -> Lexicon.readWords(missing))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("no-such-list.txt");
    assertThatThrownBy(() -> Lexicon.readTitles(missing)).isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void aFileThatIsNotUtf8IsRejected() throws IOException {
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, new byte[] {'Z', 'o', (byte) 0xEB, '\n'});

    assertThatThrownBy(() -> Lexicon.readWords(latin1))
        .isInstanceOf(CharacterCodingException.class);
  }
}
