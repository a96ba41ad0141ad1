package io.github.quotekit.internal.analysis;

import io.github.quotekit.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    this.tools = ThreadLocal.withInitial(() -> new Tools(models));
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
    String sentenceText = paragraph.substring(sentence.begin(), sentence.end());
    opennlp.tools.util.Span[] positions = tool.tokenizer.tokenizePos(sentenceText);
    String[] words = new String[positions.length];
    for (int i = 0; i < positions.length; i++) {
      words[i] = positions[i].getCoveredText(sentenceText).toString();
    }
    String[] tags = tag(tool.tagger, words);
    List<TaggedWord> tagged = new ArrayList<>(words.length + 4);
    for (int i = 0; i < words.length; i++) {
      int begin = sentence.begin() + positions[i].getStart();
      CliticSplitter.split(new TaggedWord(words[i], tags[i], begin, begin + words[i].length()), tagged);
    }
    return tagged;
  }

  private static String[] tag(POSTaggerME tagger, String[] words) {
    if (words.length <= TAGGING_WINDOW) {
      return tagger.tag(words);
    }
    String[] tags = new String[words.length];
    for (int from = 0; from < words.length; from += TAGGING_WINDOW) {
      int to = Math.min(words.length, from + TAGGING_WINDOW);
      String[] window = tagger.tag(Arrays.copyOfRange(words, from, to));
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

  private static final class Tools {
    final SentenceDetectorME sentences;
    final TokenizerME tokenizer;
    final POSTaggerME tagger;
    final Lemmas lemmas;

    Tools(EnglishModels models) {
      sentences = new SentenceDetectorME(models.sentenceModel());
      tokenizer = new TokenizerME(models.tokenizerModel());
      tagger = new POSTaggerME(models.posModel());
      lemmas = new Lemmas(models.lemmatizerModel());
    }
  }
}
