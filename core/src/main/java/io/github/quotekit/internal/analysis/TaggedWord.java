package io.github.quotekit.internal.analysis;

/** A token with its tag before it becomes a {@link Token}; offsets are local to a paragraph. */
record TaggedWord(String text, String pos, int begin, int end) {}
