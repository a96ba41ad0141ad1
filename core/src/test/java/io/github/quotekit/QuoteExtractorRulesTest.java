package io.github.quotekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Adding, removing, replacing and ordering attribution rules through the builder. */
class QuoteExtractorRulesTest {
  /** Several patterns, so that most built-in rules decide something. */
  private static final String ARTICLE =
      "“We will not back down,” said Mayor Ana Ruiz.\n\n"
          + "“The bridge opens in May,” she said. “Trust us.”\n\n"
          + "Council member Omar Vance said: “It is too late.”\n\n"
          + "According to Vance, “the money is gone.”\n\n"
          + "Ruiz called the plan “a disgrace.”\n\n"
          + "“Nobody asked us.” — Lena Ortiz, a resident";

  /** A rule that gives every quotation to the first name of its paragraph, at confidence 0.5. */
  private static final class FirstNameOfParagraph implements AttributionRule {
    private final String name;

    FirstNameOfParagraph(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Optional<RuleDecision> attribute(RuleContext context) {
      return context.candidates(context.paragraph()).stream()
          .filter(c -> c.kind() == MentionKind.NAME)
          .findFirst()
          .map(c -> RuleDecision.of(c, 0.5));
    }
  }

  private static List<String> names(QuoteExtractor extractor) {
    return extractor.rules().stream().map(AttributionRule::name).toList();
  }

  private static List<String> rulesUsed(QuoteExtractor extractor, String text) {
    return extractor.extract(text).quotes().stream().map(Quote::rule).toList();
  }

  @Test
  void defaultChainIsTheBuiltInRulesInOrder() {
    assertThat(QuoteExtractor.english().rules()).isEqualTo(AttributionRule.builtIns());
    assertThat(names(QuoteExtractor.english()))
        .startsWith("title-quotation", "quote-comma-verb-name", "quote-comma-name-verb")
        .contains("sentence-subject", "reported-question")
        .endsWith("reported-cue-first")
        .hasSize(24)
        .doesNotHaveDuplicates();
    assertThat(AttributionRule.builtIns())
        .extracting(AttributionRule::priority)
        .containsExactly(90, 100, 200, 280, 300, 400, 500, 600, 650, 700, 800, 900, 1000, 1100, 1200, 1300,
            1350, 2100, 2200, 2300, 2400, 2500, 2600, 2700);
    assertThat(AttributionRule.builtIns())
        .filteredOn(rule -> rule.scope() == RuleScope.REPORTED_SPEECH)
        .extracting(AttributionRule::name)
        .allMatch(name -> name.startsWith("reported-"))
        .hasSize(7);
  }

  @Test
  void builtInRulesAreFoundByName() {
    assertThat(AttributionRule.builtIn("according-to").name()).isEqualTo("according-to");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AttributionRule.builtIn("no-such-rule"))
        .withMessageContaining("no-such-rule")
        .withMessageContaining("quote-comma-verb-name");
  }

  @Test
  void withoutRulesNoQuotationHasASpeaker() {
    QuoteExtractor none = QuoteExtractor.builder().removeAllRules().minUnattributedWords(0).build();

    Extraction extraction = none.extract(ARTICLE);

    assertThat(none.rules()).isEmpty();
    assertThat(extraction.quotes()).hasSameSizeAs(Extractors.ALL_QUOTES.extract(ARTICLE).quotes());
    assertThat(extraction.quotes()).allSatisfy(q -> assertThat(q.speaker()).isEmpty());
    assertThat(extraction.speakers()).isEmpty();
    assertThat(QuoteExtractor.builder().removeAllRules().build().extract(ARTICLE).quotes())
        .isEmpty();
  }

  @Test
  void reAddingTheBuiltInRulesByNameRestoresTheDefault() {
    QuoteExtractor.Builder builder = QuoteExtractor.builder().removeAllRules();
    for (String name : names(QuoteExtractor.english())) {
      builder.addRule(AttributionRule.builtIn(name));
    }
    QuoteExtractor rebuilt = builder.build();

    assertThat(rebuilt.rules()).isEqualTo(AttributionRule.builtIns());
    assertThat(rebuilt.extract(ARTICLE)).isEqualTo(QuoteExtractor.english().extract(ARTICLE));
  }

  @Test
  void reAddingInAnyOrderKeepsThePriorities() {
    QuoteExtractor.Builder builder = QuoteExtractor.builder().removeAllRules();
    List<AttributionRule> reversed = new ArrayList<>(AttributionRule.builtIns());
    Collections.reverse(reversed);
    reversed.forEach(builder::addRule);

    assertThat(builder.build().rules()).isEqualTo(AttributionRule.builtIns());
  }

  @Test
  void ruleAtAPriorityGoesBetweenTheBuiltIns() {
    QuoteExtractor extractor =
        QuoteExtractor.builder().addRule(new FirstNameOfParagraph("first-name"), 150).build();

    assertThat(names(extractor))
        .startsWith("title-quotation", "quote-comma-verb-name", "first-name");
  }

  @Test
  void ruleWithoutPriorityRunsAfterTheBuiltIns() {
    String unattributed = "“Dead on arrival.” That was the verdict on the plan Vance wrote.";
    QuoteExtractor extractor =
        QuoteExtractor.builder().addRule(new FirstNameOfParagraph("first-name")).build();

    assertThat(names(extractor)).endsWith("reported-cue-first", "first-name");
    assertThat(rulesUsed(QuoteExtractor.english(), unattributed)).isEmpty();
    assertThat(rulesUsed(extractor, unattributed)).containsExactly("first-name");
    assertThat(rulesUsed(extractor, ARTICLE)).doesNotContain("first-name");
  }

