package io.github.quotekit.internal.analysis;

import io.github.quotekit.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * Splits paragraphs into sentences and tokens and tags each token with its part of speech and
 * lemma. Thread-safe: each thread gets its own OpenNLP tools over the shared models.
 */
public final class TextAnalyzer {
  /** Longer sentences (runaway text without punctuation) are tagged in windows of this size. */
  private static final int TAGGING_WINDOW = 250;

  private final ThreadLocal<Tools> tools;

  private TextAnalyzer(EnglishModels models) {
    Optional<PosTagger.Model> fastTagging = PosTagger.Model.of(models.posModel());
    this.tools = ThreadLocal.withInitial(() -> new Tools(models, fastTagging));
  }

  /** Returns an analyzer over the bundled English models. */
  public static TextAnalyzer english() {
    return new TextAnalyzer(EnglishModels.get());
  }

  /**
   * Analyses {@code text}.
   *
   * @param paragraphs the paragraph spans, in order, not overlapping
   * @param quotations spans of quoted text, in order; tokens inside them are marked quoted
   */
  public AnalyzedText analyze(String text, List<Span> paragraphs, List<Span> quotations) {
    Tools tool = tools.get();
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    QuotedLookup quoted = new QuotedLookup(quotations);
    for (int p = 0; p < paragraphs.size(); p++) {
      Span paragraph = paragraphs.get(p);
      // The models were trained on straight quotes and apostrophes; a same-length substitution
      // keeps every offset valid.
      String folded = TypographyFolding.fold(paragraph.textIn(text));
      for (Span local : SentenceRepair.repair(folded, tool.sentences.sentPosDetect(folded))) {
        int first = tokens.size();
        int sentenceIndex = sentences.size();
        for (TaggedWord word : tagSentence(tool, folded, local)) {
          Span span = Span.of(paragraph.begin() + word.begin(), paragraph.begin() + word.end());
          tokens.add(
              new Token(
                  tokens.size(),
                  span,
                  span.textIn(text),
                  word.pos(),
                  tool.lemmas.lemma(word.text(), word.pos()),
                  sentenceIndex,
                  quoted.contains(span)));
        }
        Span sentence = Span.of(paragraph.begin() + local.begin(), paragraph.begin() + local.end());
        sentences.add(new Sentence(sentenceIndex, sentence, p, first, tokens.size()));
      }
    }
    return new AnalyzedText(text, paragraphs, sentences, tokens);
  }

  /** Tokenises and tags one sentence; offsets of the result are relative to {@code paragraph}. */
  private static List<TaggedWord> tagSentence(Tools tool, String paragraph, Span sentence) {
    CachingTokenizer.Tokens tokens = tool.tokenBuffer;
    tool.tokens.tokenize(paragraph, sentence.begin(), sentence.end(), tokens);
    Word[] words = tokens.words();
    String[] tags = tag(tool, words);
    List<TaggedWord> tagged = new ArrayList<>(words.length + 4);
    for (int i = 0; i < words.length; i++) {
      CliticSplitter.split(
          new TaggedWord(words[i].text, tags[i], tokens.begin(i), tokens.end(i)), tagged);
    }
    return tagged;
  }

  private static String[] tag(Tools tool, Word[] words) {
    if (words.length <= TAGGING_WINDOW) {
      return tool.tag(words);
    }
    String[] tags = new String[words.length];
    for (int from = 0; from < words.length; from += TAGGING_WINDOW) {
      int to = Math.min(words.length, from + TAGGING_WINDOW);
      String[] window = tool.tag(Arrays.copyOfRange(words, from, to));
      System.arraycopy(window, 0, tags, from, window.length);
    }
    return tags;
  }

  /** Answers "is this token inside a quotation?" for tokens visited in text order. */
  private static final class QuotedLookup {
    private final List<Span> quotations;
    private int next;

    QuotedLookup(List<Span> quotations) {
      this.quotations = quotations;
    }

    boolean contains(Span token) {
      while (next < quotations.size() && quotations.get(next).end() <= token.begin()) {
        next++;
      }
      return next < quotations.size() && quotations.get(next).contains(token);
    }
  }

  /**
   * One thread's tools. Tokens and tags are exactly those of OpenNLP's {@code TokenizerME} and
   * {@code POSTaggerME}, computed faster: see {@link CachingTokenizer} and {@link PosTagger}.
   */
  private static final class Tools {
    final SentenceDetectorME sentences;
    final CachingTokenizer tokens;
    final CachingTokenizer.Tokens tokenBuffer = new CachingTokenizer.Tokens();
    /** The fast tagger, or null when the model is not one it reproduces exactly. */
    final PosTagger fastTagger;
    final POSTaggerME tagger;
    final Lemmas lemmas;

    Tools(EnglishModels models, Optional<PosTagger.Model> fastTagging) {
      sentences = new SentenceDetectorME(models.sentenceModel());
      // The tokenizer splits "Mrs." and "Sen." from their periods, and the tagger then reads the
      // name after them as the start of a sentence.
      tokens =
          new CachingTokenizer(
              new TokenizerME(models.tokenizerModel()), SentenceRepair.TITLE_ABBREVIATIONS);
      fastTagger = fastTagging.map(PosTagger::new).orElse(null);
      tagger = fastTagger == null ? new POSTaggerME(models.posModel()) : null;
      lemmas = new Lemmas(models.lemmatizerModel());
    }

    String[] tag(Word[] words) {
      if (fastTagger != null) {
        return fastTagger.tag(words);
      }
      String[] texts = new String[words.length];
      for (int i = 0; i < words.length; i++) {
        texts[i] = words[i].text;
      }
      return tagger.tag(texts);
    }
  }
}
