/**
 * A faithful Java port of the reference scorer score.py ({@link
 * io.github.quotekit.benchmarks.eval.Scorer}) with Python's string and JSON semantics ({@link
 * io.github.quotekit.benchmarks.eval.PyText}, {@link io.github.quotekit.benchmarks.eval.PyJson}),
 * an error report that groups what went wrong by cause and rule ({@link
 * io.github.quotekit.benchmarks.eval.ErrorReport}), and a calibration report of the predictions'
 * confidence ({@link io.github.quotekit.benchmarks.eval.Calibration}).
 */
package io.github.quotekit.benchmarks.eval;
