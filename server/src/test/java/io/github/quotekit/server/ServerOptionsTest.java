package io.github.quotekit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quotekit.QuotationMarks;
import org.junit.jupiter.api.Test;

class ServerOptionsTest {

  @Test
  void theDefaultsListenOnLoopbackWithRoomForHealthBeyondTheExtractionSlots() {
    ServerOptions options = ServerOptions.defaults();
    assertThat(options.bind()).isEqualTo("127.0.0.1");
    assertThat(options.port()).isEqualTo(ServerOptions.DEFAULT_PORT);
    assertThat(options.maxRequestBytes()).isEqualTo(ServerOptions.DEFAULT_MAX_REQUEST_BYTES);
    assertThat(options.maxConcurrent())
        .isEqualTo(2 * Runtime.getRuntime().availableProcessors());
    assertThat(options.threads()).isEqualTo(options.maxConcurrent() + 4);
    assertThat(options.minConfidence()).isEmpty();
    assertThat(options.quotationMarks()).isEqualTo(QuotationMarks.auto());
    assertThat(options.explain()).isFalse();
    assertThat(options.help()).isFalse();
  }

  @Test
  void everyOptionIsRead() {
    ServerOptions options =
        ServerOptions.parse("--port", "0", "--bind=0.0.0.0", "--max-request-bytes", "1000",
            "--max-concurrent", "3", "--threads=9", "--min-confidence", "0.8",
            "--min-unattributed-words", "4", "--reported-speech", "--quotation-marks",
            "english,guillemets", "--explain");
    assertThat(options.port()).isZero();
    assertThat(options.bind()).isEqualTo("0.0.0.0");
    assertThat(options.maxRequestBytes()).isEqualTo(1000);
    assertThat(options.maxConcurrent()).isEqualTo(3);
    assertThat(options.threads()).isEqualTo(9);
    assertThat(options.minConfidence()).hasValue(0.8);
    assertThat(options.minUnattributedWords()).hasValue(4);
    assertThat(options.reportedSpeech()).isTrue();
    assertThat(options.quotationMarks().styles())
        .contains(QuotationMarks.Style.GUILLEMETS, QuotationMarks.Style.CURLY_DOUBLE);
    assertThat(options.explain()).isTrue();
    assertThat(ServerOptions.parse("-h").help()).isTrue();
  }

  @Test
  void badCommandLinesSayWhatIsWrong() {
    assertThatThrownBy(() -> ServerOptions.parse("--port", "70000"))
        .hasMessage("--port must be a whole number from 0 to 65535: '70000'");
    assertThatThrownBy(() -> ServerOptions.parse("--port")).hasMessage("--port needs a value");
    assertThatThrownBy(() -> ServerOptions.parse("--colour", "red"))
        .hasMessage("unknown option: --colour");
    assertThatThrownBy(() -> ServerOptions.parse("article.txt"))
        .hasMessage("unexpected argument: article.txt");
    assertThatThrownBy(() -> ServerOptions.parse("--explain=yes"))
        .hasMessage("--explain takes no value");
    assertThatThrownBy(() -> ServerOptions.parse("--min-confidence", "2"))
        .hasMessage("--min-confidence must be a number from 0 to 1: '2'");
    assertThatThrownBy(() -> ServerOptions.parse("--quotation-marks", "klingon"))
        .hasMessageStartingWith("--quotation-marks: unknown name 'klingon'");
    assertThatThrownBy(() -> ServerOptions.parse("--max-concurrent", "8", "--threads", "8"))
        .hasMessage("threads must be more than max concurrent (8): 8");
  }
}
