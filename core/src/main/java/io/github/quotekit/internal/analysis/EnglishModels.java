package io.github.quotekit.internal.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The Apache OpenNLP English models (UD English-EWT), loaded once per JVM from the model jars on the
 * class path. Models are thread-safe and shared; the {@code *ME} tools built on them are not.
 *
 * <p>The four models are read at the same time, on threads of their own: reading them is most of
 * the time before the first result (about a second, most of it the part-of-speech model), and the
 * other cores are otherwise idle then.
 */
public final class EnglishModels {
  private static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  private static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  private static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

  private final SentenceModel sentenceModel;
  private final TokenizerModel tokenizerModel;
  private final POSModel posModel;
  private final LemmatizerModel lemmatizerModel;

  private EnglishModels() {
    QuietLogging.start(); // before OpenNLP's classes start SLF4J
    FutureTask<POSModel> pos = inBackground(POS, POSModel::new);
    FutureTask<LemmatizerModel> lemmas = inBackground(LEMMAS, LemmatizerModel::new);
    FutureTask<TokenizerModel> tokens = inBackground(TOKENS, TokenizerModel::new);
    sentenceModel = load(SENTENCE, SentenceModel::new);
    tokenizerModel = result(tokens);
    posModel = result(pos);
    lemmatizerModel = result(lemmas);
  }

  private static <T> FutureTask<T> inBackground(String resource, ModelReader<T> reader) {
    FutureTask<T> task = new FutureTask<>(() -> load(resource, reader));
    Thread thread = new Thread(task, "quotekit-model-" + resource);
    thread.setDaemon(true);
    thread.start();
    return task;
  }

  /** Waits for {@code task}; its exception is thrown as {@link #load} threw it. */
  private static <T> T result(FutureTask<T> task) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true; // the models are needed all the same: finish, then restore it
        }
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("cannot read the OpenNLP models", e.getCause());
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Returns the shared models, loading them on first use. */
  public static EnglishModels get() {
    return Holder.INSTANCE;
  }

  public SentenceModel sentenceModel() {
    return sentenceModel;
  }

  public TokenizerModel tokenizerModel() {
    return tokenizerModel;
  }

  public POSModel posModel() {
    return posModel;
  }

  public LemmatizerModel lemmatizerModel() {
    return lemmatizerModel;
  }

  private interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> T load(String resource, ModelReader<T> reader) {
    // The ClassLoader's lookup, because Class#getResourceAsStream cannot see another module's
    // root from inside a named module.
    ClassLoader loader = EnglishModels.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "OpenNLP model " + resource + " is not on the class path; add the"
                + " org.apache.opennlp:opennlp-models-*-en:1.3.0 jars");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
    }
  }

  private static final class Holder {
    static final EnglishModels INSTANCE = new EnglishModels();
  }
}
