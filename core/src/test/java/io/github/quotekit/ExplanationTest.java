package io.github.quotekit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.Explanation.ResolutionMethod;
import io.github.quotekit.Explanation.RuleTrial;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExplanationTest {
  private static final String ARTICLE =
      "“We will not back down,” said Mayor Ana Ruiz.\n\n"
          + "“The bridge opens in May,” she said.\n\n"
          + "“We are broke,” the mayor said.";

  private static final QuoteExtractor EXPLAINING = QuoteExtractor.builder().explain(true).build();

  private static List<String> asked(Quote quote) {
    return quote.explanation().orElseThrow().trials().stream().map(RuleTrial::rule).toList();
  }

  @Test
  void noExplanationUnlessAskedFor() {
    assertThat(QuoteExtractor.english().extract(ARTICLE).quotes())
        .allSatisfy(q -> assertThat(q.explanation()).isEmpty());
  }

  @Test
  void explainingChangesNothingElse() {
    List<Quote> explained = EXPLAINING.extract(ARTICLE).quotes();
    List<Quote> plain = QuoteExtractor.english().extract(ARTICLE).quotes();

    assertThat(explained).hasSameSizeAs(plain);
    for (int i = 0; i < plain.size(); i++) {
      Quote q = explained.get(i);
      assertThat(
              new Quote(q.text(), q.span(), q.type(), q.fragments(), q.cue(), q.speakerMention(), q.speaker(),
                  q.confidence(), q.rule(), q.channel(), q.group(), q.joinedBy(), Optional.empty()))
          .isEqualTo(plain.get(i));
    }
  }

  @Test
  void rulesAreListedUpToTheOneThatDecided() {
    Quote first = EXPLAINING.extract(ARTICLE).quotes().get(0);

    assertThat(asked(first)).containsExactly("title-quotation", "quote-comma-verb-name");
    List<RuleTrial> trials = first.explanation().orElseThrow().trials();
    assertThat(trials.get(0).decided()).isFalse();
    assertThat(trials.get(1).decided()).isTrue();
  }

  @Test
  void laterRulesAreListedAfterTheOnesThatDeclined() {
    Quote third = EXPLAINING.extract(ARTICLE).quotes().get(2);
    List<RuleTrial> trials = third.explanation().orElseThrow().trials();

    assertThat(trials.get(trials.size() - 1).rule()).isEqualTo(third.rule());
    assertThat(trials.subList(0, trials.size() - 1)).noneMatch(RuleTrial::decided);
    assertThat(trials.get(trials.size() - 1).decided()).isTrue();
  }

  @Test
  void resolutionSaysHowTheMentionFoundItsSpeaker() {
    List<Quote> quotes = EXPLAINING.extract(ARTICLE).quotes();

    Explanation.Resolution name = quotes.get(0).explanation().orElseThrow().resolution().orElseThrow();
    Explanation.Resolution pronoun =
        quotes.get(1).explanation().orElseThrow().resolution().orElseThrow();
    Explanation.Resolution role =
        quotes.get(2).explanation().orElseThrow().resolution().orElseThrow();

    assertThat(name.method()).isEqualTo(ResolutionMethod.FIRST_MENTION);
    assertThat(name.antecedent()).isEmpty();
    assertThat(pronoun.method()).isEqualTo(ResolutionMethod.PRONOUN_ANTECEDENT);
    assertThat(pronoun.mention().text()).isEqualTo("she");
    assertThat(pronoun.antecedent().map(Mention::text)).contains("Mayor Ana Ruiz");
    assertThat(role.method()).isEqualTo(ResolutionMethod.ROLE_MATCH);
    assertThat(role.antecedent().map(Mention::text)).isPresent();
  }

  @Test
  void rejectionsOfARuleAreRecorded() {
    AttributionRule picky =
        TestRules.rule(
            "picky",
            context -> {
              context.candidates(context.sentence()).forEach(c -> context.reject(c, "too picky"));
              return Optional.empty();
            });
    QuoteExtractor extractor =
        QuoteExtractor.builder().addRule(picky, 0).explain(true).build();

    Quote quote = extractor.extract("“Yes,” said Ana Ruiz.").quotes().get(0);
    RuleTrial trial = quote.explanation().orElseThrow().trials().get(0);

    assertThat(trial.rule()).isEqualTo("picky");
    assertThat(trial.decided()).isFalse();
    assertThat(trial.rejected())
        .extracting(r -> r.candidate().text() + ": " + r.reason())
        .containsExactly("Ana Ruiz: too picky");
  }

  @Test
  void builtInRulesNoteTheCandidatesTheyPassOver() {
    QuoteExtractor all = QuoteExtractor.builder().explain(true).minUnattributedWords(0).build();

    Quote quote = all.extract("“We will win.” — Ana Ruiz in a letter to voters").quotes().get(0);

    assertThat(quote.explanation().orElseThrow().trials())
        .filteredOn(trial -> trial.rule().equals("dash-sign-off"))
        .singleElement()
        .satisfies(trial -> assertThat(trial.rejected())
            .extracting(r -> r.candidate().text() + ": " + r.reason())
            .containsExactly("Ana Ruiz: more words follow the name after the dash"));
  }

  @Test
  void splitQuotationPartsKeepTheirExplanations() {
    QuoteExtractor reported =
        QuoteExtractor.builder().explain(true).reportedSpeech(true).build();

    List<Quote> parts =
        reported
            .extract("“We will reopen the pier,” Mayor Ana Ruiz said. “The dredging starts in May.”")
            .quotes();

    assertThat(parts).hasSize(2).allMatch(part -> part.type() == QuoteType.DIRECT);
    assertThat(parts)
        .allSatisfy(
            part ->
                assertThat(part.explanation())
                    .hasValueSatisfying(e -> assertThat(e.trials()).isNotEmpty()));
  }

  @Test
  void unattributedQuotationListsEveryRule() {
    QuoteExtractor all = QuoteExtractor.builder().explain(true).minUnattributedWords(0).build();

    Quote quote = all.extract("“Dead on arrival.” That was the verdict on the plan.").quotes().get(0);

    assertThat(quote.rule()).isEqualTo(Quote.UNATTRIBUTED);
    assertThat(quote.explanation().orElseThrow().trials()).hasSize(17).noneMatch(RuleTrial::decided);
    assertThat(quote.explanation().orElseThrow().resolution()).isEmpty();
  }

  @Test
  void reportedSpeechIsExplainedLikeQuotations() {
    QuoteExtractor reported = QuoteExtractor.builder().reportedSpeech(true).explain(true).build();
    Quote quote =
        reported.extract("The ferry will run twice a day, Ruiz said.").quotes().get(0);

    assertThat(quote.type()).isEqualTo(QuoteType.INDIRECT);
    assertThat(asked(quote))
        .containsExactly("reported-question", "reported-colon-lead", "reported-according-to",
            "reported-cue-inside", "reported-cue-last");
    RuleTrial decided = quote.explanation().orElseThrow().trials().get(4);
    assertThat(decided.decided()).isTrue();
    assertThat(decided.evidence()).isEqualTo("Ruiz said");
    assertThat(quote.explanation().orElseThrow().trials().get(0).evidence())
        .isEqualTo("the sentence opens with no “asked …,”");
    assertThat(quote.explanation().orElseThrow().resolution()).isPresent();
  }
}
