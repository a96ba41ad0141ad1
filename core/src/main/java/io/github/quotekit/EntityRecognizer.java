package io.github.quotekit;

import io.github.quotekit.internal.candidate.DictionaryRecognizer;
import io.github.quotekit.internal.candidate.ProperNounRecognizer;
import java.util.List;
import java.util.Map;

/**
 * Finds the names of people, organisations and places in a sentence: where candidate speakers'
 * names begin and end, and what they name.
 *
 * <p>quotekit asks the recogniser for the names of every sentence of an article and builds its
 * speaker mentions around them: titles ("Sen."), appositives (", the harbor master,"), pronouns
 * and common-noun phrases ("the agency") are quotekit's own work. A title right before a {@link
 * EntityType#PERSON} name joins the mention; words inside quotations are never speakers.
 *
 * <p>Four ways to get one:
 *
 * <ul>
 *   <li>{@link #properNouns()}, the default: runs of proper nouns and capitalised words, needing
 *       nothing beyond the bundled part-of-speech model.
 *   <li>{@link #dictionary(Map)}: a fixed list of names.
 *   <li>{@code io.github.quotekit.opennlp.NameFinderRecognizer.of(model, types)}, in the {@code
 *       quotekit-opennlp} artifact: any OpenNLP name-finder model.
 *   <li>your own implementation, for example a wrapper around another NER library.
 * </ul>
 *
 * <pre>{@code
 * QuoteExtractor extractor = QuoteExtractor.builder()
 *     .entityRecognizer(EntityRecognizer.dictionary(Map.of(
 *         "Ana Ruiz", EntityType.PERSON, "Harbor Authority", EntityType.ORGANIZATION)))
 *     .build();
 * }</pre>
 *
 * <p>Lifecycle, per article:
 *
 * <ol>
 *   <li>quotekit calls {@link #forDocument(List)} once, with the words of the article's sentences,
 *       on the thread that extracts the article;
 *   <li>it calls {@link #recognize(List, List) recognize} on the returned recogniser for each
 *       sentence, in text order, on that same thread.
 * </ol>
 *
 * <p>One extractor serves many threads, so an implementation must be thread-safe: {@link
 * #forDocument(List)} and {@link #recognize(List, List)} of the extractor's recogniser may run on
 * several threads at once. The recogniser {@code forDocument} returns serves one thread only.
 * Every factory here returns an immutable, thread-safe recogniser.
 */
@FunctionalInterface
public interface EntityRecognizer {

  /**
   * Returns the names in one sentence.
   *
   * @param words the words (tokens) of the sentence, as written, punctuation included
   * @param tags their Universal Dependencies part-of-speech tags ("PROPN", "NOUN", "PUNCT", ...),
   *     one per word
   * @return the names, each within {@code [0, words.size())}, not overlapping, in any order
   */
  List<NamedEntity> recognize(List<String> words, List<String> tags);

  /**
   * Returns the recogniser for the sentences of one article. Override it to use evidence from the
   * whole article (a word capitalised mid-sentence is a name at the start of a sentence too) or
   * to reset per-article state. The default returns this recogniser.
   *
   * @param sentences the words of each sentence of the article's running text; headlines, which
   *     capitalise every word, are left out
   * @return a recogniser for this article, used by the calling thread only
   */
  default EntityRecognizer forDocument(List<List<String>> sentences) {
    return this;
  }

  /**
   * Returns the default recogniser: runs of proper nouns (tagged {@code PROPN} by the bundled
   * OpenNLP model) and of capitalised content words, except at the start of a sentence, where a
   * capitalised word counts only if it is a given name, starts a title or is capitalised
   * mid-sentence elsewhere in the article. Function words, weekdays and months are never names.
   * Its names are typed {@link EntityType#OTHER}: quotekit types them from titles, a list of
   * given names and organisation words ("Ana Ruiz" and "Sen. Ruiz" are people, "Harbor
   * Authority" an organisation). The given names and titles it reads are those of the extractor's
   * {@link Lexicon} ({@link QuoteExtractor.Builder#lexicon(Lexicon)}).
   *
   * @return the default recogniser, immutable and thread-safe
   */
  static EntityRecognizer properNouns() {
    return ProperNounRecognizer.english();
  }

  /**
   * Returns a recogniser that finds the given names, written as words separated by spaces, where
   * they appear word for word (case-sensitive); where names overlap, the one starting first and
   * then the longest wins. Word boundaries are those of quotekit's tokenizer, so write a name as
   * it is tokenized: {@code "Ana Ruiz"}, {@code "Harbor Authority"}.
   *
   * <pre>{@code
   * EntityRecognizer recognizer = EntityRecognizer.dictionary(Map.of(
   *     "Ana Ruiz", EntityType.PERSON, "Harbor Authority", EntityType.ORGANIZATION));
   * }</pre>
   *
   * @param names each name and its type
   * @return an immutable, thread-safe recogniser
   * @throws IllegalArgumentException if a name is blank
   */
  static EntityRecognizer dictionary(Map<String, EntityType> names) {
    return new DictionaryRecognizer(names);
  }
}
