package io.github.quotekit.internal.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * {@link TokenizerME#tokenizePos} with its work memoised per whitespace-separated chunk, giving each
 * token as a {@link Word} shared by all the occurrences of its text. Not thread-safe: one instance
 * per thread.
 *
 * <p>{@code TokenizerME} first splits the text at whitespace (as its {@code WhitespaceTokenizer}
 * does, without keeping new lines) and then decides, for every character boundary inside a chunk
 * of two or more characters, whether to split there, from features of that chunk alone. So a
 * chunk's tokens depend only on the chunk: they are computed once by {@code TokenizerME} on the
 * chunk itself and reused at every later occurrence ("the", "said,", "Trump's"). The offsets are
 * exactly those of {@code tokenizePos} of the whole text, except for the chunks given as whole
 * words, which stay one token each.
 */
final class CachingTokenizer {
  /** Chunks whose tokens are memoised; the memo is emptied when it reaches this size. */
  private static final int MAX_CHUNKS = 50_000;

  private final TokenizerME tokenizer;
  private final Map<String, Chunk> memo = new HashMap<>();
  /** The word of each token text of the memoised chunks. */
  private final Map<String, Word> words = new HashMap<>();
  /** The words of one-character chunks of ASCII, which skip the memo. */
  private final Word[] asciiWords = new Word[128];

  /** The tokens of one chunk: their offsets within it, as pairs, and their words. */
  private record Chunk(int[] cuts, Word[] words) {}

  /** The tokens of one call of {@link #tokenize}, in text order; reused from call to call. */
  static final class Tokens {
    private int size;
    private int[] begins = new int[64];
    private int[] ends = new int[64];
    private Word[] words = new Word[64];

    int size() {
      return size;
    }

    int begin(int i) {
      return begins[i];
    }

    int end(int i) {
      return ends[i];
    }

    /** Returns the words of the tokens, in a new array. */
    Word[] words() {
      return Arrays.copyOf(words, size);
    }

    private void add(int begin, int end, Word word) {
      if (size == begins.length) {
        begins = Arrays.copyOf(begins, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
        words = Arrays.copyOf(words, size * 2);
      }
      begins[size] = begin;
      ends[size] = end;
      words[size++] = word;
    }
  }

  /** The chunks, in lower case, that stay one token whatever the tokenizer would split. */
  private final Set<String> wholeWords;

  /** Gives exactly the tokens of {@code tokenizer}. */
  CachingTokenizer(TokenizerME tokenizer) {
    this(tokenizer, Set.of());
  }

  /**
   * Gives the tokens of {@code tokenizer}, except that a chunk of {@code wholeWords} (in lower
   * case, such as "mrs.") is one token.
   */
  CachingTokenizer(TokenizerME tokenizer, Set<String> wholeWords) {
    this.tokenizer = tokenizer;
    this.wholeWords = Set.copyOf(wholeWords);
  }

  /**
   * Replaces the contents of {@code out} with the tokens of {@code text.substring(from, to)}: the
   * spans {@code tokenizer.tokenizePos} returns for it, offset by {@code from}, with their words.
   */
  void tokenize(String text, int from, int to, Tokens out) {
    out.size = 0;
    int start = -1;
    for (int i = from; i <= to; i++) {
      boolean space = i == to || StringUtil.isWhitespace(text.charAt(i));
      if (space && start >= 0) {
        addChunk(text, start, i, out);
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
  }

  private void addChunk(String text, int begin, int end, Tokens out) {
    if (end - begin < 2) {
      char c = text.charAt(begin);
      Word word = c < asciiWords.length ? asciiWords[c] : null;
      if (word == null) {
        word = wordOf(String.valueOf(c));
        if (c < asciiWords.length) {
          asciiWords[c] = word;
        }
      }
      out.add(begin, end, word);
      return;
    }
    String chunkText = text.substring(begin, end);
    Chunk chunk = memo.get(chunkText);
    if (chunk == null) {
      if (memo.size() >= MAX_CHUNKS) {
        memo.clear();
        words.clear();
      }
      chunk = split(chunkText);
      memo.put(chunkText, chunk);
    }
    int[] cuts = chunk.cuts;
    for (int k = 0; k < chunk.words.length; k++) {
      out.add(begin + cuts[2 * k], begin + cuts[2 * k + 1], chunk.words[k]);
    }
  }

  private Chunk split(String chunk) {
    if (wholeWords.contains(chunk.toLowerCase(Locale.ROOT))) {
      return new Chunk(new int[] {0, chunk.length()}, new Word[] {wordOf(chunk)});
    }
    Span[] spans = tokenizer.tokenizePos(chunk);
    int[] cuts = new int[spans.length * 2];
    Word[] tokens = new Word[spans.length];
    for (int k = 0; k < spans.length; k++) {
      cuts[2 * k] = spans[k].getStart();
      cuts[2 * k + 1] = spans[k].getEnd();
      tokens[k] = wordOf(chunk.substring(cuts[2 * k], cuts[2 * k + 1]));
    }
    return new Chunk(cuts, tokens);
  }

  private Word wordOf(String token) {
    return words.computeIfAbsent(token, Word::new);
  }
}
