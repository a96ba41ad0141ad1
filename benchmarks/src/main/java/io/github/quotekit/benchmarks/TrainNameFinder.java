package io.github.quotekit.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.ml.perceptron.PerceptronTrainer;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderEvaluator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.StringList;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.eval.FMeasure;

/**
 * Trains an OpenNLP perceptron name finder (types PER, ORG, LOC) on IOB2 files, reports its
 * precision, recall and F1 on a held-out IOB2 file, and writes the model.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.quotekit.benchmarks.TrainNameFinder \
 *     --train FILE[,FILE...] --test FILE --out MODEL [--gazetteers DIR] [--iterations N]
 * </pre>
 *
 * <p>Files are in the format of {@code shared/ner}: {@code index<TAB>word<TAB>tag} lines, a blank
 * line between sentences, {@code # newdoc id = ...} before each document. A training document
 * whose id also occurs in the test file is left out, so that a test set taken from a training
 * corpus stays held out. {@code --gazetteers} names a directory of lower-case name lists ({@code
 * person_first.txt}, {@code person_last.txt}, {@code org.txt}, {@code loc.txt}): the model then
 * sees which words are part of a listed name. The features are those of
 * {@code name-finder-features.xml}; the perceptron makes 50 passes unless {@code --iterations}
 * says otherwise. The model needs only OpenNLP to run.
 */
public final class TrainNameFinder {
  private static final List<String> GAZETTEERS =
      List.of("person_first", "person_last", "org", "loc");

  private TrainNameFinder() {}

  /** Runs the command; exits with status 2 on a usage error. */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    Options options =
        Options.parseOrExit(
            args,
            Set.of(),
            Set.of("--train", "--test", "--out", "--gazetteers", "--iterations"),
            0,
            "TrainNameFinder --train FILE[,FILE...] --test FILE --out MODEL [--gazetteers DIR]"
                + " [--iterations N]",
            err);
    if (!options.has("--train") || !options.has("--test") || !options.has("--out")) {
      err.println("error: --train, --test and --out are required");
      System.exit(2);
    }
    List<NameSample> test = Iob2.read(Path.of(options.get("--test")));
    Set<String> testDocuments = Iob2.documentIds(Path.of(options.get("--test")));
    List<NameSample> train = new ArrayList<>();
    for (String file : options.get("--train").split(",")) {
      train.addAll(Iob2.readExcluding(Path.of(file), testDocuments));
    }
    Map<String, Object> resources = new TreeMap<>();
    resources.put(
        "gazetteer",
        options.has("--gazetteers")
            ? gazetteer(Path.of(options.get("--gazetteers")))
            : new Dictionary(false));

    TrainingParameters parameters = TrainingParameters.defaultParams();
    parameters.put(TrainingParameters.ALGORITHM_PARAM, PerceptronTrainer.PERCEPTRON_VALUE);
    parameters.put(
        TrainingParameters.ITERATIONS_PARAM,
        Integer.parseInt(options.has("--iterations") ? options.get("--iterations") : "50"));
    parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
    byte[] features;
    try (InputStream in = TrainNameFinder.class.getResourceAsStream("name-finder-features.xml")) {
      features = in.readAllBytes();
    }
    long start = System.nanoTime();
    TokenNameFinderModel model =
        NameFinderME.train(
            "en",
            null,
            ObjectStreamUtils.createObjectStream(train),
            parameters,
            TokenNameFinderFactory.create(null, features, resources, new BioCodec()));
    out.printf("trained on %d sentences in %.0f s%n", train.size(), (System.nanoTime() - start) / 1e9);

    TokenNameFinderEvaluator evaluator = new TokenNameFinderEvaluator(new NameFinderME(model));
    evaluator.evaluate(ObjectStreamUtils.createObjectStream(test));
    FMeasure measure = evaluator.getFMeasure();
    out.printf(
        "held-out %s (%d sentences): P/R/F1 = %.3f/%.3f/%.3f%n",
        options.get("--test"),
        test.size(),
        measure.getPrecisionScore(),
        measure.getRecallScore(),
        measure.getFMeasure());
    model.serialize(Path.of(options.get("--out")));
  }

  /** Reads the name lists into one case-insensitive dictionary of names. */
  private static Dictionary gazetteer(Path directory) throws IOException {
    Dictionary names = new Dictionary(false);
    for (String list : GAZETTEERS) {
      for (String entry : Files.readAllLines(directory.resolve(list + ".txt"))) {
        if (!entry.isBlank()) {
          names.put(new StringList(entry.strip().split("\\s+")));
        }
      }
    }
    return names;
  }

  /** Reads the IOB2 files of {@code shared/ner}. */
  static final class Iob2 {
    private static final String NEW_DOCUMENT = "# newdoc id = ";

    private Iob2() {}

    static List<NameSample> read(Path file) throws IOException {
      return readExcluding(file, Set.of());
    }

    static Set<String> documentIds(Path file) throws IOException {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .filter(line -> line.startsWith(NEW_DOCUMENT))
          .map(line -> line.substring(NEW_DOCUMENT.length()).strip())
          .collect(Collectors.toSet());
    }

    /** Reads the sentences of {@code file}, without those of the documents {@code excluded}. */
    static List<NameSample> readExcluding(Path file, Set<String> excluded) throws IOException {
      List<NameSample> samples = new ArrayList<>();
      List<String> words = new ArrayList<>();
      List<String> tags = new ArrayList<>();
      boolean skipping = false;
      boolean documentStart = true;
      List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
      lines.add("");
      for (String line : lines) {
        if (line.startsWith(NEW_DOCUMENT)) {
          skipping = excluded.contains(line.substring(NEW_DOCUMENT.length()).strip());
          documentStart = true;
        } else if (line.isBlank()) {
          if (!words.isEmpty() && !skipping) {
            samples.add(sample(words, tags, documentStart));
            documentStart = false;
          }
          words.clear();
          tags.clear();
        } else if (!line.startsWith("#")) {
          String[] columns = line.split("\t");
          words.add(columns[1]);
          tags.add(columns[2]);
        }
      }
      return samples;
    }

    private static NameSample sample(List<String> words, List<String> tags, boolean documentStart) {
      // BioCodec reads "PER-start"/"PER-cont"/"other" outcomes.
      String[] outcomes =
          tags.stream()
              .map(tag -> tag.equals("O") ? BioCodec.OTHER
                  : tag.substring(2) + "-" + (tag.startsWith("B-") ? BioCodec.START : BioCodec.CONTINUE))
              .toArray(String[]::new);
      return new NameSample(
          words.toArray(String[]::new), new BioCodec().decode(Arrays.asList(outcomes)), documentStart);
    }
  }
}
