package io.github.quotekit.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

class EnglishModelsTest {

  @Test
  void theFourModelsReadOnTheirOwnThreadsAllWork() {
    EnglishModels models = EnglishModels.get();

    String[] tokens = new TokenizerME(models.tokenizerModel()).tokenize("The mayor said no.");
    assertThat(tokens).containsExactly("The", "mayor", "said", "no", ".");
    assertThat(new POSTaggerME(models.posModel()).tag(tokens))
        .containsExactly("DET", "NOUN", "VERB", "INTJ", "PUNCT");
    assertThat(new SentenceDetectorME(models.sentenceModel()).sentDetect("It rained. We left."))
        .containsExactly("It rained.", "We left.");
    assertThat(models.lemmatizerModel().getLanguage()).isEqualTo("en");
  }

  @Test
  void threadsAskingAtOnceShareOneInstance() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Callable<EnglishModels> get = EnglishModels::get;
      List<Future<EnglishModels>> answers = pool.invokeAll(List.of(get, get, get, get));
      for (Future<EnglishModels> answer : answers) {
        assertThat(answer.get()).isSameAs(EnglishModels.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
