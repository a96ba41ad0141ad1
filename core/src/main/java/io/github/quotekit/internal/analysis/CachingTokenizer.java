package io.github.quotekit.internal.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * {@link TokenizerME#tokenizePos} with its work memoised per whitespace-separated chunk. Not
 * thread-safe: one instance per thread.
 *
 * <p>{@code TokenizerME} first splits the text at whitespace (as its {@code WhitespaceTokenizer}
 * does, without keeping new lines) and then decides, for every character boundary inside a chunk
 * of two or more characters, whether to split there, from features of that chunk alone. So a
 * chunk's tokens depend only on the chunk: they are computed once by {@code TokenizerME} on the
 * chunk itself and reused at every later occurrence ("the", "said,", "Trump's"). The result is
 * exactly {@code tokenizePos} of the whole text.
 */
final class CachingTokenizer {
  /** Chunks whose tokens are memoised; the memo is emptied when it reaches this size. */
  private static final int MAX_CHUNKS = 50_000;

  private static final int[] WHOLE = {0, -1};

  private final TokenizerME tokenizer;
  private final Map<String, int[]> memo = new HashMap<>();

  CachingTokenizer(TokenizerME tokenizer) {
    this.tokenizer = tokenizer;
  }

  /** Returns what {@code tokenizer.tokenizePos(text)} returns. */
  Span[] tokenizePos(String text) {
    List<Span> tokens = new ArrayList<>();
    int end = text.length();
    int start = -1;
    for (int i = 0; i <= end; i++) {
      boolean space = i == end || StringUtil.isWhitespace(text.charAt(i));
      if (space && start >= 0) {
        addChunk(text, start, i, tokens);
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return tokens.toArray(new Span[0]);
  }

  private void addChunk(String text, int begin, int end, List<Span> out) {
    if (end - begin < 2) {
      out.add(new Span(begin, end));
      return;
    }
    String chunk = text.substring(begin, end);
    int[] cuts = memo.get(chunk);
    if (cuts == null) {
      if (memo.size() >= MAX_CHUNKS) {
        memo.clear();
      }
      cuts = split(chunk);
      memo.put(chunk, cuts);
    }
    if (cuts == WHOLE) {
      out.add(new Span(begin, end));
      return;
    }
    for (int k = 0; k < cuts.length; k += 2) {
      out.add(new Span(begin + cuts[k], begin + cuts[k + 1]));
    }
  }

  /** Token offsets within {@code chunk}, as pairs, or {@link #WHOLE} for one token. */
  private int[] split(String chunk) {
    Span[] spans = tokenizer.tokenizePos(chunk);
    if (spans.length == 1 && spans[0].getStart() == 0 && spans[0].getEnd() == chunk.length()) {
      return WHOLE;
    }
    int[] cuts = new int[spans.length * 2];
    for (int k = 0; k < spans.length; k++) {
      cuts[2 * k] = spans[k].getStart();
      cuts[2 * k + 1] = spans[k].getEnd();
    }
    return cuts;
  }
}
