package io.github.quotekit.benchmarks.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.Channel;
import io.github.quotekit.Cue;
import io.github.quotekit.Extraction;
import io.github.quotekit.Mention;
import io.github.quotekit.Quote;
import io.github.quotekit.QuoteType;
import io.github.quotekit.Span;
import io.github.quotekit.Speaker;
import io.github.quotekit.SpeakerKind;
import io.github.quotekit.cli.ExtractionSerializer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The command line's output, as Evaluate writes it, is what the scorer reads. */
class CliPredictionScoringTest {

  private static final String TEXT = "\u201cWe are ready,\u201d Mayor Ana Ruiz said. \u201cAre we?\u201d";

  private static Extraction extraction() {
    Mention ruiz = new Mention(Span.of(22, 30), "Ana Ruiz");
    Speaker speaker =
        new Speaker(0, "Ana Ruiz", SpeakerKind.PERSON, Optional.of("Mayor"), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.of("mayor"), Optional.empty(),
            List.of(ruiz));
    Quote said =
        new Quote("We are ready,", Span.of(1, 14), QuoteType.DIRECT,
            List.of(Span.of(1, 14)),
            Optional.of(new Cue(Span.of(31, 35), "said", "say")), Optional.of(ruiz),
            Optional.of(speaker), 0.9, "quote-comma-name-verb", Channel.SPOKEN, 0,
            Optional.empty(),
            Optional.empty());
    Quote bare =
        new Quote("Are we?", Span.of(38, 45), QuoteType.DIRECT, List.of(Span.of(38, 45)), Optional.empty(), Optional.empty(),
            Optional.empty(), 0.5, Quote.UNATTRIBUTED, Channel.UNSPECIFIED, 1, Optional.empty(), Optional.empty());
    return new Extraction(TEXT, List.of(said, bare), List.of(speaker));
  }

  @Test
  void isScoredLikeAnyPredictionFile() {
    String gold =
        "{\"id\": \"a1\", \"text\": \"" + TEXT.replace("\"", "\\\"") + "\", \"quotes\": ["
            + "{\"begin\": 1, \"end\": 14, \"source\": [[16, 30]], \"sourceText\": \"Mayor Ana Ruiz\"},"
            + "{\"begin\": 38, \"end\": 45, \"source\": [[16, 30]], \"sourceText\": \"Mayor Ana Ruiz\"}]}";
    var docs = GoldDocument.parse(PyJson.parseItems(gold));
    var line =
        ExtractionSerializer.toJsonLine(
            ExtractionSerializer.toJson(docs.get(0).id().getAsJsonPrimitive(), extraction()));

    Scores s = Scorer.score(docs, Predictions.of(PyJson.parseItems(line), docs));

    assertThat(s.track("all").matched()).isEqualTo(2);
    assertThat(s.track("all").speakerAcc()).isEqualTo(0.5);
  }
}
