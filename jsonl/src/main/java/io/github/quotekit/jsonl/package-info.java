/**
 * The JSON Lines input of quotekit's front ends: {@link io.github.quotekit.jsonl.ArticleJson}, one
 * reader of a line, so that the CLI ({@code --input-format jsonl}), the server ({@code POST
 * /v1/extract-batch}) and the Spark job ({@code SparkMain}) give the same id and the same error
 * text for the same line.
 */
package io.github.quotekit.jsonl;
