package io.github.quotekit.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Random;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/**
 * The fast tokenizer, tagger and lemmatizer give exactly what OpenNLP's own tools give. (The
 * evaluation corpus was checked the same way: every sentence of the PolNeAR train and dev splits,
 * 805,000 tokens, gives the same tokens and tags.)
 */
class OpenNlpEquivalenceTest {
  private static final EnglishModels MODELS = EnglishModels.get();

  /** Made-up news words, with the shapes the features look at: case, digits, hyphens, clitics. */
  private static final List<String> WORDS =
      List.of(
          "the", "The", "a", "council", "Council", "voted", "votes", "said", "says", "saying",
          "Ruiz", "Ruiz's", "Mayor", "Sen.", "D-Ore.", "don't", "won't", "can't", "it's", "they're",
          "we'll", "I'm", "'90s", "$12", "million", "5-4", "2016", "12:30", "3.5", "1,000", "U.S.",
          "A.", "NATO", "ferry", "harbor", "seawall", "run-down", "well-known", "\"", "'", ",", ".",
          "?", "!", ":", ";", "(", ")", "--", "—", "-", "according", "to", "told", "reporters",
          "statement", "tweeted", "wrote", "that", "who", "which", "on", "Tuesday", "in", "of",
          "and", "but", "not", "never", "will", "would", "had", "has", "been", "officials",
          "spokeswoman", "Lowfield", "Port", "Trust", "&amp;", "e-mail", "x", "Q", "ÄÖÜ", "naïve",
          "café", "São", "100%", "#tag", "@user", "http://example.org/a?b=c", "A-1", "B2B");

