package io.github.quotekit.benchmarks;

import java.util.List;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The position of one JMH benchmark thread in a list of articles that it extracts in turn, and the
 * characters it extracted, which JMH reports per second as the secondary result {@code chars}.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class ArticleCursor {
  private long next;

  /** Characters extracted; JMH turns it into characters per second. */
  public long chars;

  /** Starts each thread at another article. */
  @Setup(Level.Iteration)
  public void reset() {
    next = Thread.currentThread().getId();
  }

  /** Returns the next article of {@code articles}, counting its characters. */
  String take(List<String> articles) {
    String text = articles.get((int) (next++ % articles.size()));
    chars += text.length();
    return text;
  }
}
