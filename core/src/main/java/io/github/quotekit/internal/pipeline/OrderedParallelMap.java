package io.github.quotekit.internal.pipeline;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Maps the elements of a stream with a function run on worker threads and gives the results in
 * input order, with a bounded number of elements in flight.
 *
 * <p>The source is read on the thread that consumes the result, only as far as the window allows:
 * at most {@code window} elements have been read and not yet handed out, so memory stays bounded
 * whatever the length of the source. The function runs on {@code threads} daemon worker threads,
 * created when the first result is asked for and stopped when the last is handed out or the
 * result stream is closed. An exception or error thrown by the function, or by the source, is
 * rethrown to the consumer at that element's place, after every earlier result.
 *
 * <p>The result stream is sequential and does not split, so it cannot be made parallel; it is
 * consumed by one thread at a time.
 */
public final class OrderedParallelMap<T, R> implements Iterator<R>, AutoCloseable {
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final Iterator<? extends T> source;
  private final Function<? super T, ? extends R> function;
  private final int threads;
  private final int window;
  private final ArrayDeque<Future<R>> inFlight = new ArrayDeque<>();
  private ThreadPoolExecutor pool;
  private boolean sourceDone;
  private boolean closed;

  private OrderedParallelMap(
      Iterator<? extends T> source,
      Function<? super T, ? extends R> function,
      int threads,
      int window) {
    this.source = source;
    this.function = function;
    this.threads = threads;
    this.window = window;
  }

  /**
   * Returns the results of {@code function} over {@code source}, in source order.
   *
   * @param source the elements; read lazily on the consuming thread, and closed with the result
   * @param function applied on worker threads, so it must be safe to call from several at once
   * @param threads the number of worker threads, {@code >= 1}
   * @param window the most elements read and not yet handed out, {@code >= threads}
   * @return a sequential, ordered stream; close it to stop the workers before the end
   */
  public static <T, R> Stream<R> stream(
      Stream<? extends T> source,
      Function<? super T, ? extends R> function,
      int threads,
      int window) {
    requireNonNull(source, "source");
    requireNonNull(function, "function");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
    if (window < threads) {
      throw new IllegalArgumentException("window must be >= threads: " + window);
    }
    OrderedParallelMap<T, R> map =
        new OrderedParallelMap<>(source.sequential().iterator(), function, threads, window);
    return StreamSupport.stream(new Unsplittable<>(map), false)
        .onClose(map::close)
        .onClose(source::close);
  }

  @Override
  public boolean hasNext() {
    fill();
    return !inFlight.isEmpty();
  }

  @Override
  public R next() {
    fill();
    Future<R> head = inFlight.poll();
    if (head == null) {
      throw new NoSuchElementException();
    }
    R result;
    try {
      result = head.get();
    } catch (InterruptedException e) {
      close();
      Thread.currentThread().interrupt();
      CancellationException cancelled = new CancellationException("interrupted");
      cancelled.initCause(e);
      throw cancelled;
    } catch (ExecutionException e) {
      close();
      throw rethrow(e.getCause());
    }
    fill();
    if (inFlight.isEmpty() && sourceDone) {
      shutDown();
    }
    return result;
  }

  /** Stops the workers and drops the results not handed out yet. Idempotent. */
  @Override
  public void close() {
    closed = true;
    sourceDone = true;
    for (Future<R> future : inFlight) {
      future.cancel(true);
    }
    inFlight.clear();
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  /** Reads the source until the window is full, submitting each element. */
  private void fill() {
    while (!sourceDone && inFlight.size() < window) {
      T element;
      try {
        if (!source.hasNext()) {
          sourceDone = true;
          return;
        }
        element = source.next();
      } catch (RuntimeException | Error e) {
        // Handed out after the results of the elements read before it.
        sourceDone = true;
        inFlight.add(CompletableFuture.failedFuture(e));
        return;
      }
      inFlight.add(pool().submit(() -> function.apply(element)));
    }
  }

  private ThreadPoolExecutor pool() {
    if (pool == null) {
      if (closed) {
        throw new IllegalStateException("closed");
      }
      int id = POOLS.incrementAndGet();
      AtomicInteger count = new AtomicInteger();
      pool =
          new ThreadPoolExecutor(
              threads,
              threads,
              10,
              TimeUnit.SECONDS,
              new LinkedBlockingQueue<>(),
              task -> {
                Thread thread =
                    new Thread(task, "quotekit-" + id + "-worker-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
              });
      // Idle workers of a stream that is abandoned without being closed end by themselves.
      pool.allowCoreThreadTimeOut(true);
    }
    return pool;
  }

  private void shutDown() {
    if (pool != null) {
      pool.shutdown();
    }
  }

  private static RuntimeException rethrow(Throwable cause) {
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    throw new IllegalStateException(cause);
  }

  /** A spliterator over an iterator that is ordered and never splits. */
  private static final class Unsplittable<R> implements Spliterator<R> {
    private final Iterator<R> iterator;

    Unsplittable(Iterator<R> iterator) {
      this.iterator = iterator;
    }

    @Override
    public boolean tryAdvance(Consumer<? super R> action) {
      if (!iterator.hasNext()) {
        return false;
      }
      action.accept(iterator.next());
      return true;
    }

    @Override
    public Spliterator<R> trySplit() {
      return null;
    }

    @Override
    public long estimateSize() {
      return Long.MAX_VALUE;
    }

    @Override
    public int characteristics() {
      return ORDERED;
    }
  }
}