  @Test
  void firstRuleThatDecidesWins() {
    QuoteExtractor extractor =
        QuoteExtractor.builder().addRule(new FirstNameOfParagraph("first-name"), 0).build();

    Extraction extraction = extractor.extract("Vance spoke after Ruiz: “It is too late.”");

    assertThat(extraction.quotes()).singleElement().satisfies(q -> {
      assertThat(q.rule()).isEqualTo("first-name");
      assertThat(q.speakerMention().orElseThrow().text()).isEqualTo("Vance");
      assertThat(q.confidence()).isEqualTo(0.5);
    });
  }

  @Test
  void equalPrioritiesKeepTheOrderOfAdding() {
    QuoteExtractor extractor =
        QuoteExtractor.builder()
            .removeAllRules()
            .addRule(new FirstNameOfParagraph("b"), 5)
            .addRule(new FirstNameOfParagraph("a"), 5)
            .build();

    assertThat(names(extractor)).containsExactly("b", "a");
  }

  @Test
  void removeAndReplaceByName() {
    QuoteExtractor extractor =
        QuoteExtractor.builder()
            .removeRule("sentence-subject")
            .replaceRule("according-to", new FirstNameOfParagraph("my-according-to"))
            .build();

    List<String> names = names(extractor);
    assertThat(names).doesNotContain("sentence-subject", "according-to").hasSize(23);
    assertThat(names.indexOf("my-according-to"))
        .isEqualTo(names(QuoteExtractor.english()).indexOf("according-to"));
  }

  @Test
  void reportedSpeechRulesAreRemovedAndReplacedByName() {
    String text = "Ruiz said the pier was unsafe. The ferry is late, officials said.";
    QuoteExtractor withoutCueFirst =
        QuoteExtractor.builder().reportedSpeech(true).removeRule("reported-cue-first").build();
    QuoteExtractor replaced =
        QuoteExtractor.builder()
            .reportedSpeech(true)
            .replaceRule("reported-cue-last", new FirstNameOfParagraph("my-cue-last"))
            .build();

    assertThat(rulesUsed(QuoteExtractor.builder().reportedSpeech(true).build(), text))
        .containsExactly("reported-cue-first", "reported-cue-last");
    assertThat(rulesUsed(withoutCueFirst, text)).containsExactly("reported-cue-last");
    assertThat(rulesUsed(replaced, text)).containsExactly("reported-cue-first");
    assertThat(names(replaced).indexOf("my-cue-last"))
        .isEqualTo(names(QuoteExtractor.english()).indexOf("reported-cue-last"));
  }

  @Test
  void unknownOrDuplicateNamesAreRejected() {
    QuoteExtractor.Builder builder = QuoteExtractor.builder();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder.removeRule("nope"))
        .withMessageContaining("nope");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder.addRule(AttributionRule.builtIn("according-to")))
        .withMessageContaining("replaceRule");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                builder.replaceRule(
                    "according-to", new FirstNameOfParagraph("sentence-subject")));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder.addRule(new FirstNameOfParagraph(" ")));
  }

  @Test
  void discoveringWithoutProvidersChangesNothing() {
    assertThat(QuoteExtractor.builder().discoverRules().build().rules())
        .isEqualTo(AttributionRule.builtIns());
  }

  @Test
  void exceptionOfARuleReachesTheCaller() {
    AttributionRule failing =
        TestRules.rule(
            "failing",
            context -> {
              throw new UnsupportedOperationException("boom");
            });
    QuoteExtractor extractor = QuoteExtractor.builder().addRule(failing, 0).build();

    assertThatThrownBy(() -> extractor.extract("“Yes,” said Ana Ruiz."))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage("boom");
  }

  @Test
  void candidateOfAnotherArticleFailsTheExtractionNamingTheRule() {
    AtomicReference<SpeakerCandidate> kept = new AtomicReference<>();
    AttributionRule keeping =
        TestRules.rule(
            "keeping",
            context -> {
              if (kept.get() == null) {
                kept.set(context.candidates(context.sentence()).get(0));
              }
              return Optional.of(RuleDecision.of(kept.get(), 0.5));
            });
    QuoteExtractor extractor = QuoteExtractor.builder().removeAllRules().addRule(keeping).build();
    extractor.extract("A long opening sentence comes first here. “Yes,” said Ana Ruiz.");

    assertThatIllegalStateException()
        .isThrownBy(() -> extractor.extract("“No.”"))
        .withMessageContaining("keeping");
  }

  @Test
  void cueOfARuleBecomesTheQuotesCue() {
    AttributionRule saidRule =
        TestRules.rule(
            "said-name",
            context -> {
              TokenRange after = context.after();
              int verb = after.begin();
              return context
                  .candidateStartingAt(verb + 1, after.end())
                  .map(s -> RuleDecision.of(s, 0.7).withCue(TokenRange.of(verb)));
            });
    QuoteExtractor extractor = QuoteExtractor.builder().removeAllRules().addRule(saidRule).build();

    Quote quote = extractor.extract("“Yes,” said Ana Ruiz.").quotes().get(0);

    assertThat(quote.cue()).hasValueSatisfying(cue -> {
      assertThat(cue.text()).isEqualTo("said");
      assertThat(cue.lemma()).isEqualTo("say");
    });
    assertThat(quote.speaker().orElseThrow().name()).isEqualTo("Ana Ruiz");
  }
}
