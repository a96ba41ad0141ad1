package io.github.quotekit.javadoc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.AttributionRule;
import io.github.quotekit.EntityRecognizer;
import io.github.quotekit.EntityType;
import io.github.quotekit.Extraction;
import io.github.quotekit.ExtractorSpec;
import io.github.quotekit.Lexicon;
import io.github.quotekit.QuotationMarks;
import io.github.quotekit.Quote;
import io.github.quotekit.QuoteExtractor;
import io.github.quotekit.RuleContext;
import io.github.quotekit.RuleDecision;
import io.github.quotekit.Speaker;
import io.github.quotekit.TaggedToken;
import io.github.quotekit.TokenRange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code of the public API's Javadoc examples, compiled and run. Each region between {@code //
 * javadoc: Type#n} and {@code // end javadoc} is the n-th {@code <pre>{@code ...}</pre>} block of
 * {@code Type}'s Javadoc, to the letter: {@link JavadocSnippetsTest} checks that they match, so
 * an example cannot drift from the API it shows.
 */
class JavadocExamplesTest {
  private static final QuoteExtractor DEFAULT = QuoteExtractor.english();

  private static String printed(Runnable code) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      code.run();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void quoteExtractorClassExample() {
    String out =
        printed(
            () -> {
              // javadoc: QuoteExtractor#1
              QuoteExtractor extractor = QuoteExtractor.english();
              Extraction result = extractor.extract(
                  "\"We will not back down,\" Mayor Ana Ruiz said on Tuesday.\n\n"
                      + "\"Not now, not ever.\"");
              for (Quote quote : result.quotes()) {
                System.out.println(quote.text() + " -- "
                    + quote.speaker().map(Speaker::name).orElse("(unattributed)"));
              }
              // We will not back down, -- Ana Ruiz
              // Not now, not ever. -- Ana Ruiz
              // end javadoc
            });
    assertThat(out.lines())
        .containsExactly("We will not back down, -- Ana Ruiz", "Not now, not ever. -- Ana Ruiz");
  }

  /** Stands for a user's JSON reader in the examples. */
  record MyJson(String text) {
    static String text(String line) {
      return line.substring(line.indexOf(':') + 1);
    }
  }

  @Test
  void extractAllOnTheCallingThread(@TempDir Path dir) throws IOException {
    Path path = dir.resolve("articles.txt");
    Files.writeString(path, "a:“Yes,” said Ana Ruiz.\nb:“No,” said Omar Leck.\n");
    QuoteExtractor extractor = DEFAULT;
    String out =
        printed(
            () -> {
              try {
                // javadoc: QuoteExtractor#2
                try (Stream<String> texts = Files.lines(path).map(MyJson::text);
                    Stream<Extraction> results = extractor.extractAll(texts)) {
                  results.forEach(result -> System.out.println(result.quotes().size()));
                }
                // end javadoc
              } catch (IOException e) {
                throw new AssertionError(e);
              }
            });
    assertThat(out.lines()).containsExactly("1", "1");
  }

  @Test
  void extractAllOnWorkerThreads() {
    QuoteExtractor extractor = DEFAULT;
    String out =
        printed(
            () -> {
              // javadoc: QuoteExtractor#3
              record Article(String id, String text) {}

              int threads = Runtime.getRuntime().availableProcessors();
              // end javadoc
              Stream<Article> articles =
                  Stream.of(new Article("a", "“Yes,” said Ana Ruiz."), new Article("b", null));
              // javadoc: QuoteExtractor#3
              try (Stream<QuoteExtractor.Extracted<Article>> results =
                  extractor.extractAll(articles, Article::text, threads)) {
                results.forEach(r -> System.out.println(r.document().id() + ": "
                    + (r instanceof QuoteExtractor.Success<Article> ok ? ok.extraction().quotes().size() : -1)));
              }
              // end javadoc
            });
    assertThat(out.lines()).containsExactly("a: 1", "b: -1");
  }

