package io.github.quotekit.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** With every extraction slot taken, extraction requests get 503 and health still answers. */
class ConcurrencyLimitTest {

  @Test
  void aRequestBeyondTheLimitIs503WithRetryAfterAndServedOnceASlotIsFree() throws Exception {
    try (QuotekitServer server =
        QuotekitServer.start(ServerOptions.parse("--port", "0", "--max-concurrent", "1"))) {
      Loopback http = new Loopback(server);
      // A batch whose body stays open holds the one slot until it ends.
      try (ChunkedUpload batch = new ChunkedUpload(server)) {
        awaitBusy(http, 1);

        HttpResponse<String> refused =
            http.post("/v1/extract", "text/plain", "“Yes,” said Al.");
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(Loopback.json(refused).get("error").getAsString()).startsWith("busy");
        assertThat(http.post("/", LivePage.FORM, "text=x").statusCode()).isEqualTo(503);
        assertThat(http.post("/v1/extract-batch", QuotekitServer.JSON_LINES, "{}").statusCode())
            .isEqualTo(503);
        assertThat(http.get("/").statusCode()).isEqualTo(200);

        batch.send("{\"text\": \"“Yes,” said Al Gore.\"}");
        batch.finish();
        assertThat(batch.status()).isEqualTo("HTTP/1.1 200 OK");
        assertThat(batch.nextJson()).contains("Al Gore");
        assertThat(batch.nextJson()).isNull();
      }
      awaitBusy(http, 0);
      assertThat(http.post("/v1/extract", "text/plain", "“Yes,” said Al.").statusCode())
          .isEqualTo(200);
    }
  }

  /** Waits, at most 30 seconds, until health reports {@code busy} slots taken. */
  private static void awaitBusy(Loopback http, int busy) throws IOException, InterruptedException {
    for (int i = 0; i < 300; i++) {
      if (Loopback.json(http.get("/health")).get("busy").getAsInt() == busy) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the server never had " + busy + " busy slots");
  }
}
