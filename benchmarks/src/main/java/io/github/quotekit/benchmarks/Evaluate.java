package io.github.quotekit.benchmarks;

import com.google.gson.JsonObject;
import io.github.quotekit.AttributionRule;
import io.github.quotekit.EntityRecognizer;
import io.github.quotekit.Extraction;
import io.github.quotekit.QuoteExtractor;
import io.github.quotekit.benchmarks.eval.GoldDocument;
import io.github.quotekit.benchmarks.eval.Predictions;
import io.github.quotekit.cli.ExtractionSerializer;
import io.github.quotekit.cli.ExtractorOptions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs {@link QuoteExtractor#english()} over every article of a gold file and scores the result
 * with the score.py port.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.quotekit.benchmarks.Evaluate \
 *     GOLD [--predictions-out FILE] [--json] [--errors N] [--report FILE] [--py-errors N]
 *     [--calibration] [--rule-calibration] [--cue-families] [--ggt] [--direct-view]
 *     [--joined-groups] [--no-reported-speech]
 *     [--quotation-marks LIST] [--rules NAME,NAME,...|none]
 *     [--min-unattributed-words N]
 *     [--propn-only | --name-finder MODEL [--name-finder-fallback | --name-finder-types]]
 * </pre>
 *
 * <p>Prints score.py's lines (or its JSON) and then the extraction time; with {@code --json} the
 * time goes to standard error so that standard output stays one JSON object. {@code
 * --predictions-out} writes the predictions as JSON lines that score.py reads, so the figures can
 * be checked with the reference scorer. The error options, {@code --calibration}, {@code
 * --rule-calibration}, {@code --cue-families}, {@code --ggt}, {@code --direct-view} and {@code --joined-groups} are those of
 * {@link Score}; their reports come after the extraction time. {@code --no-reported-speech}
 * leaves out the indirect and mixed quotations, which only the "attributions" track of PolNeAR
 * gold can credit ({@code --reported-speech}, the default, is accepted too). {@code
 * --quotation-marks} takes the CLI's list of presets and styles. {@code --rules} replaces the
 * attribution rules with the built-in rules named (in any order: each keeps its priority), or with
 * none; {@code --min-unattributed-words} also reports unattributed quotations, as the builder
 * option does.
 *
 * <p>The entity recogniser is {@link EntityRecognizer#properNouns()} unless {@code --propn-only}
 * (runs of {@code PROPN} tags, untyped) or {@code --name-finder MODEL} (a model written by {@link
 * TrainNameFinder}; with {@code --name-finder-fallback}, plus the default's names where the model
 * finds none; with {@code --name-finder-types}, the default's names typed by the model) replaces
 * it.
 */
public final class Evaluate {

  private Evaluate() {}

  /** Runs the command; exits with status 2 on a usage error. */
  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    Options options =
        Options.parseOrExit(
            args,
            Set.of(
                "--json", "--calibration", "--rule-calibration", "--cue-families", "--ggt",
                "--direct-view",
                "--joined-groups", "--propn-only", "--name-finder-fallback", "--name-finder-types"),
            Set.of(
                "--predictions-out", "--errors", "--report", "--py-errors", "--name-finder",
                "--rules"),
            new ExtractorOptions(),
            1,
            "Evaluate GOLD [--predictions-out FILE] [--json] [--errors N] [--report FILE]"
                + " [--py-errors N] [--calibration] [--rule-calibration] [--cue-families] [--ggt]"
                + " [--direct-view]"
                + " [--joined-groups]"
                + " [--no-reported-speech] [--quotation-marks LIST] [--min-confidence X]"
                + " [--rules NAME,NAME,...|none] [--min-unattributed-words N]"
                + " [--propn-only | --name-finder MODEL"
                + " [--name-finder-fallback | --name-finder-types]]",
            err);
    List<GoldDocument> gold = GoldDocument.load(Path.of(options.positional().get(0)));

    long loadStart = System.nanoTime();
    QuoteExtractor.Builder builder =
        QuoteExtractor.builder()
            .spec(options.extractorSpec())
            .entityRecognizer(entityRecognizer(options));
    if (options.has("--rules")) {
      builder.removeAllRules();
      for (String name : options.get("--rules").split(",")) {
        if (!name.isBlank() && !name.strip().equals("none")) {
          builder.addRule(AttributionRule.builtIn(name.strip()));
        }
      }
    }
    QuoteExtractor extractor = builder.build();
    long loadNanos = System.nanoTime() - loadStart;

    List<JsonObject> predicted = new ArrayList<>(gold.size());
    long chars = 0;
    long extractNanos = 0;
    for (GoldDocument doc : gold) {
      long start = System.nanoTime();
      Extraction extraction = extractor.extract(doc.text());
      extractNanos += System.nanoTime() - start;
      chars += doc.text().length();
      predicted.add(ExtractionSerializer.toJson(doc.id().getAsJsonPrimitive(), extraction));
    }

    if (options.has("--predictions-out")) {
      Path file = Path.of(options.get("--predictions-out"));
      try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (JsonObject doc : predicted) {
          w.write(ExtractionSerializer.toJsonLine(doc));
          w.write('\n');
        }
      }
    }

    Predictions predictions = Predictions.of(predicted, gold);
    Reporting.report(gold, predictions, options, out, err);
    double seconds = extractNanos / 1e9;
    String timing =
        String.format(
            "extraction: %d articles, %d chars in %.2f s (%.0f chars/s, first call included);"
                + " model loading %.2f s",
            gold.size(), chars, seconds, seconds > 0 ? chars / seconds : 0.0, loadNanos / 1e9);
    (options.has("--json") ? err : out).println(timing);
    Reporting.appendices(gold, predictions, options, out, err);
  }

  private static EntityRecognizer entityRecognizer(Options options) throws IOException {
    if (options.has("--propn-only")) {
      return Recognizers.properNounTagsOnly();
    }
    if (!options.has("--name-finder")) {
      return EntityRecognizer.properNouns();
    }
    EntityRecognizer model = Recognizers.trainedModel(Path.of(options.get("--name-finder")));
    if (options.has("--name-finder-types")) {
      return Recognizers.typedBy(EntityRecognizer.properNouns(), model);
    }
    return options.has("--name-finder-fallback")
        ? Recognizers.withFallback(model, EntityRecognizer.properNouns())
        : model;
  }
}