  @Test
  void extractedIsASuccessOrAFailure() {
    record Article(String id, String text) {}
    List<QuoteExtractor.Extracted<Article>> all =
        DEFAULT
            .extractAll(
                Stream.of(new Article("a", "“Yes,” said Ana Ruiz."), new Article("b", null)),
                Article::text,
                1)
            .toList();
    String out =
        printed(
            () -> {
              for (QuoteExtractor.Extracted<Article> result : all) {
                // javadoc: QuoteExtractor#4
                if (result instanceof QuoteExtractor.Success<Article> ok) {
                  System.out.println(ok.document().id() + ": " + ok.extraction().quotes().size() + " quotes");
                } else if (result instanceof QuoteExtractor.Failure<Article> failed) {
                  System.out.println(failed.document().id() + ": " + failed.exception().getMessage());
                }
                // end javadoc
              }
            });
    assertThat(out.lines()).containsExactly("a: 1 quotes", "b: text");
  }

  @Test
  void builderSpecExample() {
    // javadoc: QuoteExtractor#5
    QuoteExtractor extractor = QuoteExtractor.builder()
        .spec(ExtractorSpec.parse("minConfidence=0.8,reportedSpeech=true"))
        .build();
    // end javadoc
    assertThat(extractor.extract("“Yes,” said Ana Ruiz.").quotes()).hasSize(1);
  }

  @Test
  void builderLexiconExample() {
    // javadoc: QuoteExtractor#6
    QuoteExtractor extractor = QuoteExtractor.builder()
        .lexicon(Lexicon.english().toBuilder().addCueVerbs("quip").build())
        .build();
    extractor.extract("“We will win,” quipped Ana Ruiz.");  // attributed to Ana Ruiz
    // end javadoc
    assertThat(extractor.extract("“We will win,” quipped Ana Ruiz.").quotes())
        .singleElement()
        .satisfies(q -> assertThat(q.speaker().map(Speaker::name)).contains("Ana Ruiz"));
  }

  @Test
  void builderEntityRecognizerExample() {
    // javadoc: QuoteExtractor#7
    QuoteExtractor extractor = QuoteExtractor.builder()
        .entityRecognizer(EntityRecognizer.dictionary(Map.of("Ana Ruiz", EntityType.PERSON)))
        .build();
    // end javadoc
    assertThat(extractor.extract("“Yes,” said Ana Ruiz.").speakers())
        .singleElement()
        .satisfies(s -> assertThat(s.kind()).hasToString("PERSON"));
  }

  @Test
  void entityRecognizerExamples() {
    // javadoc: EntityRecognizer#1
    QuoteExtractor extractor = QuoteExtractor.builder()
        .entityRecognizer(EntityRecognizer.dictionary(Map.of(
            "Ana Ruiz", EntityType.PERSON, "Harbor Authority", EntityType.ORGANIZATION)))
        .build();
    // end javadoc
    // javadoc: EntityRecognizer#2
    EntityRecognizer recognizer = EntityRecognizer.dictionary(Map.of(
        "Ana Ruiz", EntityType.PERSON, "Harbor Authority", EntityType.ORGANIZATION));
    // end javadoc
    assertThat(extractor.extract("“Yes,” said Ana Ruiz.").quotes()).hasSize(1);
    assertThat(recognizer).isNotNull();
  }

  @Test
  void extractorSpecExample() {
    // javadoc: ExtractorSpec#1
    ExtractorSpec spec = ExtractorSpec.parse(
        "minConfidence=0.8,reportedSpeech=true,quotationMarks=english+double-apostrophes");
    QuoteExtractor extractor = QuoteExtractor.builder().spec(spec).build();
    spec.toString();
    // minUnattributedWords=2147483647,minConfidence=0.8,reportedSpeech=true,
    //     quotationMarks=english+double-apostrophes,explain=false
    // end javadoc
    assertThat(spec.toString())
        .isEqualTo("minUnattributedWords=2147483647,minConfidence=0.8,reportedSpeech=true,"
            + "quotationMarks=english+double-apostrophes,explain=false");
    assertThat(extractor).isNotNull();
  }

  @Test
  void lexiconExample(@TempDir Path dir) throws IOException {
    Path neverSpeakers = dir.resolve("never-speakers.txt");
    Files.writeString(neverSpeakers, "# names that are never speakers\nthe pier\n");
    // javadoc: Lexicon#1
    Lexicon lexicon = Lexicon.english().toBuilder()
        .addCueVerbs("harrumph", "opine")  // by lemma: "harrumphed", "opines" match too
        .addTitle("Alcalde", "mayor")
        .addSpeakerBlocklist(Lexicon.readWords(neverSpeakers))
        .build();
    QuoteExtractor extractor = QuoteExtractor.builder().lexicon(lexicon).build();
    // end javadoc
    assertThat(lexicon.isBlockedSpeaker("the pier")).isTrue();
    assertThat(extractor.extract("“Not now,” harrumphed Alcalde Ana Ruiz.").quotes())
        .singleElement()
        .satisfies(q -> assertThat(q.speaker().map(Speaker::name)).contains("Ana Ruiz"));
  }

