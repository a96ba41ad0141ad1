package io.github.quotekit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.EntityRecognizer;
import io.github.quotekit.EntityType;
import io.github.quotekit.NamedEntity;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link TrainNameFinder} on made-up IOB2 files. */
class TrainNameFinderTest {
  private static final List<String> PEOPLE = List.of("Ana Ruiz", "Omar Vance", "Lena Brook");
  private static final List<String> PLACES = List.of("Lisbon", "Oslo", "Quito");

  /** Writes one document per person: "Ana Ruiz visited Oslo ." with IOB2 tags. */
  private static Path iob2(Path dir, String name) throws Exception {
    List<String> lines = new ArrayList<>();
    for (String person : PEOPLE) {
      lines.add("# newdoc id = " + person.replace(' ', '_'));
      for (String place : PLACES) {
        String[] words = person.split(" ");
        lines.add("1\t" + words[0] + "\tB-PER");
        lines.add("2\t" + words[1] + "\tI-PER");
        lines.add("3\tvisited\tO");
        lines.add("4\t" + place + "\tB-LOC");
        lines.add("5\t.\tO");
        lines.add("");
      }
    }
    Path file = dir.resolve(name);
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void readsSentencesWithTheirNames(@TempDir Path dir) throws Exception {
    List<NameSample> samples = TrainNameFinder.Iob2.read(iob2(dir, "people.iob2"));

    assertThat(samples).hasSize(9);
    assertThat(samples.get(0).getSentence()).containsExactly("Ana", "Ruiz", "visited", "Lisbon", ".");
    assertThat(samples.get(0).getNames()).containsExactly(new Span(0, 2, "PER"), new Span(3, 4, "LOC"));
    assertThat(samples.get(0).isClearAdaptiveDataSet()).isTrue();
    assertThat(samples.get(1).isClearAdaptiveDataSet()).isFalse();
  }

  @Test
  void leavesOutExcludedDocuments(@TempDir Path dir) throws Exception {
    Path file = iob2(dir, "people.iob2");

    assertThat(TrainNameFinder.Iob2.documentIds(file)).containsExactlyInAnyOrder("Ana_Ruiz", "Omar_Vance", "Lena_Brook");
    assertThat(TrainNameFinder.Iob2.readExcluding(file, Set.of("Ana_Ruiz", "Lena_Brook"))).hasSize(3);
  }

  @Test
  void trainsScoresAndWritesAModelTheLibraryRuns(@TempDir Path dir) throws Exception {
    Path train = iob2(dir, "train.iob2");
    Path test = dir.resolve("test.iob2");
    Files.write(test, List.of("# newdoc id = held-out", "1\tOslo\tB-LOC", "2\t.\tO", ""));
    Files.write(dir.resolve("person_first.txt"), List.of("ana", "omar", "lena"));
    Files.write(dir.resolve("person_last.txt"), List.of("ruiz"));
    Files.write(dir.resolve("org.txt"), List.of("harbor authority"));
    Files.write(dir.resolve("loc.txt"), List.of("oslo"));
    Path model = dir.resolve("model.bin");
    PrintStream stdout = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      TrainNameFinder.main(
          new String[] {
            "--train", train.toString(), "--test", test.toString(), "--gazetteers", dir.toString(),
            "--iterations", "10", "--out", model.toString()
          });
    } finally {
      System.setOut(stdout);
    }

    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("trained on 9 sentences")
        .containsPattern("\\(1 sentences\\): P/R/F1 = [01]\\.\\d{3}/");
    EntityRecognizer recognizer = Recognizers.trainedModel(model);
    List<String> words = List.of("Omar", "Vance", "visited", "Quito", ".");
    assertThat(recognizer.recognize(words, List.of("X", "X", "X", "X", "X")))
        .containsExactly(
            new NamedEntity(0, 2, EntityType.PERSON), new NamedEntity(3, 4, EntityType.LOCATION));
  }
}
