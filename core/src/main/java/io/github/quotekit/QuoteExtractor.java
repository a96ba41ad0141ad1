package io.github.quotekit;

import static java.util.Objects.requireNonNull;

import io.github.quotekit.internal.pipeline.OrderedParallelMap;
import io.github.quotekit.internal.pipeline.Pipeline;
import io.github.quotekit.internal.pipeline.PipelineOptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Finds the quotations in an English news article and says who said them.
 *
 * <p>Build one extractor and share it: loading the models takes a fraction of a second, extracting
 * takes milliseconds. {@link #extract(String)} accepts any text but null and never throws on it
 * (see its contract). Instances are immutable and thread-safe; any number of threads may call
 * {@link #extract(String)} at once. For many documents, {@link #extractAll(Stream, Function, int)}
 * streams them through worker threads and returns the results in input order.
 *
 * <pre>{@code
 * QuoteExtractor extractor = QuoteExtractor.english();
 * Extraction result = extractor.extract(
 *     "\"We will not back down,\" Mayor Ana Ruiz said on Tuesday.\n\n"
 *         + "\"Not now, not ever.\"");
 * for (Quote quote : result.quotes()) {
 *   System.out.println(quote.text() + " -- "
 *       + quote.speaker().map(Speaker::name).orElse("(unattributed)"));
 * }
 * // We will not back down, -- Ana Ruiz
 * // Not now, not ever. -- Ana Ruiz
 * }</pre>
 */
public final class QuoteExtractor {

  private final Pipeline pipeline;
  private final List<AttributionRule> rules;

  private QuoteExtractor(Builder builder) {
    this.rules = builder.orderedRules();
    this.pipeline =
        Pipeline.create(
            new PipelineOptions(
                builder.minUnattributedWords,
                builder.minConfidence,
                builder.reportedSpeech,
                builder.quotationMarks,
                rules,
                builder.explain,
                builder.lexicon,
                builder.entityRecognizer));
  }

  /**
   * Returns the attribution rules this extractor asks, in the order it asks them. For {@link
   * #english()}, the {@linkplain AttributionRule#builtIns() built-in rules}.
   */
  public List<AttributionRule> rules() {
    return rules;
  }

  /**
   * Returns, for each quotation of {@code text} in text order, the {@link RuleContext} this
   * extractor's rules are given for it, with this extractor's decisions for the quotations before
   * ({@link RuleContext#previousDecision()}). It is for testing a rule on its own, without an
   * extraction around it; the quotekit-testkit's {@code RuleContexts} wraps it. Unlike the
   * contexts of an extraction, these stay valid after the call, but like them each serves one
   * thread.
   *
   * @param text the article, as for {@link #extract(String)}
   * @return one context per quotation; empty when the text has none
   */
  public List<RuleContext> ruleContexts(String text) {
    requireNonNull(text, "text");
    return pipeline.ruleContexts(text);
  }

  /** Returns an extractor with the bundled English models and default options. */
  public static QuoteExtractor english() {
    return builder().build();
  }

  /** Returns a builder for an extractor with non-default options. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Extracts the quotations of one article.
   *
   * <p>The text is plain text with paragraphs separated by blank lines. The contract, for every
   * string but null:
   *
   * <ul>
   *   <li><b>Any text.</b> Empty or blank text, control characters, lone surrogates, binary noise,
   *       HTML, text in other languages and scripts, unbalanced or exotic quotation marks and a
   *       10 MB article without a line break all give a well-formed result, often with few or no
   *       quotations. No text makes this method throw; only an exception thrown by an attribution
   *       rule you added reaches the caller.
   *   <li><b>Valid offsets.</b> Offsets are Java {@code String} offsets (UTF-16 code units) into
   *       {@code text}; every span lies inside it, and the text of every quote, cue and mention
   *       equals {@code span.textIn(text)}. Quotes are in text order and do not overlap; speakers
   *       are numbered {@code 0, 1, 2, ...} in the order of {@link Extraction#speakers()}.
   *   <li><b>Linear time.</b> The time taken grows linearly with the length of the text: no stage
   *       pairs quotation marks, backtracks or compares mentions quadratically.
   *   <li><b>Deterministic.</b> Equal texts give equal results, whatever the thread and whatever
   *       was extracted before.
   * </ul>
   *
   * @param text the article
   * @return the quotations in text order and their speakers
   * @throws NullPointerException if {@code text} is null, with the message {@code "text"}
   */
  public Extraction extract(String text) {
    requireNonNull(text, "text");
    return pipeline.extract(text);
  }

  /**
   * Extracts the quotations of many articles, lazily and in order, on the calling thread.
   *
   * <p>Each text is read from {@code texts} only when its result is asked for, so an archive of any
   * size streams through in constant memory. The result has one {@link Extraction} per text, in
   * the order of {@code texts}; an exception thrown for one text ends the stream there. Closing the
   * result closes {@code texts}.
   *
   * <pre>{@code
   * try (Stream<String> texts = Files.lines(path).map(MyJson::text);
   *     Stream<Extraction> results = extractor.extractAll(texts)) {
   *   results.forEach(result -> System.out.println(result.quotes().size()));
   * }
   * }</pre>
   *
   * @param texts the articles, as for {@link #extract(String)}; made sequential
   * @return their extractions, in the same order
   */
  public Stream<Extraction> extractAll(Stream<String> texts) {
    requireNonNull(texts, "texts");
    return texts.sequential().map(this::extract);
  }

  /**
   * Extracts the quotations of many documents on {@code threads} worker threads and returns the
   * results in input order, with bounded memory.
   *
   * <p>Use it for archives: documents are read from {@code documents} on the thread that consumes
   * the result, at most {@code 4 * threads} ahead of the last result handed out, so memory stays
   * bounded whatever the number of documents, and a slow document does not hold up the workers. A
   * document's id, file name or any other data travels with it as {@link Extracted#document()}.
   * A document whose extraction throws (or whose {@code text} function throws or returns null)
   * gives a {@link Failure} with the exception in its place, and the
   * stream goes on; an {@link Error} ends the stream at that document.
   *
   * <p>Threads: {@code documents} is consumed only by the thread that consumes the result; {@code
   * text} is called on the worker threads, several at once, so it must be thread-safe (a getter
   * is). The worker threads are daemon threads, started with the first result asked for and
   * stopped after the last; close the stream (try-with-resources) to stop them early. The result
   * is sequential and cannot be made parallel. With {@code threads == 1} everything runs on the
   * consuming thread, with no worker. Each worker thread keeps its own tokenizer and tagger caches,
   * so one long call shares them better than many short ones.
   *
   * <pre>{@code
   * record Article(String id, String text) {}
   *
   * int threads = Runtime.getRuntime().availableProcessors();
   * try (Stream<QuoteExtractor.Extracted<Article>> results =
   *     extractor.extractAll(articles, Article::text, threads)) {
   *   results.forEach(r -> System.out.println(r.document().id() + ": "
   *       + (r instanceof QuoteExtractor.Success<Article> ok ? ok.extraction().quotes().size() : -1)));
   * }
   * }</pre>
   *
   * @param documents the documents, in order; closed with the result
   * @param text the article text of a document, as for {@link #extract(String)}
   * @param threads the number of worker threads, {@code >= 1}
   * @param <T> the type of the documents
   * @return one {@link Extracted} per document, in the order of {@code documents}
   * @throws IllegalArgumentException if {@code threads < 1}
   */
  public <T> Stream<Extracted<T>> extractAll(
      Stream<T> documents, Function<? super T, String> text, int threads) {
    requireNonNull(documents, "documents");
    requireNonNull(text, "text");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
    Function<T, Extracted<T>> work =
        document -> {
          try {
            return new Success<>(document, extract(text.apply(document)));
          } catch (RuntimeException e) {
            return new Failure<>(document, e);
          }
        };
    if (threads == 1) {
      return documents.sequential().map(work);
    }
    return OrderedParallelMap.stream(documents, work, threads, 4 * threads);
  }

  /**
   * One document of {@link #extractAll(Stream, Function, int)} and what came of it: a {@link
   * Success} with its extraction, or a {@link Failure} with the exception that extracting it threw.
   *
   * <pre>{@code
   * if (result instanceof QuoteExtractor.Success<Article> ok) {
   *   System.out.println(ok.document().id() + ": " + ok.extraction().quotes().size() + " quotes");
   * } else if (result instanceof QuoteExtractor.Failure<Article> failed) {
   *   System.out.println(failed.document().id() + ": " + failed.exception().getMessage());
   * }
   * }</pre>
   *
   * <p>On Java 21 and later a {@code switch} over the two cases needs no default. Instances are
   * immutable when the document is.
   *
   * @param <T> the type of the documents
   */
  public sealed interface Extracted<T> permits Success, Failure {
    /** Returns the document, as given. */
    T document();
  }

  /**
   * A document whose quotations were extracted.
   *
   * @param document the document, as given
   * @param extraction its quotations
   * @param <T> the type of the documents
   */
  public record Success<T>(T document, Extraction extraction) implements Extracted<T> {
    /** Checks that the extraction is given. */
    public Success {
      requireNonNull(extraction, "extraction");
    }
  }

  /**
   * A document whose extraction threw, or whose text could not be read.
   *
   * @param document the document, as given
   * @param exception what was thrown
   * @param <T> the type of the documents
   */
  public record Failure<T>(T document, RuntimeException exception) implements Extracted<T> {
    /** Checks that the exception is given. */
    public Failure {
      requireNonNull(exception, "exception");
    }
  }

  /**
   * Options for a {@link QuoteExtractor}.
   *
   * <p>A builder is mutable and not thread-safe; the extractor it builds is both immutable and
   * thread-safe.
   */
  public static final class Builder {
    private int minUnattributedWords = PipelineOptions.DEFAULT_MIN_UNATTRIBUTED_WORDS;
    private double minConfidence = PipelineOptions.DEFAULT_MIN_CONFIDENCE;
    private boolean reportedSpeech = PipelineOptions.DEFAULT_REPORTED_SPEECH;
    private QuotationMarks quotationMarks = QuotationMarks.auto();
    private boolean explain;
    private Lexicon lexicon = Lexicon.english();
    /** The rules with the priority each was added at, in the order they were added. */
    private final List<RankedRule> rules = new ArrayList<>();
    private EntityRecognizer entityRecognizer = EntityRecognizer.properNouns();

    private record RankedRule(AttributionRule rule, int priority) {}

    private Builder() {
      AttributionRule.builtIns().forEach(this::addRule);
    }

    /**
     * Also reports quotations that no rule attributes, when they have at least this many words.
     *
     * <p>By default only attributed quotations are reported: an unattributed one is a scare quote
     * ("the Commerce Department “entity list”"), a title or a quote whose speaker the text does not
     * name nearby, and on news it is more often noise than speech. {@code 0} reports every
     * quotation; {@code 4} adds the longer unattributed ones; {@code Integer.MAX_VALUE} (the
     * default) reports none.
     *
     * @param words the minimum number of whitespace-separated words, {@code >= 0}
     * @return this builder
     */
    public Builder minUnattributedWords(int words) {
      this.minUnattributedWords = ExtractorSpec.checkMinUnattributedWords(words);
      return this;
    }

    /**
     * Reports an attributed quotation only when its {@link Quote#confidence()} is at least this
     * value: a high-precision mode that trades recall for precision. The README's accuracy
     * section gives the threshold that reaches a precision of 0.95 on the evaluation data. The
     * default, 0, keeps every attributed quotation.
     *
     * @param confidence the threshold, in {@code [0, 1]}
     * @return this builder
     */
    public Builder minConfidence(double confidence) {
      this.minConfidence = ExtractorSpec.checkMinConfidence(confidence);
      return this;
    }

    /**
     * Also reports reported speech: {@link QuoteType#INDIRECT} quotations without quotation marks
     * ("Trump said China had agreed to purchases") and {@link QuoteType#MIXED} ones that quote a
     * fragment. A direct quotation inside mixed content is then reported as a fragment of it, not
     * on its own; a direct quotation split by its attribution stays its {@link QuoteType#DIRECT}
     * parts. On by default; {@code false} reports direct quotations alone, exactly as they are
     * reported with it on (see the README's accuracy section).
     *
     * @param enabled whether to report indirect and mixed quotations
     * @return this builder
     */
    public Builder reportedSpeech(boolean enabled) {
      this.reportedSpeech = enabled;
      return this;
    }

    /**
     * Sets the quotation marks that delimit quotations. The default, {@link
     * QuotationMarks#auto()}, detects each document's own marks: curly and straight double marks
     * always, and two apostrophes, ``…'', guillemets, „…“ or single marks where the document pairs
     * them so. A fixed set is used in every document: {@link QuotationMarks#english()} recognises
     * curly and straight double marks only; {@link QuotationMarks#british()} adds single marks,
     * {@link QuotationMarks#french()} guillemets, {@link QuotationMarks#german()} „…“ and »…«,
     * {@link QuotationMarks#all()} every style.
     * Apostrophes are never taken for quotation marks. The rest of the pipeline reads the
     * quotations found the same way whatever their marks.
     *
     * @param marks the quotation marks
     * @return this builder
     * @throws NullPointerException if {@code marks} is null
     */
    public Builder quotationMarks(QuotationMarks marks) {
      this.quotationMarks = requireNonNull(marks, "marks");
      return this;
    }

    /**
     * Sets every option that an {@link ExtractorSpec} holds: minimum unattributed words, minimum
     * confidence, reported speech, quotation marks and explain.
     *
     * <pre>{@code
     * QuoteExtractor extractor = QuoteExtractor.builder()
     *     .spec(ExtractorSpec.parse("minConfidence=0.8,reportedSpeech=true"))
     *     .build();
     * }</pre>
     *
     * @param spec the options
     * @return this builder
     * @throws NullPointerException if {@code spec} is null
     */
    public Builder spec(ExtractorSpec spec) {
      requireNonNull(spec, "spec");
      return minUnattributedWords(spec.minUnattributedWords())
          .minConfidence(spec.minConfidence())
          .reportedSpeech(spec.reportedSpeech())
          .quotationMarks(spec.quotationMarks())
          .explain(spec.explain());
    }

    /** Returns the options of this builder that a spec holds: for {@link ExtractorSpec}. */
    ExtractorSpec currentSpec() {
      return ExtractorSpec.of(
          minUnattributedWords, minConfidence, reportedSpeech, quotationMarks, explain);
    }

    /**
     * Adds an attribution rule at its own {@link AttributionRule#priority()}.
     *
     * @param rule the rule; its name must differ from every rule already added
     * @return this builder
     * @throws IllegalArgumentException if a rule of that name was already added
     */
    public Builder addRule(AttributionRule rule) {
      requireNonNull(rule, "rule");
      return addRule(rule, rule.priority());
    }

    /**
     * Adds an attribution rule at {@code priority}: the extractor asks rules in increasing order
     * of priority, and rules of equal priority in the order they were added. The built-in rules
     * have priorities 90, 100, 200, ..., 1350 ({@link AttributionRule#builtIns()}), so that 150
     * puts a rule after {@code quote-comma-verb-name} (100) and before {@code
     * quote-comma-name-verb} (200).
     *
     * @param rule the rule; its name must differ from every rule already added
     * @param priority where it goes in the chain
     * @return this builder
     * @throws IllegalArgumentException if a rule of that name was already added
     */
    public Builder addRule(AttributionRule rule, int priority) {
      requireNonNull(rule, "rule");
      String name = requireNonNull(rule.name(), "rule.name()");
      if (name.isBlank()) {
        throw new IllegalArgumentException("a rule needs a name: " + rule);
      }
      if (indexOf(name) >= 0) {
        throw new IllegalArgumentException(
            "a rule named \"" + name + "\" was already added; use replaceRule to replace it");
      }
      rules.add(new RankedRule(rule, priority));
      return this;
    }

    /**
     * Removes the rule called {@code name}, built-in or not.
     *
     * @return this builder
     * @throws IllegalArgumentException if no rule of that name was added
     */
    public Builder removeRule(String name) {
      rules.remove(existing(name));
      return this;
    }

    /**
     * Puts {@code replacement} where the rule called {@code name} was, at its priority.
     *
     * @return this builder
     * @throws IllegalArgumentException if no rule called {@code name} was added, or if another
     *     rule already has the replacement's name
     */
    public Builder replaceRule(String name, AttributionRule replacement) {
      requireNonNull(replacement, "replacement");
      int index = existing(name);
      int clash = indexOf(replacement.name());
      if (clash >= 0 && clash != index) {
        throw new IllegalArgumentException(
            "a rule named \"" + replacement.name() + "\" was already added");
      }
      rules.set(index, new RankedRule(replacement, rules.get(index).priority()));
      return this;
    }

    /**
     * Removes every rule, the built-in ones included: the extractor then attributes nothing, until
     * rules are added again ({@code addRule(AttributionRule.builtIn("according-to"))}).
     *
     * @return this builder
     */
    public Builder removeAllRules() {
      rules.clear();
      return this;
    }

    /**
     * Adds, at their own priorities, the rules that {@link ServiceLoader} finds for {@link
     * AttributionRule}: those a jar declares in {@code
     * META-INF/services/io.github.quotekit.AttributionRule} or, as a module, with {@code provides
     * io.github.quotekit.AttributionRule with ...}.
     *
     * @return this builder
     * @throws IllegalArgumentException if a discovered rule has the name of one already added
     * @throws java.util.ServiceConfigurationError if a provider cannot be loaded
     */
    public Builder discoverRules() {
      ServiceLoader.load(AttributionRule.class).forEach(this::addRule);
      return this;
    }

    /**
     * Makes every {@link Quote} carry an {@link Explanation}: the rules asked, the candidates
     * they passed over and why, and how the speaker was resolved. Off by default: it costs memory.
     *
     * @param enabled whether to explain
     * @return this builder
     */
    public Builder explain(boolean enabled) {
      this.explain = enabled;
      return this;
    }

    /**
     * Sets the word lists that candidate finding and attribution use: cue verbs, titles,
     * organisation words, the speaker blocklist and the rest. The default is {@link
     * Lexicon#english()}; to extend it rather than replace it, start from its {@link
     * Lexicon#toBuilder()}:
     *
     * <pre>{@code
     * QuoteExtractor extractor = QuoteExtractor.builder()
     *     .lexicon(Lexicon.english().toBuilder().addCueVerbs("quip").build())
     *     .build();
     * extractor.extract("“We will win,” quipped Ana Ruiz.");  // attributed to Ana Ruiz
     * }</pre>
     *
     * @param lexicon the lexicon
     * @return this builder
     * @throws NullPointerException if {@code lexicon} is null
     */
    public Builder lexicon(Lexicon lexicon) {
      this.lexicon = requireNonNull(lexicon, "lexicon");
      return this;
    }

    private int indexOf(String name) {
      for (int i = 0; i < rules.size(); i++) {
        if (rules.get(i).rule().name().equals(name)) {
          return i;
        }
      }
      return -1;
    }

    private int existing(String name) {
      requireNonNull(name, "name");
      int index = indexOf(name);
      if (index < 0) {
        throw new IllegalArgumentException("no rule named \"" + name + "\" was added");
      }
      return index;
    }

    private List<AttributionRule> orderedRules() {
      return rules.stream()
          .sorted(Comparator.comparingInt(RankedRule::priority))
          .map(RankedRule::rule)
          .toList();
    }

    /**
     * Sets what finds the names of people and organisations that can be speakers. The default,
     * {@link EntityRecognizer#properNouns()}, needs no model beyond the bundled ones; {@link
     * EntityRecognizer#dictionary} takes a list of names, and {@code
     * io.github.quotekit.opennlp.NameFinderRecognizer} (artifact {@code quotekit-opennlp}) runs an
     * OpenNLP name-finder model.
     *
     * <pre>{@code
     * QuoteExtractor extractor = QuoteExtractor.builder()
     *     .entityRecognizer(EntityRecognizer.dictionary(Map.of("Ana Ruiz", EntityType.PERSON)))
     *     .build();
     * }</pre>
     *
     * @param recognizer the recogniser, thread-safe
     * @return this builder
     * @throws NullPointerException if {@code recognizer} is null
     */
    public Builder entityRecognizer(EntityRecognizer recognizer) {
      this.entityRecognizer = requireNonNull(recognizer, "recognizer");
      return this;
    }

    /** Loads the models and returns the extractor. */
    public QuoteExtractor build() {
      return new QuoteExtractor(this);
    }
  }
}