  @Test
  void quotationMarksExample() {
    // javadoc: QuotationMarks#1
    QuotationMarks.auto().forText("''We will not back down,'' said Mayor Ana Ruiz.");
    // QuotationMarks[CURLY_DOUBLE, STRAIGHT_DOUBLE, DOUBLE_APOSTROPHES, BACKTICKS]

    QuoteExtractor extractor =
        QuoteExtractor.builder().quotationMarks(QuotationMarks.french()).build();
    extractor.extract("« Nous ne reculerons pas », said Mayor Ana Ruiz.");

    QuotationMarks custom =
        QuotationMarks.english().with(QuotationMarks.Style.CORNER_BRACKETS);
    // end javadoc
    assertThat(extractor.extract("« Nous ne reculerons pas », said Mayor Ana Ruiz.").quotes())
        .hasSize(1);
    assertThat(custom).isNotEqualTo(QuotationMarks.english());
    assertThat(QuotationMarks.auto().forText("''We will not back down,'' said Mayor Ana Ruiz."))
        .hasToString(
            "QuotationMarks[CURLY_DOUBLE, STRAIGHT_DOUBLE, DOUBLE_APOSTROPHES, BACKTICKS]");
  }

  // javadoc: AttributionRule#1
  final class InstagramColonRule implements AttributionRule {
    public String name() { return "instagram-colon"; }

    public Optional<RuleDecision> attribute(RuleContext context) {
      TokenRange before = context.before();
      List<? extends TaggedToken> tokens = context.tokens();
      if (before.size() < 3 || !tokens.get(before.end() - 1).text().equals(":")
          || !tokens.get(before.end() - 2).text().equals("Instagram")) {
        return context.decline("no “on Instagram:” before the quotation");
      }
      return context.candidateStartingAt(before.begin(), before.end())
          .map(speaker -> RuleDecision.of(speaker, 0.9).because("Name on Instagram:"));
    }
  }
  // end javadoc

  @Test
  void attributionRuleExample() {
    // javadoc: AttributionRule#1
    QuoteExtractor extractor = QuoteExtractor.builder()
        .addRule(new InstagramColonRule(), 150)     // after the most precise built-in rule
        .build();
    // end javadoc
    Quote quote =
        extractor.extract("Mayor Ana Ruiz on Instagram: “The pier reopens Monday.”").quotes().get(0);
    assertThat(quote.rule()).isEqualTo("instagram-colon");
    assertThat(quote.speaker().map(Speaker::name)).contains("Ana Ruiz");
  }

  /** The rule of the {@code RuleContext} and {@code RuleDecision} examples. */
  static final class SaidNameRule implements AttributionRule {
    @Override
    public String name() {
      return "said-name";
    }

    @Override
    public Optional<RuleDecision> attribute(RuleContext context) {
      // javadoc: RuleContext#1
      // “We will win,” said Ana Ruiz.
      TokenRange after = context.after();                      // [said Ana Ruiz .]
      if (after.isEmpty() || !context.isCueVerb(context.tokens().get(after.begin()))) {
        return context.decline("no cue verb after the quotation");
      }
      int i = after.begin();                                   // said
      // end javadoc
      // javadoc: RuleContext#1 RuleDecision#1
      return context.candidateStartingAt(i + 1, context.after().end())
          .map(speaker -> RuleDecision.of(speaker, 0.9).withCue(TokenRange.of(i)).because("“…,” said NAME"));
      // end javadoc
    }
  }

  @Test
  void ruleContextAndDecisionExamples() {
    QuoteExtractor extractor =
        QuoteExtractor.builder().removeAllRules().addRule(new SaidNameRule()).build();

    assertThat(extractor.extract("“We will win,” said Ana Ruiz.").quotes())
        .singleElement()
        .satisfies(q -> assertThat(q.cue().map(c -> c.lemma())).contains("say"));
    assertThat(extractor.extract("“We will win.”").quotes()).isEmpty();
  }
}
