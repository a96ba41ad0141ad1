package io.github.quotekit.internal.attribution;

import io.github.quotekit.internal.rules.BuiltInRules;
import io.github.quotekit.internal.rules.RuleFixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quotekit.AttributionRule;
import io.github.quotekit.Explanation.RuleTrial;
import io.github.quotekit.RuleContext;
import io.github.quotekit.RuleDecision;
import io.github.quotekit.RuleScope;
import io.github.quotekit.TokenRange;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The built-in reported-speech chain, asked sentence by sentence by the engine. */
class ReportedSpeechAttributorTest {
  private final ReportedSpeechAttributor attributor =
      new ReportedSpeechAttributor(BuiltInRules.all(), false);

  private record Found(
      String content, String mention, String cue, String rule, boolean mixed, boolean sourceless) {
    Found(String content, String mention, String cue, String rule, boolean mixed) {
      this(content, mention, cue, rule, mixed, false);
    }
  }

  private List<Found> find(String text) {
    RuleFixture fixture = RuleFixture.of(text);
    return attributor.attribute(fixture.finder(), fixture.segments()).stream()
        .map(
            s ->
                new Found(
                    s.content().textIn(text),
                    s.source().map(m -> m.span().textIn(text)).orElse(null),
                    s.cue().map(c -> c.lemma()).orElse(null),
                    s.rule(),
                    s.mixed(),
                    s.sourceless()))
        .toList();
  }

  @Test
  void clauseAfterTheCueIsTheContent() {
    assertThat(find("Mayor Ana Ruiz said the dredging would start in May."))
        .containsExactly(
            new Found("the dredging would start in May", "Mayor Ana Ruiz", "say",
                "reported-cue-first", false));
  }

  @Test
  void contentAfterAListenerStartsAtThat() {
    assertThat(find("Ruiz told reporters that the channel would reopen."))
        .extracting(Found::content)
        .containsExactly("that the channel would reopen");
  }

  @Test
  void clauseBeforeAClosingAttribution() {
    assertThat(find("The dredging will start in May, officials said."))
        .containsExactly(
            new Found("The dredging will start in May", "officials", "say", "reported-cue-last",
                false));
  }

