package io.github.quotekit.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.Spliterators;
import java.util.Spliterator;
import org.junit.jupiter.api.Test;

class OrderedParallelMapTest {

  @Test
  void resultsKeepTheSourceOrderWhenLaterElementsFinishFirst() {
    // Element i sleeps less the larger it is, so workers finish out of order.
    List<Integer> results =
        OrderedParallelMap.stream(
                IntStream.range(0, 30).boxed(),
                i -> {
                  sleep(30 - i);
                  return i * 10;
                },
                4,
                8)
            .toList();
    assertThat(results).isEqualTo(IntStream.range(0, 30).map(i -> i * 10).boxed().toList());
  }

  @Test
  void theFunctionRunsOnSeveralWorkerThreads() throws InterruptedException {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    CountDownLatch both = new CountDownLatch(2);
    List<Integer> results =
        OrderedParallelMap.stream(
                Stream.of(1, 2, 3, 4),
                i -> {
                  threads.add(Thread.currentThread().getName());
                  both.countDown();
                  await(both);
                  return i;
                },
                2,
                2)
            .toList();
    assertThat(results).containsExactly(1, 2, 3, 4);
    assertThat(threads).hasSize(2).allMatch(name -> name.startsWith("quotekit-"));
  }

  @Test
  void atMostTheWindowIsReadAheadOfTheConsumer() {
    AtomicInteger read = new AtomicInteger();
    Iterator<Integer> counting =
        new Iterator<>() {
          int next;

          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public Integer next() {
            read.incrementAndGet();
            return next++;
          }
        };
    Stream<Integer> endless =
        StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(counting, Spliterator.ORDERED), false);
    try (Stream<Integer> results = OrderedParallelMap.stream(endless, i -> i, 2, 5)) {
      Iterator<Integer> it = results.iterator();
      for (int consumed = 1; consumed <= 50; consumed++) {
        assertThat(it.next()).isEqualTo(consumed - 1);
        assertThat(read.get()).isLessThanOrEqualTo(consumed + 5);
      }
    }
  }

  @Test
  void aSourceFailureComesAfterTheEarlierResults() {
    Iterator<Integer> failing =
        new Iterator<>() {
          int next;

          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public Integer next() {
            if (next == 3) {
              throw new UncheckedIOException(new java.io.IOException("disk gone"));
            }
            return next++;
          }
        };
    Stream<Integer> source =
        StreamSupport.stream(Spliterators.spliteratorUnknownSize(failing, 0), false);
    List<Integer> seen = new ArrayList<>();
    assertThatThrownBy(
            () -> OrderedParallelMap.stream(source, i -> i, 2, 4).forEach(seen::add))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk gone");
    assertThat(seen).containsExactly(0, 1, 2);
  }

  @Test
  void aFunctionFailureIsRethrownAtItsPlace() {
    List<Integer> seen = new ArrayList<>();
    assertThatThrownBy(
            () ->
                OrderedParallelMap.stream(
                        IntStream.range(0, 10).boxed(),
                        i -> {
                          if (i == 5) {
                            throw new IllegalStateException("five");
                          }
                          return i;
                        },
                        3,
                        6)
                    .forEach(seen::add))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("five");
    assertThat(seen).containsExactly(0, 1, 2, 3, 4);
  }

  @Test
  void theResultDoesNotSplitWhenMadeParallel() {
    List<Integer> results =
        OrderedParallelMap.stream(IntStream.range(0, 100).boxed(), i -> i, 2, 4)
            .parallel()
            .toList();
    assertThat(results).isEqualTo(IntStream.range(0, 100).boxed().toList());
  }

  @Test
  void argumentsAreChecked() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OrderedParallelMap.stream(Stream.of(1), i -> i, 0, 4));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OrderedParallelMap.stream(Stream.of(1), i -> i, 4, 3));
  }

  private static void sleep(int millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
