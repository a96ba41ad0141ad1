package io.github.quotekit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The {@code --direct-view} flag of {@link Score}: the direct tracks of a reported-speech run see
 * the fragments of its MIXED quotes and not its INDIRECT ones.
 */
class DirectViewCommandTest extends CommandTestCase {

  // What score.py prints for the file itself and for the same file with the MIXED quote replaced
  // by its fragment and the INDIRECT one left out.
  private static final String WHOLE_FILE =
      "all   gold=2 pred=3 quote P/R/F1 = 0.333/0.500/0.400  speaker acc = 1.000"
          + "  attributed P/R/F1 = 0.333/0.500/0.400\n"
          + "long  gold=1 pred=3 quote P/R/F1 = 0.333/1.000/0.500  speaker acc = 1.000"
          + "  attributed P/R/F1 = 0.333/1.000/0.500\n";
  private static final String DIRECT_ALONE =
      "all   gold=2 pred=2 quote P/R/F1 = 1.000/1.000/1.000  speaker acc = 1.000"
          + "  attributed P/R/F1 = 1.000/1.000/1.000\n"
          + "long  gold=1 pred=1 quote P/R/F1 = 1.000/1.000/1.000  speaker acc = 1.000"
          + "  attributed P/R/F1 = 1.000/1.000/1.000\n";

  @Test
  void scoresTheDirectQuotationsAloneAfterTheWholeFile() throws Exception {
    Score.main(
        new String[] {
          fixture("direct-view-gold.jsonl"), fixture("direct-view-pred.jsonl"), "--direct-view"
        });

    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            WHOLE_FILE
                + "\nDirect quotations alone (DIRECT quotes and the fragments of MIXED ones):\n"
                + DIRECT_ALONE);
  }

  @Test
  void withoutTheFlagOnlyTheWholeFileIsScored() throws Exception {
    Score.main(new String[] {fixture("direct-view-gold.jsonl"), fixture("direct-view-pred.jsonl")});

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(WHOLE_FILE);
  }
}
