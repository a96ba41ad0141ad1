package io.github.quotekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.quotekit.AttributionRule;
import io.github.quotekit.RuleContext;
import io.github.quotekit.RuleDecision;
import io.github.quotekit.TokenRange;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Runs the conformance base on deliberately broken rules, with JUnit's engine test kit, and checks
 * that the right tests fail and say why. The broken test cases are nested classes that run only
 * when launched from here, so that no test selection (Surefire's {@code -Dtest=...}) runs them as
 * tests of their own.
 */
final class AttributionRuleTestCaseTest {

  @Test
  void aRuleThatThrowsFailsEveryTestThatExtractsQuotations() {
    Map<String, Throwable> failures = failures(ThrowingRuleCase.class);

    assertThat(failures)
        .containsKeys(
            "nameIsNonBlankAndStable()",
            "randomArticlesGiveWellFormedResults()",
            "adversarialTextsGiveWellFormedResults()",
            "resultsAreDeterministic()",
            "resultsAreIdenticalWhenThreadsShareTheExtractor()",
            "largeArticleTakesBoundedTime()");
    assertThat(failures.get("randomArticlesGiveWellFormedResults()"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("rule \"throwing\" made the extraction of random article 0 of seed")
        .hasMessageContaining("-Dquotekit.seed=")
        .hasRootCauseMessage("this rule is broken");
  }

  @Test
  void aNondeterministicRuleFailsTheDeterminismTests() {
    Map<String, Throwable> failures = failures(NondeterministicRuleCase.class);

    assertThat(failures.keySet())
        .containsExactlyInAnyOrder(
            "resultsAreDeterministic()", "resultsAreIdenticalWhenThreadsShareTheExtractor()");
    assertThat(failures.get("resultsAreDeterministic()"))
        .hasMessageContaining("extracted twice")
        .hasMessageContaining("-Dquotekit.seed=");
  }

  @Test
  void aRuleWhoseNameChangesFailsTheNameTest() {
    assertThat(failures(RenamingRuleCase.class)).containsKey("nameIsNonBlankAndStable()");
  }

  @Test
  void anExampleTheRuleDoesNotDecideFailsTheExampleTest() {
    assertThat(failures(WrongExampleCase.class).get("examplesAreDecidedAsExpected()"))
        .hasMessageContaining("example 0 ““Fine,” Dana Ortiz said.”")
        .hasMessageContaining("the deciding rule");
  }

  @Test
  void aRuleWhoseCueLiesInsideTheQuotationFailsTheWellFormedTests() {
    assertThat(failures(CueInsideQuotationCase.class).get("randomArticlesGiveWellFormedResults()"))
        .hasMessageContaining("lies inside the quoted words")
        .hasMessageContaining("-Dquotekit.seed=");
  }

  /** Runs {@code testCase} and returns its failed tests by display name, with their exceptions. */
  private static Map<String, Throwable> failures(Class<?> testCase) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(testCase))
        .configurationParameter(LaunchedFromHere.PARAMETER, "true")
        .execute()
        .testEvents()
        .failed()
        .stream()
        .collect(
            Collectors.toMap(
                event -> event.getTestDescriptor().getDisplayName(),
                AttributionRuleTestCaseTest::throwable));
  }

  private static Throwable throwable(Event event) {
    return event.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
  }

  /** Takes the first candidate of the quotation's sentence: a rule that decides often. */
  private static Optional<RuleDecision> firstCandidate(RuleContext context) {
    return context.candidates(context.sentence()).stream()
        .findFirst()
        .map(speaker -> RuleDecision.of(speaker, 0.5));
  }

  /** Returns a rule whose name and decisions come from the two functions, to break it at will. */
  private static AttributionRule brokenRule(
      Supplier<String> name, Function<RuleContext, Optional<RuleDecision>> attribute) {
    return new AttributionRule() {
      @Override
      public String name() {
        return name.get();
      }

      @Override
      public Optional<RuleDecision> attribute(RuleContext context) {
        return attribute.apply(context);
      }
    };
  }

  /** Enables a broken test case only when {@link #failures(Class)} launches it. */
  static final class LaunchedFromHere implements ExecutionCondition {
    static final String PARAMETER = "quotekit.testkit.broken-rule-cases";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return context.getConfigurationParameter(PARAMETER).isPresent()
          ? ConditionEvaluationResult.enabled("launched by AttributionRuleTestCaseTest")
          : ConditionEvaluationResult.disabled("a broken rule, for AttributionRuleTestCaseTest");
    }
  }

  @ExtendWith(LaunchedFromHere.class)
  static final class ThrowingRuleCase extends AttributionRuleTestCase {
    @Override
    protected AttributionRule rule() {
      return brokenRule(
          () -> "throwing",
          context -> {
            throw new IllegalStateException("this rule is broken");
          });
    }
  }

  /**
   * Decides with a confidence that falls at every call, so no two extractions of a text agree.
   * (Deciding every other call is not enough: a text whose extraction makes an even number of
   * calls would come out the same twice, and which texts do depends on the random seed.)
   */
  @ExtendWith(LaunchedFromHere.class)
  static final class NondeterministicRuleCase extends AttributionRuleTestCase {
    @Override
    protected AttributionRule rule() {
      AtomicInteger calls = new AtomicInteger();
      return brokenRule(
          () -> "nondeterministic",
          context ->
              firstCandidate(context)
                  .map(decision -> decision.withConfidence(1.0 / (calls.incrementAndGet() + 2))));
    }
  }

  /** Counts its extractions in its name. */
  @ExtendWith(LaunchedFromHere.class)
  static final class RenamingRuleCase extends AttributionRuleTestCase {
    @Override
    protected AttributionRule rule() {
      AtomicInteger calls = new AtomicInteger();
      return brokenRule(
          () -> "renaming-" + calls.get(),
          context -> {
            calls.incrementAndGet();
            return Optional.empty();
          });
    }
  }

  /** Gives the quotation's first word as its cue. */
  @ExtendWith(LaunchedFromHere.class)
  static final class CueInsideQuotationCase extends AttributionRuleTestCase {
    @Override
    protected AttributionRule rule() {
      return brokenRule(
          () -> "cue-inside",
          context ->
              firstCandidate(context)
                  .map(decision -> decision.withCue(TokenRange.of(context.region().begin() + 1))));
    }
  }

  /** A well-behaved rule with an example it cannot decide. */
  @ExtendWith(LaunchedFromHere.class)
  static final class WrongExampleCase extends AttributionRuleTestCase {
    @Override
    protected AttributionRule rule() {
      return AttributionRule.builtIn("according-to");
    }

    @Override
    protected List<Example> examples() {
      return List.of(Example.attributes("“Fine,” Dana Ortiz said.", "Dana Ortiz"));
    }
  }
}