  private static String randomSentence(Random random, int length) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      if (i > 0) {
        sb.append(random.nextInt(8) == 0 ? "" : " ");
      }
      sb.append(WORDS.get(random.nextInt(WORDS.size())));
    }
    return sb.toString();
  }

  @Test
  void cachingTokenizerGivesTokenizerMeSpans() {
    TokenizerME reference = new TokenizerME(MODELS.tokenizerModel());
    CachingTokenizer fast = new CachingTokenizer(new TokenizerME(MODELS.tokenizerModel()));
    Random random = new Random(5);
    for (int n = 0; n < 400; n++) {
      String sentence = randomSentence(random, 1 + random.nextInt(40));
      if (random.nextInt(10) == 0) {
        sentence = " \t" + sentence.replace(" ", random.nextBoolean() ? "\u00A0" : "\n ") + "  ";
      }
      // Twice: the second time from the memo.
      for (int round = 0; round < 2; round++) {
        assertThat(describe(fast, sentence))
            .as(sentence)
            .isEqualTo(describe(reference.tokenizePos(sentence), sentence));
      }
    }
    assertThat(describe(fast, "")).isEqualTo(describe(reference.tokenizePos(""), ""));
  }

  @Test
  void cachingTokenizerGivesEveryOccurrenceOfATextOneWord() {
    CachingTokenizer tokenizer = new CachingTokenizer(new TokenizerME(MODELS.tokenizerModel()));
    Word[] first = wordsOf(tokenizer, "Ruiz said, \"the council's vote\" is done.");
    Word[] second = wordsOf(tokenizer, "The vote is done, said Ruiz.");
    for (Word word : second) {
      for (Word earlier : first) {
        if (earlier.text.equals(word.text)) {
          assertThat(word).as(word.text).isSameAs(earlier);
        }
      }
    }
    assertThat(Arrays.stream(second).map(word -> word.text))
        .containsExactly("The", "vote", "is", "done", ",", "said", "Ruiz", ".");
  }

  @Test
  void cachingTokenizerStaysExactWhenItsMemoFillsUp() {
    TokenizerME reference = new TokenizerME(MODELS.tokenizerModel());
    CachingTokenizer fast = new CachingTokenizer(new TokenizerME(MODELS.tokenizerModel()));
    // 60,000 distinct chunks: more than the memo keeps, so it is emptied once on the way.
    for (int n = 0; n < 600; n++) {
      StringBuilder sentence = new StringBuilder();
      for (int k = 0; k < 100; k++) {
        sentence.append(k % 7 == 0 ? "(x" : "no.").append(n * 100 + k);
        sentence.append(k % 5 == 0 ? "'s " : " ");
      }
      String text = sentence.toString();
      if (n % 50 == 0 || n > 590) {
        assertThat(describe(fast, text))
            .as(text)
            .isEqualTo(describe(reference.tokenizePos(text), text));
      } else {
        describe(fast, text);
      }
    }
    String first = "(x0's no.1 no.2";
    assertThat(describe(fast, first)).isEqualTo(describe(reference.tokenizePos(first), first));
  }

  @Test
  void cachingTokenizerOffsetsAreThoseOfTheWholeText() {
    CachingTokenizer tokenizer = new CachingTokenizer(new TokenizerME(MODELS.tokenizerModel()));
    CachingTokenizer.Tokens tokens = new CachingTokenizer.Tokens();
    String text = "Ruiz said. \"Yes,\" he said.";
    tokenizer.tokenize(text, 11, text.length(), tokens);
    List<String> spans = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      spans.add(text.substring(tokens.begin(i), tokens.end(i)));
    }
    assertThat(spans).containsExactly("\"", "Yes", ",", "\"", "he", "said", ".");
  }

  @Test
  void cachingTokenizerKeepsAWholeWordOneTokenAndSplitsTheRestAsTokenizerMe() {
    TokenizerME reference = new TokenizerME(MODELS.tokenizerModel());
    CachingTokenizer tokenizer =
        new CachingTokenizer(new TokenizerME(MODELS.tokenizerModel()), Set.of("mrs."));
    String text = "Mrs. Quist met Mrs and Mrs.,";

    assertThat(reference.tokenize("Mrs.")).containsExactly("Mrs", ".");
    CachingTokenizer.Tokens tokens = new CachingTokenizer.Tokens();
    tokenizer.tokenize(text, 0, text.length(), tokens);
    List<String> spans = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      spans.add(text.substring(tokens.begin(i), tokens.end(i)));
    }
    List<String> rest = List.of(reference.tokenize(text.substring(5)));
    assertThat(spans.get(0)).isEqualTo("Mrs.");
    assertThat(spans.subList(1, spans.size())).isEqualTo(rest);
  }

  @Test
  void posTaggerGivesPosTaggerMeTags() {
    assertThat(PosTagger.Model.of(MODELS.posModel())).isPresent();
    POSTaggerME reference = new POSTaggerME(MODELS.posModel());
    PosTagger fast = new PosTagger(PosTagger.Model.of(MODELS.posModel()).orElseThrow());
    CachingTokenizer tokenizer = new CachingTokenizer(new TokenizerME(MODELS.tokenizerModel()));
    Random random = new Random(7);
    for (int n = 0; n < 600; n++) {
      int length = n % 100 == 0 ? 250 : 1 + random.nextInt(50);
      // The caching tokenizer's words: their features, found once, are reused by later sentences.
      Word[] words = wordsOf(tokenizer, randomSentence(random, length));
      String[] texts = Arrays.stream(words).map(word -> word.text).toArray(String[]::new);
      assertThat(fast.tag(words))
          .as(String.join(" ", texts))
          .containsExactly(reference.tag(texts));
    }
    assertThat(fast.tag(new Word[0])).isEmpty();
  }

  @Test
  void posTaggerTagsRealSentencesAsPosTaggerMe() {
    POSTaggerME reference = new POSTaggerME(MODELS.posModel());
    PosTagger fast = new PosTagger(PosTagger.Model.of(MODELS.posModel()).orElseThrow());
    TokenizerME tokenizer = new TokenizerME(MODELS.tokenizerModel());
    for (String sentence :
        List.of(
            "\"We cannot wait for the next storm to decide for us,\" Mayor Edda Brannigan said"
                + " after the vote.",
            "Councilman Piet Varga called the loan \"a burden our grandchildren will carry.\"",
            "According to the harbor master, Lina Osei, repairs to the old wall already cost"
                + " $400,000 a year.",
            "\"The numbers do not add up,\" he said. \"They never have.\"",
            "Sen. Helen Ashgrove, D-Ore., told reporters she wasn't surprised.")) {
      String[] words = tokenizer.tokenize(sentence);
      assertThat(fast.tag(Word.of(words))).as(sentence).containsExactly(reference.tag(words));
    }
  }

  @Test
  void lemmasAreLemmatizerMeLemmas() {
    LemmatizerME reference = new LemmatizerME(MODELS.lemmatizerModel());
    Lemmas fast = new Lemmas(MODELS.lemmatizerModel());
    List<String> words = new ArrayList<>(WORDS);
    words.addAll(
        List.of("went", "gone", "children", "mice", "was", "were", "is", "are", "being",
            "quoted", "quoting", "denied", "denies", "lying", "dying", "argued", "ran", "spokesmen"));
    for (String word : words) {
      String lower = word.toLowerCase(Locale.ROOT);
      for (String pos : List.of("NOUN", "VERB", "AUX")) {
        String lemma = reference.lemmatize(new String[] {lower}, new String[] {pos})[0];
        String expected =
            lemma.equals("O") || lemma.isEmpty() ? lower : lemma.toLowerCase(Locale.ROOT);
        assertThat(fast.lemma(word, pos)).as(word + "/" + pos).isEqualTo(expected);
      }
      assertThat(fast.lemma(word, "ADJ")).isEqualTo(lower);
    }
  }

  private static Word[] wordsOf(CachingTokenizer tokenizer, String text) {
    CachingTokenizer.Tokens tokens = new CachingTokenizer.Tokens();
    tokenizer.tokenize(text, 0, text.length(), tokens);
    return tokens.words();
  }

  private static List<String> describe(CachingTokenizer tokenizer, String text) {
    CachingTokenizer.Tokens tokens = new CachingTokenizer.Tokens();
    tokenizer.tokenize(text, 0, text.length(), tokens);
    List<String> described = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      described.add(tokens.begin(i) + "-" + tokens.end(i) + " " + tokens.words()[i].text);
    }
    return described;
  }

  private static List<String> describe(Span[] spans, String text) {
    return Arrays.stream(spans)
        .map(s -> s.getStart() + "-" + s.getEnd() + " " + s.getCoveredText(text))
        .toList();
  }
}
