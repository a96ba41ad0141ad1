package io.github.quotekit.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.internal.rules.ReportedFixture.Found;
import org.junit.jupiter.api.Test;

class ReportedQuestionRuleTest {
  private final ReportedQuestionRule rule = new ReportedQuestionRule();

  @Test
  void questionOfAnUnnamedAskerHasNoSource() {
    assertThat(ReportedFixture.find("When asked whether the pier would reopen, Ruiz nodded.", rule))
        .containsExactly(
            new Found("whether the pier would reopen", null, "ask", "reported-question"));
  }

  @Test
  void namedAskerIsTheSource() {
    assertThat(ReportedFixture.find("Asked by Lena Osei about the levy, Ruiz shrugged.", rule))
        .containsExactly(new Found("about the levy", "Lena Osei", "ask", "reported-question"));
  }

  @Test
  void questionInsideTheSentenceIsNoLead() {
    assertThat(
            ReportedFixture.find(
                "Osei noted the delay and asked whether the pier, closed since May, would reopen.",
                rule))
        .isEmpty();
  }

  @Test
  void askedWithoutAQuestionWordIsNoQuestion() {
    assertThat(ReportedFixture.find("Asked to leave, the anglers packed their rods.", rule))
        .isEmpty();
  }
}
