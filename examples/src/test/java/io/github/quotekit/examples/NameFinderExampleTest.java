package io.github.quotekit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.Quote;
import io.github.quotekit.QuoteExtractor;
import io.github.quotekit.SpeakerKind;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class NameFinderExampleTest {
  /** Made-up names that no bundled word list knows: only a model can say they are people. */
  private static final List<String> PEOPLE =
      List.of("Zorvath Quell", "Ysolde Brannagh", "Kettering Vose", "Amaru Tilq");

  private static final String ARTICLE = "“The pier stays shut,” said Zorvath Quell.";

  @TempDir static Path dir;
  private static Path modelFile;

  /** Trains a tiny person model on made-up sentences and writes it to a file, as a user has one. */
  @BeforeAll
  static void writeModel() throws IOException {
    List<NameSample> samples = new ArrayList<>();
    for (String person : PEOPLE) {
      String[] name = person.split(" ");
      for (String[] pattern :
          List.of(
              new String[] {"“", "The", "pier", "stays", "shut", ",", "”", "said"},
              new String[] {"Officials", "met", "with"})) {
        List<String> words = new ArrayList<>(List.of(pattern));
        int start = words.size();
        words.addAll(List.of(name));
        words.add(".");
        samples.add(
            new NameSample(
                words.toArray(String[]::new),
                new Span[] {new Span(start, start + name.length, "person")},
                true));
      }
    }
    TrainingParameters parameters = TrainingParameters.defaultParams();
    parameters.put(TrainingParameters.CUTOFF_PARAM, 0);
    parameters.put(TrainingParameters.ITERATIONS_PARAM, 30);
    TokenNameFinderModel model =
        NameFinderME.train(
            "en",
            null,
            ObjectStreamUtils.createObjectStream(samples),
            parameters,
            new TokenNameFinderFactory());
    modelFile = dir.resolve("person.bin");
    try (OutputStream out = Files.newOutputStream(modelFile)) {
      model.serialize(out);
    }
  }

  private static Quote only(QuoteExtractor extractor) {
    List<Quote> quotes = extractor.extract(ARTICLE).quotes();
    assertThat(quotes).hasSize(1);
    return quotes.get(0);
  }

  @Test
  void defaultRecogniserCannotTellWhatTheNameIs() {
    Quote quote = only(QuoteExtractor.english());

    assertThat(quote.speaker().orElseThrow().name()).isEqualTo("Zorvath Quell");
    assertThat(quote.speaker().orElseThrow().kind()).isEqualTo(SpeakerKind.UNKNOWN);
  }

  @Test
  void modelFromAFileTypesTheSpeakerAsAPerson() throws IOException {
    Quote quote = only(NameFinderExample.extractorWith(modelFile));

    assertThat(quote.speaker().orElseThrow().name()).isEqualTo("Zorvath Quell");
    assertThat(quote.speaker().orElseThrow().kind()).isEqualTo(SpeakerKind.PERSON);
  }

  @Test
  void printsEachQuotationWithItsSpeakersKind() throws IOException {
    QuoteExtractor extractor = NameFinderExample.extractorWith(modelFile);

    String output = CapturedOutput.of(() -> NameFinderExample.print(extractor, ARTICLE));

    assertThat(output).contains("“The pier stays shut,” — Zorvath Quell (PERSON)");
  }
}