  @Test
  void accordingToBeforeOrAfterTheContent() {
    assertThat(find("According to the Harbor Authority, the channel is six feet deep."))
        .extracting(Found::content, Found::mention, Found::cue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "the channel is six feet deep", "the Harbor Authority", "according to"));
    assertThat(find("The channel is six feet deep, according to the Harbor Authority."))
        .extracting(Found::content)
        .containsExactly("The channel is six feet deep");
  }

  @Test
  void participleAfterACommaClosesTheContentAndOpensTheNext() {
    assertThat(find("Ruiz said the pier was unsafe, adding that repairs would take a year."))
        .extracting(Found::content, Found::mention, Found::cue, Found::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "the pier was unsafe", "Ruiz", "say", "reported-cue-first"),
            org.assertj.core.groups.Tuple.tuple(
                "that repairs would take a year", "Ruiz", "add", "reported-follow-up"));
  }

  @Test
  void secondVerbOfTheSameSpeakerSplitsTheContent() {
    assertThat(find("Ruiz posted a photograph of the pier and said it had been damaged."))
        .extracting(Found::content, Found::cue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a photograph of the pier", "post"),
            org.assertj.core.groups.Tuple.tuple("it had been damaged", "say"));
  }

  @Test
  void verbAfterAndInsideTheContentBelongsToIt() {
    assertThat(find("Ruiz said the crews would go and inspect the pier."))
        .extracting(Found::content)
        .containsExactly("the crews would go and inspect the pier");
  }

  @Test
  void contentHoldingAQuotationIsMixed() {
    assertThat(find("Ruiz said she was “in no hurry” to dredge the harbor."))
        .extracting(Found::content, Found::mixed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("she was “in no hurry” to dredge the harbor", true));
  }

  @Test
  void sentencesWithoutAReportingVerbReportNothing() {
    assertThat(find("The ferry left at noon. Gulls followed it out of the harbor.")).isEmpty();
  }

  @Test
  void contentRunsAcrossAnAttributionThatSplitsTheSentence() {
    assertThat(find("The new ferry, Ruiz said, will sail twice a day from June."))
        .extracting(Found::content, Found::mention, Found::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "The new ferry, Ruiz said, will sail twice a day from June", "Ruiz",
                "reported-cue-inside"));
    assertThat(find("The talks, she said, will resume."))
        .extracting(Found::content)
        .containsExactly("The talks, she said, will resume");
  }

  @Test
  void closingAttributionMayNameTheSpeakerWithAnAppositive() {
    assertThat(find("The pier is unsafe, said Lena Osei, the harbor master of Calloway."))
        .extracting(Found::content, Found::mention)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("The pier is unsafe", "Lena Osei"));
  }

  @Test
  void closingAttributionAfterUnpairedDoubleApostrophes() {
    assertThat(find("''The pier is unsafe for anyone,'' Osei said."))
        .extracting(Found::content, Found::mention, Found::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "The pier is unsafe for anyone", "Osei", "reported-cue-last"));
  }

  @Test
  void contentIsTheThatClauseAfterWhereAndHowItWasSaid() {
    assertThat(find("The Harbor Authority said in a statement that the channel would reopen."))
        .extracting(Found::content)
        .containsExactly("that the channel would reopen");
  }

  @Test
  void relativeClauseOrContrastAfterACommaClosesTheContent() {
    assertThat(find("Ruiz said the pier was unsafe, which surprised nobody in town."))
        .extracting(Found::content)
        .containsExactly("the pier was unsafe");
    assertThat(find("Ruiz said the pier was unsafe, but the fishermen kept using it."))
        .extracting(Found::content)
        .containsExactly("the pier was unsafe");
  }

  @Test
  void seemAndAppearGiveTheWritersViewNotTheSubjectsWords() {
    assertThat(find("The harbor talks seem to have stalled again."))
        .extracting(Found::content, Found::sourceless)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("to have stalled again", true));
    assertThat(find("The dredging is expected to start in May."))
        .extracting(Found::sourceless)
        .containsExactly(true);
    assertThat(find("Ruiz expects the dredging to start in May."))
        .extracting(Found::sourceless)
        .containsExactly(false);
  }

  @Test
  void cueVerbsOfStanceFromTheTrainStatistics() {
    assertThat(find("Ruiz reiterated that the pier was unsafe for anglers."))
        .extracting(Found::content, Found::cue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("that the pier was unsafe for anglers", "reiterate"));
  }

  @Test
  void twoCoordinatedAttributionsGiveTwoContents() {
    assertThat(find("Ruiz said the pier was unsafe, and Osei said it would be repaired in May."))
        .extracting(Found::content, Found::mention)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("the pier was unsafe", "Ruiz"),
            org.assertj.core.groups.Tuple.tuple("it would be repaired in May", "Osei"));
  }

  @Test
  void verbsThatSeldomReportContentAreNoCue() {
    assertThat(find("The council voted to close the old pier.")).isEmpty();
  }

  @Test
  void speakerAndColonOpeningALineFrameTheRest() {
    assertThat(find("Ruiz: No dredging before the storm season ends."))
        .containsExactly(
            new Found("No dredging before the storm season ends", "Ruiz", ":",
                "reported-colon-lead", false));
  }

  @Test
  void clauseAfterTheCommaThatClosesAContentHasItsOwnAttribution() {
    assertThat(find("The survey shows the pier is busy, but Ruiz said the crews had left."))
        .extracting(Found::content, Found::mention)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("the pier is busy", "The survey"),
            org.assertj.core.groups.Tuple.tuple("the crews had left", "Ruiz"));
  }

  @Test
  void sourceAfterAccordingToNeedNotNameASpeaker() {
    assertThat(find("The levy passed by four votes, according to early tallies."))
        .extracting(Found::content, Found::mention)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("The levy passed by four votes", "early tallies"));
  }

  @Test
  void textOpeningWithAPeriodBeforeAColonIsRead() {
    // The mention finder looked before the first token for the word an abbreviation period ends.
    org.assertj.core.api.Assertions.assertThatCode(() -> find(". Ruiz: the pier is closed."))
        .doesNotThrowAnyException();
  }

  @Test
  void subjectPhraseThatNamesNoSpeakerStillFramesTheContent() {
    assertThat(find("Some say the ferry fares are too high."))
        .extracting(Found::content, Found::mention)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("the ferry fares are too high", "Some"));
    assertThat(find("By a wide margin, those surveyed said the pier should stay open."))
        .extracting(Found::content, Found::mention)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("the pier should stay open", "those surveyed"));
  }

  @Test
  void partitiveSubjectOfPeopleFramesTheContent() {
    assertThat(find("Until the shutdown, most of them said they had loved the plant."))
        .extracting(Found::content, Found::mention)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("they had loved the plant", "most of them"));
    assertThat(find("Two of us said the ferry was late."))
        .extracting(Found::content, Found::mention)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("the ferry was late", "Two of us"));
  }

  @Test
  void pronounsThatOpenNoSubjectPhraseFrameNothing() {
    assertThat(find("You know the pier was closed for a week.")).isEmpty();
    assertThat(find("That said, the pier was closed for a week.")).isEmpty();
  }

  @Test
  void contentStaysOnTheLineOfItsCue() {
    String text = "Ruiz says the pier will reopen\nCrews worked through the night on the ramp.";
    assertThat(find(text)).extracting(Found::content).containsExactly("the pier will reopen");
  }

  @Test
  void contentBeforeAClosingAttributionStartsOnItsLine() {
    String text = "Harbor report\nThe dredging will start in May, officials said.";
    assertThat(find(text)).extracting(Found::content).containsExactly(
        "The dredging will start in May");
  }

  @Test
  void phraseOfPlaceTimeOrMeansAfterTheCueIsNoContent() {
    assertThat(find("Ruiz wrote from the pier on Monday.")).isEmpty();
    assertThat(find("Ruiz said in the council chamber for an hour.")).isEmpty();
    assertThat(find("Ruiz said in a statement that the pier would reopen."))
        .extracting(Found::content)
        .containsExactly("that the pier would reopen");
  }

  @Test
  void nounOrAdjectiveOfStanceBeforeAThatClause() {
    assertThat(find("Ruiz made clear that the pier would reopen in May."))
        .extracting(Found::content, Found::mention)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("that the pier would reopen in May", "Ruiz"));
    assertThat(find("Ruiz is confident that the ferry will run."))
        .extracting(Found::content)
        .containsExactly("that the ferry will run");
  }

  @Test
  void questionPutToTheSpeakerOpensTheSentence() {
    assertThat(find("When asked whether the pier would reopen, Ruiz said the crews were ready."))
        .extracting(Found::content, Found::rule, Found::sourceless)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "whether the pier would reopen", "reported-question", true),
            org.assertj.core.groups.Tuple.tuple(
                "the crews were ready", "reported-cue-first", false));
    assertThat(find("Asked by reporters on Monday about the levy, Ruiz shrugged."))
        .extracting(Found::content, Found::mention, Found::sourceless)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("about the levy", "reporters", false));
  }

  @Test
  void cueInTheSubordinateClauseThatOpensTheSentence() {
    assertThat(find("While Ruiz said the pier was safe, the inspectors closed it for a week."))
        .extracting(Found::content, Found::mention)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("the pier was safe", "Ruiz"));
  }

  @Test
  void wordsOfTheOneQuotedAsSaying() {
    assertThat(find("The harbor board quoted Ruiz as telling the crews that the pier would reopen."))
        .extracting(Found::content, Found::mention, Found::cue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("that the pier would reopen", "Ruiz", "tell"));
  }

  /** A reported-speech rule that takes the first word of whatever is left of a sentence. */
  private record FirstWord(String name, int offset) implements AttributionRule {
    @Override
    public RuleScope scope() {
      return RuleScope.REPORTED_SPEECH;
    }

    @Override
    public Optional<RuleDecision> attribute(RuleContext context) {
      int first = Math.max(0, context.region().begin() + offset);
      return Optional.of(RuleDecision.sourceless(TokenRange.of(first), 0.5));
    }
  }

  @Test
  void everyDecisionMovesTheOpenStretchOnUntilTheSentenceIsUsedUp() {
    RuleFixture fixture = RuleFixture.of("Ruiz left early. Gulls followed.");
    List<ReportedSpeech> found =
        new ReportedSpeechAttributor(List.of(new FirstWord("first-word", 0)), false)
            .attribute(fixture.finder(), fixture.segments());

    assertThat(found)
        .extracting(s -> s.content().textIn(fixture.text()))
        .containsExactly("Ruiz", "left", "early", ".", "Gulls", "followed", ".");
  }

  @Test
  void contentBeforeTheOpenStretchFailsNamingTheRule() {
    RuleFixture fixture = RuleFixture.of("Ruiz left early.");
    ReportedSpeechAttributor attributor =
        new ReportedSpeechAttributor(
            List.of(new FirstWord("first-word", 0), new FirstWord("behind", -1)), false);
    ReportedSpeechAttributor behind =
        new ReportedSpeechAttributor(List.of(new FirstWord("behind", -1)), false);

    assertThat(attributor.attribute(fixture.finder(), fixture.segments())).hasSize(4);
    assertThatThrownBy(() -> behind.attribute(fixture.finder(), fixture.segments()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("\"behind\"");
  }

  @Test
  void quotationRulesAreNotAskedAboutSentences() {
    RuleFixture fixture = RuleFixture.of("Ruiz said the pier was unsafe.");
    List<AttributionRule> directOnly =
        BuiltInRules.all().stream().filter(r -> r.scope() == RuleScope.QUOTATION).toList();

    assertThat(
            new ReportedSpeechAttributor(directOnly, false)
                .attribute(fixture.finder(), fixture.segments()))
        .isEmpty();
  }

  @Test
  void explainingRecordsEveryRuleAskedAndWhyItDeclined() {
    RuleFixture fixture = RuleFixture.of("The dredging will start in May, officials said.");
    List<ReportedSpeech> found =
        new ReportedSpeechAttributor(BuiltInRules.all(), true)
            .attribute(fixture.finder(), fixture.segments());

    assertThat(found).hasSize(1);
    List<RuleTrial> trials = found.get(0).trials();
    assertThat(trials)
        .extracting(RuleTrial::rule)
        .containsExactly("reported-question", "reported-colon-lead", "reported-according-to",
            "reported-cue-inside", "reported-cue-last");
    assertThat(trials.get(3).evidence()).isEqualTo("the nearest attribution closes the sentence");
    assertThat(trials.get(4).decided()).isTrue();
    assertThat(trials.get(4).evidence()).isEqualTo("officials said");
  }
}
