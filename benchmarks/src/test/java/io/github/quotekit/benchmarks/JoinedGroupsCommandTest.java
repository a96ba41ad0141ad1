package io.github.quotekit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The {@code --joined-groups} flag of {@link Score}: a quotation split by its attribution, which
 * the gold holds as one content of two spans, counts once when its two DIRECT parts are joined.
 */
class JoinedGroupsCommandTest extends CommandTestCase {

  // score.py on the file itself: neither part covers half of the joined content, so only the
  // INDIRECT quote matches. Joined, the group's span is the whole content.
  private static final String WHOLE_FILE_ATTRIBUTIONS =
      "attri gold=2 pred=3 quote P/R/F1 = 0.333/0.500/0.400  speaker acc = 1.000"
          + "  attributed P/R/F1 = 0.333/0.500/0.400\n";
  private static final String JOINED =
      "\nSplit direct quotations joined (each group's DIRECT parts as one span):\n"
          + "attri gold=2 pred=2 quote P/R/F1 = 1.000/1.000/1.000  speaker acc = 1.000"
          + "  attributed P/R/F1 = 1.000/1.000/1.000\n";

  @Test
  void scoresTheAttributionsTrackWithEachGroupJoinedAfterTheWholeFile() throws Exception {
    Score.main(
        new String[] {
          fixture("joined-groups-gold.jsonl"),
          fixture("joined-groups-pred.jsonl"),
          "--joined-groups"
        });

    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains(WHOLE_FILE_ATTRIBUTIONS)
        .endsWith(WHOLE_FILE_ATTRIBUTIONS + JOINED);
  }

  @Test
  void withoutTheFlagTheGroupsStaySplit() throws Exception {
    Score.main(
        new String[] {fixture("joined-groups-gold.jsonl"), fixture("joined-groups-pred.jsonl")});

    assertThat(out.toString(StandardCharsets.UTF_8))
        .endsWith(WHOLE_FILE_ATTRIBUTIONS)
        .doesNotContain("joined");
  }
}
