/**
 * An HTML report of quotekit's results that a person can check at a glance: {@link
 * io.github.quotekit.html.HtmlReport} renders a batch of {@link
 * io.github.quotekit.html.NamedExtraction}s as one self-contained page, with every quotation
 * highlighted in its speaker's colour and a summary of the batch.
 *
 * <pre>{@code
 * QuoteExtractor extractor = QuoteExtractor.english();
 * String text = Files.readString(Path.of("examples/sample-article.txt"));
 * List<NamedExtraction> batch =
 *     List.of(new NamedExtraction("sample-article.txt", extractor.extract(text)));
 * Files.writeString(Path.of("report.html"), HtmlReport.builder().build().render(batch));
 * }</pre>
 */
package io.github.quotekit.html;
