/**
 * Accuracy evaluation and benchmarks for quotekit: {@link io.github.quotekit.benchmarks.Evaluate}
 * runs the extractor over gold articles and scores it, {@link io.github.quotekit.benchmarks.Score}
 * scores an existing predictions file; both use the score.py port in {@code .eval}.
 */
package io.github.quotekit.benchmarks;
