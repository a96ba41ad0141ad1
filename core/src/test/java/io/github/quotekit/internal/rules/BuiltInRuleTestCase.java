package io.github.quotekit.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.quotekit.AdversarialTexts;
import io.github.quotekit.AttributionRule;
import io.github.quotekit.QuotationMarks;
import io.github.quotekit.RandomNewsArticles;
import io.github.quotekit.Span;
import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.analysis.Token;
import io.github.quotekit.internal.attribution.Attribution;
import io.github.quotekit.internal.candidate.Candidate;
import io.github.quotekit.internal.scan.QuotedSegment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The checks every attribution rule must pass, in the style of Lucene's {@code
 * BaseTokenStreamTestCase}: a rule's test class extends this one and names its rule in {@link
 * #rule()}, and the inherited {@code conformance...} tests run that rule over every quotation of
 * seeded random articles, of hand-picked adversarial texts and of very large articles. The rule
 * must never throw; what it decides must lie inside the text (mention and cue tokens in range,
 * spans inside the text, the text of every span equal to its substring, mention and cue outside
 * the quotation), name the rule and give a probability; equal inputs must give equal decisions;
 * and a whole large article must take bounded time, so that nothing is quadratic in the number of
 * quotations.
 *
 * <p>A failure names the case (with its seed) and the master seed. {@code -Dquotekit.seed=...}
 * reruns the random cases with another master seed; {@link AdversarialTexts#generated(long)}
 * rebuilds one case's text from its seed.
 */
abstract class BuiltInRuleTestCase {
  private static final long MASTER_SEED = Long.getLong("quotekit.seed", 0x51E7E_2026L);
  private static final int RANDOM_CASES = 160;
  /** A large article has about 20,000 quotations: quadratic work would take minutes. */
  private static final int LARGE = 20_000;

  /** Returns the rule under test. */
  protected abstract AttributionRule rule();

  /** One text run through the stages before attribution. */
  record Case(String name, RuleFixture fixture) {
    @Override
    public String toString() {
      return name + " (master seed -Dquotekit.seed=" + MASTER_SEED + ")";
    }
  }

  /** The texts, analysed once per test run and shared by every rule's test. */
  private static final class Corpus {
    static final List<Case> RANDOM = random(false);
    static final List<Case> RANDOM_AGAIN = random(true);
    static final List<Case> ADVERSARIAL = adversarial();
    static final List<Case> LARGE_ARTICLES = large();

    private static List<Case> random(boolean copies) {
      long[] seeds = RandomNewsArticles.seeds(MASTER_SEED, RANDOM_CASES).toArray();
      List<Case> cases = new ArrayList<>();
      for (int i = 0; i < seeds.length; i++) {
        String text = AdversarialTexts.generated(seeds[i]);
        text = copies ? new String(text.toCharArray()) : text;
        // A quarter with every quotation-mark style: other marks reach the rules the same way.
        QuotationMarks marks = i % 4 == 3 ? QuotationMarks.all() : QuotationMarks.english();
        cases.add(new Case("seed " + seeds[i] + "L, " + marks, RuleFixture.of(text, marks)));
      }
      return List.copyOf(cases);
    }

    private static List<Case> adversarial() {
      List<Case> cases = new ArrayList<>();
      for (Map.Entry<String, String> text : AdversarialTexts.fixed().entrySet()) {
        cases.add(new Case(text.getKey(), RuleFixture.of(text.getValue())));
        cases.add(
            new Case(
                text.getKey() + " (all marks)",
                RuleFixture.of(text.getValue(), QuotationMarks.all())));
      }
      return List.copyOf(cases);
    }

    private static List<Case> large() {
      return List.of(
          large("one line of attributed quotes", "“We will win,” said Ana Ruiz. "),
          large("one line of pronoun quotes", "“We will win,” he said. “Yes.” "),
          large("one sentence of quotes", "and “no” to Ruiz and “yes” to "),
          large("scare quotes", "the so-called “plan” "),
          large("colon lead-ins", "Ruiz said:\n\n“We will win.\n\n"),
          large("continuing paragraphs", "“We will win.\n\n"),
          large("according to", "According to officials, “we will win.” "));
    }

    private static Case large(String name, String piece) {
      return new Case(name, RuleFixture.of(piece.repeat(LARGE / countQuotes(piece))));
    }

    private static int countQuotes(String piece) {
      return (int) piece.chars().filter(c -> c == '“').count();
    }
  }

  @Test
  void conformanceOnRandomArticles() {
    assertConformance(Corpus.RANDOM, Duration.ofSeconds(30));
  }

  @Test
  void conformanceOnAdversarialTexts() {
    assertConformance(Corpus.ADVERSARIAL, Duration.ofSeconds(30));
  }

  @Test
  void conformanceInBoundedTimeOnLargeArticles() {
    assertConformance(Corpus.LARGE_ARTICLES, Duration.ofSeconds(30));
  }

  @Test
  void conformanceIsDeterministic() {
    AttributionRule rule = rule();
    for (int c = 0; c < Corpus.RANDOM.size(); c++) {
      Case first = Corpus.RANDOM.get(c);
      Case again = Corpus.RANDOM_AGAIN.get(c);
      for (int i = 0; i < first.fixture().segments().size(); i++) {
        Optional<Attribution> decision = first.fixture().apply(rule, i);
        assertThat(first.fixture().apply(rule, i))
            .as("%s, quotation %d, asked twice", first, i)
            .isEqualTo(decision);
        assertThat(again.fixture().apply(rule, i))
            .as("%s, quotation %d, on a copy of the text", first, i)
            .isEqualTo(decision);
      }
    }
  }

  /** Runs the rule over every quotation of every case and checks each decision. */
  private void assertConformance(List<Case> cases, Duration bound) {
    AttributionRule rule = rule();
    AtomicReference<String> current = new AtomicReference<>("");
    int[] decided = new int[1];
    assertTimeoutPreemptively(
        bound,
        () -> {
          for (Case c : cases) {
            current.set(c.toString());
            for (int i = 0; i < c.fixture().segments().size(); i++) {
              Optional<Attribution> decision;
              try {
                decision = c.fixture().apply(rule, i);
              } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError(rule.name() + " threw on " + c + ", quotation " + i, e);
              }
              if (decision.isPresent()) {
                decided[0]++;
                assertDecision(c, i, decision.get());
              }
            }
          }
        },
        () -> rule.name() + " took over " + bound + ", at " + current.get());
    assertThat(decided[0]).as("decisions of %s", rule.name()).isNotNegative();
  }

  private void assertDecision(Case c, int index, Attribution decision) {
    String what = rule().name() + " on " + c + ", quotation " + index;
    AnalyzedText doc = c.fixture().finder().doc();
    String text = doc.text();
    int tokens = doc.tokens().size();
    QuotedSegment segment = c.fixture().segments().get(index);

    assertThat(decision.rule()).as(what).isEqualTo(rule().name());
    assertThat(decision.confidence()).as(what).isBetween(0.0, 1.0);
    if (decision.joins().isPresent()) {
      assertThat(index).as("%s joins a quotation before the first", what).isPositive();
    }

    Candidate mention = decision.mention();
    assertThat(mention.firstToken()).as("%s: mention tokens", what).isNotNegative();
    assertThat(mention.endToken())
        .as("%s: mention tokens", what)
        .isGreaterThan(mention.firstToken())
        .isLessThanOrEqualTo(tokens);
    Span span = mention.span();
    assertThat(span.end()).as("%s: mention %s", what, span).isLessThanOrEqualTo(text.length());
    assertThat(span.isEmpty()).as("%s: empty mention", what).isFalse();
    assertThat(span.begin()).as(what).isEqualTo(doc.token(mention.firstToken()).begin());
    assertThat(span.end()).as(what).isEqualTo(doc.token(mention.endToken() - 1).end());
    assertThat(mention.name()).as("%s: mention name", what).isNotBlank();
    assertThat(span.overlaps(segment.content()))
        .as("%s: mention <%s> inside the quotation", what, span.textIn(text))
        .isFalse();
    assertTokens(doc, mention.firstToken(), mention.endToken(), what + ": mention");

    decision
        .cue()
        .ifPresent(
            cue -> {
              assertThat(cue.firstToken()).as("%s: cue tokens", what).isNotNegative();
              assertThat(cue.endToken())
                  .as("%s: cue tokens", what)
                  .isGreaterThan(cue.firstToken())
                  .isLessThanOrEqualTo(tokens);
              assertThat(cue.lemma()).as("%s: cue lemma", what).isNotBlank();
              Span cueSpan =
                  Span.of(doc.token(cue.firstToken()).begin(), doc.token(cue.endToken() - 1).end());
              assertThat(cueSpan.overlaps(segment.content()))
                  .as("%s: cue <%s> inside the quotation", what, cueSpan.textIn(text))
                  .isFalse();
              assertTokens(doc, cue.firstToken(), cue.endToken(), what + ": cue");
            });
  }

  /** The tokens of a decision lie inside the text, in order, each equal to its substring. */
  private static void assertTokens(AnalyzedText doc, int first, int end, String what) {
    String text = doc.text();
    int previousEnd = 0;
    for (int t = first; t < end; t++) {
      Token token = doc.token(t);
      assertThat(token.begin()).as("%s: token %d", what, t).isGreaterThanOrEqualTo(previousEnd);
      assertThat(token.end()).as("%s: token %d", what, t).isLessThanOrEqualTo(text.length());
      assertThat(token.text()).as("%s: token %d", what, t).isEqualTo(token.span().textIn(text));
      previousEnd = token.end();
    }
  }
}
