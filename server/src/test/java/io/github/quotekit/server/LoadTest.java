package io.github.quotekit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A bounded load test over loopback: {@value #CLIENTS} clients send {@value #REQUESTS_EACH}
 * made-up articles each to {@code POST /v1/extract}, one after the other; every answer must be
 * a 200 with the article's id and its one quote. It prints the latencies; it asserts none, as
 * timings belong to the benchmarks.
 */
class LoadTest {

  private static final int CLIENTS = 8;
  private static final int REQUESTS_EACH = 250;
  private static final long SEED = 20261207L;

  private static final String[] NAMES = {"Ana Ruiz", "Bo Carr", "Dana Ortiz", "Lena Osei",
      "Walt Dorrance", "Helen Ashgrove", "Tom Keverne", "Ines Marchetti"};
  private static final String[] CUES = {"said", "told reporters", "added", "wrote"};
  private static final String[] WORDS = {"harbor", "ferries", "budget", "council", "dredging",
      "grants", "the", "will", "not", "wait", "for", "years", "we", "need", "a", "plan"};

  /** One made-up article: a lead sentence, a quotation with a named speaker, a closing line. */
  private static String article(Random random) {
    StringBuilder quote = new StringBuilder();
    int words = 4 + random.nextInt(20);
    for (int i = 0; i < words; i++) {
      quote.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    String name = NAMES[random.nextInt(NAMES.length)];
    return "The council met on Monday to discuss the harbor.\n\n“"
        + Character.toUpperCase(quote.charAt(0)) + quote.substring(1) + ",” "
        + CUES[random.nextInt(CUES.length)] + " " + name + ".\n\nThe vote is next week.";
  }

  @Test
  void eightClientsSend2000RequestsAndNoneFails() throws Exception {
    System.out.println("LoadTest seed: " + SEED);
    try (QuotekitServer server =
        QuotekitServer.start(
            ServerOptions.parse(
                "--port", "0", "--no-reported-speech", "--max-concurrent", Integer.toString(CLIENTS)))) {
      Loopback http = new Loopback(server);
      ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
      ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      long start = System.nanoTime();
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        running.add(clients.submit(() -> {
          Random random = new Random(SEED + client);
          for (int r = 0; r < REQUESTS_EACH; r++) {
            String id = client + "-" + r;
            long sent = System.nanoTime();
            try {
              HttpResponse<String> response =
                  http.post("/v1/extract?id=" + id, "text/plain", article(random));
              latencies.add(System.nanoTime() - sent);
              JsonObject result = Loopback.json(response);
              if (response.statusCode() != 200
                  || !result.get("id").getAsString().equals(id)
                  || result.getAsJsonArray("quotes").size() != 1) {
                failures.add(id + ": " + response.statusCode() + " " + response.body());
              }
            } catch (RuntimeException e) {
              failures.add(id + ": " + e);
            }
          }
        }));
      }
      for (Future<?> client : running) {
        client.get(10, TimeUnit.MINUTES);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      clients.shutdown();

      List<Long> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      System.out.printf(
          "LoadTest: %d requests, %d concurrent clients, %d failed, median %.1f ms, p99 %.1f ms,"
              + " %.0f requests/s over %.1f s%n",
          sorted.size(), CLIENTS, failures.size(), percentile(sorted, 50) / 1e6,
          percentile(sorted, 99) / 1e6, sorted.size() / seconds, seconds);
      assertThat(failures).isEmpty();
      assertThat(sorted).hasSize(CLIENTS * REQUESTS_EACH);
    }
  }

  /** The nearest-rank percentile of sorted values. */
  private static long percentile(List<Long> sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }
}
