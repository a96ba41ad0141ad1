package io.github.quotekit.examples;

import io.github.quotekit.EntityRecognizer;
import io.github.quotekit.EntityType;
import io.github.quotekit.Quote;
import io.github.quotekit.QuoteExtractor;
import io.github.quotekit.Speaker;
import io.github.quotekit.opennlp.NameFinderRecognizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Plugs an OpenNLP name-finder model, read from a file, into the extractor: the model says where
 * names are and whether they name people, organisations or places; quotekit keeps titles,
 * pronouns and noun phrases. Any {@code TokenNameFinderModel} works, such as the classic {@code
 * en-ner-person.bin} (type {@code person}) or one trained with OpenNLP's {@code
 * TokenNameFinderTrainer} or with the benchmarks' {@code TrainNameFinder} (types {@code PER},
 * {@code ORG}, {@code LOC}). After {@code mvn -B -q package -DskipTests} in the project root:
 *
 * <pre>
 * java -cp examples/target/quotekit-examples.jar io.github.quotekit.examples.NameFinderExample \
 *     MODEL.bin [ARTICLE.txt]
 * </pre>
 *
 * <p>Without an article it reads the bundled sample article.
 */
public final class NameFinderExample {

  private NameFinderExample() {}

  /**
   * Runs the example.
   *
   * @param args the model file, then optionally an article (UTF-8 text)
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Console.useUtf8();
    if (args.length == 0 || args.length > 2) {
      System.err.println("usage: NameFinderExample MODEL.bin [ARTICLE.txt]");
      System.exit(2);
    }
    String article =
        args.length == 2
            ? Files.readString(Path.of(args[1]), StandardCharsets.UTF_8)
            : QuickStart.sampleArticle();
    print(extractorWith(Path.of(args[0])), article);
  }

  /** Returns an extractor whose names come from the model in {@code modelFile}. */
  static QuoteExtractor extractorWith(Path modelFile) throws IOException {
    // README: name-finder
    TokenNameFinderModel model = new TokenNameFinderModel(modelFile);
    EntityRecognizer recognizer =
        NameFinderRecognizer.of(
            model,
            Map.of(
                "person", EntityType.PERSON, // the classic en-ner-person.bin
                "PER", EntityType.PERSON, // models trained on UNER or CoNLL-style data
                "ORG", EntityType.ORGANIZATION,
                "LOC", EntityType.LOCATION));
    QuoteExtractor extractor = QuoteExtractor.builder().entityRecognizer(recognizer).build();
    // END README
    return extractor;
  }

  /** Prints each quotation of {@code article} with its speaker and the speaker's kind. */
  static void print(QuoteExtractor extractor, String article) {
    for (Quote quote : extractor.extract(article).quotes()) {
      String kind = quote.speaker().map(Speaker::kind).map(k -> " (" + k + ")").orElse("");
      System.out.println(Console.describe(quote) + kind);
    }
  }
}
