package io.github.quotekit.testkit;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.quotekit.AttributionRule;
import io.github.quotekit.Extraction;
import io.github.quotekit.Mention;
import io.github.quotekit.Quote;
import io.github.quotekit.QuoteExtractor;
import io.github.quotekit.RuleScope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The conformance tests every {@link AttributionRule} should pass, as Lucene's {@code
 * BaseTokenStreamTestCase} is for token streams. Extend it in your test sources, return your rule
 * from {@link #rule()} and, best, a few texts it must decide from {@link #examples()}:
 *
 * <pre>{@code
 * class FromLeadInRuleTest extends AttributionRuleTestCase {
 *   @Override
 *   protected AttributionRule rule() {
 *     return new FromLeadInRule();
 *   }
 *
 *   @Override
 *   protected List<Example> examples() {
 *     return List.of(
 *         Example.attributes("And from Mayor Ana Ruiz: “Not one more cent.”", "Mayor Ana Ruiz"),
 *         Example.declines("“Not one more cent.”"));
 *   }
 * }
 * }</pre>
 *
 * <p>The inherited tests run the rule alone, in an extractor built with {@code
 * QuoteExtractor.builder().removeAllRules().addRule(rule())} that reports every quotation, and
 * check, using only quotekit's public API:
 *
 * <ul>
 *   <li>the rule's name is not blank and stays the same, across calls, instances and extractions;
 *   <li>on a few hundred random news-like articles and on adversarial texts (empty, no quotation,
 *       unbalanced marks, a thousand quotations in a row, ...) extraction never throws, and the
 *       speaker mention and cue of every decision lie inside the text, outside the quoted words
 *       and apart from each other;
 *   <li>results are deterministic: the same text twice, and an equal copy of it, give equal
 *       extractions, and so do four threads sharing the extractor;
 *   <li>an article of 5,000 quotations takes less than 30 seconds: nothing quadratic;
 *   <li>each of {@link #examples()} is decided as it says.
 * </ul>
 *
 * <p>The random articles come from a seed chosen anew at each run and printed on standard output;
 * every failure names its case and the seed. To replay a run, pass the seed back: {@code mvn test
 * -Dquotekit.seed=1f2e3d4c5b6a7988}.
 *
 * <p>Tests share one instance of the subclass (JUnit's {@code PER_CLASS} lifecycle); the models
 * are loaded once per JVM. A {@code @ParameterizedClass} subclass with an injected {@code
 * @Parameter} field can run the whole base over several rules, as quotekit's own test of its
 * built-in rules does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AttributionRuleTestCase {

  /** The system property that fixes the seed of the random articles, in hexadecimal. */
  public static final String SEED_PROPERTY = "quotekit.seed";

  private static final long SEED = seed();
  private static final int RANDOM_ARTICLES = 200;
  /** Fewer articles where each is extracted many times. */
  private static final int SHARED_ARTICLES = 40;
  private static final int THREADS = 4;
  private static final int LARGE_ARTICLE_QUOTATIONS = 5_000;
  private static final Duration LARGE_ARTICLE_TIME = Duration.ofSeconds(30);

  private AttributionRule rule;
  private String ruleName;
  private QuoteExtractor extractor;

  /** Constructor for subclasses. */
  protected AttributionRuleTestCase() {}

  /**
   * Returns the rule under test. Called once for the extractor and again to check that the name
   * is stable, so return an equivalent rule on each call.
   */
  protected abstract AttributionRule rule();

  /**
   * Returns texts that the rule must decide, each with the speaker mention it must find or with
   * none when it must decline. None by default; give a few.
   */
  protected List<Example> examples() {
    return List.of();
  }

  /**
   * A text and what the rule, alone in the extractor, must make of every quotation in it.
   *
   * @param text the text, with at least one quotation (for a reported-speech rule that declines,
   *     any text)
   * @param speakerMention the words the rule must name as the speaker of each quotation, or empty
   *     when it must leave them all unattributed
   * @param notSpeech true when the rule must find every quotation no speech ({@link
   *     io.github.quotekit.RuleDecision#notSpeech(String)}), false when it must not decide so
   */
  public record Example(String text, Optional<String> speakerMention, boolean notSpeech) {

    /** Checks that no component is null and that a quotation of no speech has no speaker. */
    public Example {
      requireNonNull(text, "text");
      requireNonNull(speakerMention, "speakerMention");
      if (notSpeech && speakerMention.isPresent()) {
        throw new IllegalArgumentException("a quotation that is no speech has no speaker");
      }
    }

    /** Returns an example whose quotations the rule attributes to {@code speakerMention}. */
    public static Example attributes(String text, String speakerMention) {
      return new Example(text, Optional.of(speakerMention), false);
    }

    /** Returns an example whose quotations the rule must leave unattributed. */
    public static Example declines(String text) {
      return new Example(text, Optional.empty(), false);
    }

    /** Returns an example whose quotations the rule must find to be no speech (titles, names). */
    public static Example notSpeech(String text) {
      return new Example(text, Optional.empty(), true);
    }
  }

  /**
   * Builds the extractor before each test (cheap: the models are loaded once per JVM), so that a
   * {@code @ParameterizedClass} subclass, whose one instance serves every rule in turn, tests the
   * rule of the current run.
   */
  @BeforeEach
  final void buildExtractor() {
    String previous = ruleName;
    rule = rule();
    ruleName = rule.name();
    extractor =
        QuoteExtractor.builder()
            .removeAllRules()
            .addRule(rule)
            // A reported-speech rule is asked only when reported speech is on.
            .reportedSpeech(rule.scope() == RuleScope.REPORTED_SPEECH)
            .minUnattributedWords(0)
            .explain(true)
            .build();
    if (rule.name().equals(previous)) {
      return;
    }
    System.out.printf(
        "%s: rule \"%s\", random articles from seed %s (replay with -D%s=%s)%n",
        getClass().getName(), ruleName, hex(SEED), SEED_PROPERTY, hex(SEED));
  }

  @Test
  final void nameIsNonBlankAndStable() {
    assertThat(ruleName).as("rule().name()").isNotBlank();
    assertThat(rule.name()).as("rule().name() called again").isEqualTo(ruleName);
    assertThat(rule().name()).as("the name of another rule()").isEqualTo(ruleName);
    randomArticles().subList(0, SHARED_ARTICLES).forEach(extractor::extract);
    assertThat(rule.name()).as("rule().name() after extracting").isEqualTo(ruleName);
  }

  @Test
  final void randomArticlesGiveWellFormedResults() {
    List<String> articles = randomArticles();
    for (int i = 0; i < articles.size(); i++) {
      String label = randomArticle(i);
      ExtractionChecks.check(ruleName, label, extract(label, articles.get(i)));
    }
  }

  @Test
  final void adversarialTextsGiveWellFormedResults() {
    AdversarialTexts.all()
        .forEach((label, text) -> ExtractionChecks.check(ruleName, label, extract(label, text)));
  }

  @Test
  final void resultsAreDeterministic() {
    List<String> articles = randomArticles();
    for (int i = 0; i < articles.size(); i++) {
      checkDeterministic(randomArticle(i), articles.get(i));
    }
    AdversarialTexts.all().forEach(this::checkDeterministic);
  }

  @Test
  final void resultsAreIdenticalWhenThreadsShareTheExtractor() throws InterruptedException {
    List<String> articles = randomArticles().subList(0, SHARED_ARTICLES);
    List<Extraction> expected = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      expected.add(extract(randomArticle(i), articles.get(i)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Extraction[]>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        // Each thread starts at another article, so that different texts are extracted at once.
        int offset = t * articles.size() / THREADS;
        futures.add(pool.submit(() -> extractAllFrom(articles, offset, start)));
      }
      start.countDown();
      for (int t = 0; t < THREADS; t++) {
        Extraction[] results = resultOf(futures.get(t), t);
        for (int i = 0; i < articles.size(); i++) {
          assertThat(results[i])
              .as("%s on thread %d of %d sharing the extractor", randomArticle(i), t, THREADS)
              .isEqualTo(expected.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  final void largeArticleTakesBoundedTime() {
    String label =
        "an article of " + LARGE_ARTICLE_QUOTATIONS + " quotations from seed " + seedNote();
    String article = NewsArticles.largeArticle(new Random(SEED), LARGE_ARTICLE_QUOTATIONS);
    Extraction result =
        assertTimeoutPreemptively(
            LARGE_ARTICLE_TIME,
            () -> extract(label, article),
            () -> label + " took more than " + LARGE_ARTICLE_TIME + ": is the rule quadratic?");
    ExtractionChecks.check(ruleName, label, result);
  }

  @Test
  final void examplesAreDecidedAsExpected() {
    List<Example> examples = examples();
    assumeFalse(examples.isEmpty(), "the test case gives no examples()");
    for (int i = 0; i < examples.size(); i++) {
      Example example = examples.get(i);
      String label = "example " + i + " “" + example.text() + "”";
      Extraction result = extract(label, example.text());
      ExtractionChecks.check(ruleName, label, result);
      if (example.speakerMention().isPresent() || rule.scope() == RuleScope.QUOTATION) {
        // Reported speech a rule declines leaves nothing to report: a text may then have none.
        assertThat(result.quotes()).as("%s: its quotations", label).isNotEmpty();
      }
      for (Quote quote : result.quotes()) {
        String where = label + ", quotation “" + quote.text() + "”";
        assertThat(quote.rule())
            .as("%s: the deciding rule", where)
            .isEqualTo(example.speakerMention().isPresent() ? ruleName : Quote.UNATTRIBUTED);
        assertThat(quote.speakerMention().map(Mention::text))
            .as("%s: the speaker mention", where)
            .isEqualTo(example.speakerMention());
        assertThat(foundNoSpeech(quote))
            .as("%s: found to be no speech", where)
            .isEqualTo(example.notSpeech());
      }
    }
  }

  /** Returns true when the rule under test decided that the unattributed quote is no speech. */
  private boolean foundNoSpeech(Quote quote) {
    return quote.rule().equals(Quote.UNATTRIBUTED)
        && quote.explanation().stream()
            .flatMap(explanation -> explanation.trials().stream())
            .anyMatch(trial -> trial.rule().equals(ruleName) && trial.decided());
  }

  /** Extracts {@code text}, turning an exception into a failure that names the case. */
  private Extraction extract(String label, String text) {
    try {
      return extractor.extract(text);
    } catch (RuntimeException e) {
      throw new AssertionError(
          "rule \"" + ruleName + "\" made the extraction of " + label + " throw: " + e, e);
    }
  }

  private void checkDeterministic(String label, String text) {
    Extraction first = extract(label, text);
    assertThat(extract(label, text)).as("%s extracted twice", label).isEqualTo(first);
    // A copy rules out results that depend on the string's identity, not its characters.
    String copy = new String(text.toCharArray());
    assertThat(extract(label, copy)).as("%s and a copy of it", label).isEqualTo(first);
  }

  private Extraction[] extractAllFrom(List<String> articles, int offset, CountDownLatch start)
      throws InterruptedException {
    start.await();
    Extraction[] results = new Extraction[articles.size()];
    for (int k = 0; k < articles.size(); k++) {
      int i = (offset + k) % articles.size();
      results[i] = extract(randomArticle(i), articles.get(i));
    }
    return results;
  }

  private static Extraction[] resultOf(Future<Extraction[]> future, int thread)
      throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof AssertionError failure) {
        throw failure;
      }
      throw new AssertionError("thread " + thread + " failed with seed " + seedNote(), e);
    }
  }

  /** The articles of this run's seed; the same list on every call. */
  private static List<String> randomArticles() {
    Random random = new Random(SEED);
    String[] articles = new String[RANDOM_ARTICLES];
    Arrays.setAll(articles, i -> NewsArticles.article(random));
    return List.of(articles);
  }

  private static String randomArticle(int index) {
    return "random article " + index + " of seed " + seedNote();
  }

  private static String seedNote() {
    return hex(SEED) + " (-D" + SEED_PROPERTY + "=" + hex(SEED) + ")";
  }

  private static long seed() {
    String property = System.getProperty(SEED_PROPERTY);
    return property == null || property.isBlank()
        ? new Random().nextLong()
        : Long.parseUnsignedLong(property.strip(), 16);
  }

  private static String hex(long value) {
    return Long.toHexString(value);
  }
}
