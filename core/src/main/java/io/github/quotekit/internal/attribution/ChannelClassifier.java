package io.github.quotekit.internal.attribution;

import io.github.quotekit.Channel;
import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.analysis.Sentence;
import io.github.quotekit.internal.analysis.Token;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the channel of an attribution from its cue and the words after it: "tweeted", "said in a
 * statement", "told CNN", "wrote in an op-ed", "according to". Stateless and thread-safe.
 */
public final class ChannelClassifier {
  /** How many words after the cue may name the channel ("said Tuesday in a written statement"). */
  private static final int WINDOW = 8;

  private static final Set<String> SOCIAL_CUES = Set.of("tweet", "retweet", "post");
  private static final Set<String> SOCIAL_NETWORKS =
      Set.of("twitter", "facebook", "instagram", "tiktok", "x", "threads", "truth", "youtube",
          "linkedin", "snapchat", "social", "tweet", "post", "livestream");
  private static final Set<String> STATEMENT_WORDS =
      Set.of("statement", "release", "communique", "communiqué", "announcement");
  private static final Set<String> WRITTEN_WORDS =
      Set.of("op-ed", "letter", "email", "e-mail", "memo", "essay", "column", "book", "blog",
          "editorial", "article", "report", "filing", "note");
  private static final Set<String> INTERVIEW_WORDS = Set.of("interview", "podcast");
  private static final Set<String> NEWS_OUTLET_WORDS =
      Set.of("cnn", "msnbc", "fox", "nbc", "abc", "cbs", "npr", "pbs", "bbc", "reuters", "ap",
          "afp", "bloomberg", "politico", "axios", "times", "post", "journal", "news", "press",
          "magazine", "radio", "television", "tv", "network", "tribune", "herald", "gazette",
          "daily", "review", "today", "examiner", "hill", "atlantic", "newsweek", "time");

  /** Returns the channel of an attribution with the given cue, or UNSPECIFIED without one. */
  public Channel classify(AnalyzedText doc, Optional<CueWords> cue) {
    if (cue.isEmpty()) {
      return Channel.UNSPECIFIED;
    }
    CueWords words = cue.get();
    if (words.lemma().equals("according to")) {
      return Channel.ACCORDING_TO;
    }
    if (SOCIAL_CUES.contains(words.lemma())) {
      return Channel.SOCIAL_MEDIA;
    }
    Token head = doc.token(words.firstToken());
    Sentence sentence = doc.sentences().get(head.sentence());
    int end = Math.min(sentence.endToken(), words.endToken() + WINDOW);
    boolean declined = false;
    for (int i = words.endToken(); i < end; i++) {
      Token token = doc.token(i);
      if (token.quoted()) {
        break;
      }
      String lower = token.lower();
      if (SOCIAL_NETWORKS.contains(lower) && token.isCapitalised() || lower.equals("tweet")) {
        return Channel.SOCIAL_MEDIA;
      }
      if (STATEMENT_WORDS.contains(lower)) {
        return Channel.STATEMENT;
      }
      if (INTERVIEW_WORDS.contains(lower)) {
        return Channel.INTERVIEW;
      }
      if (WRITTEN_WORDS.contains(lower)) {
        return Channel.WRITTEN;
      }
      declined |= lower.equals("declining") || lower.equals("declined");
    }
    if (declined) {
      return Channel.DECLINED_COMMENT;
    }
    if (words.lemma().equals("tell") && toNamedOutlet(doc, words.endToken(), end)) {
      return Channel.INTERVIEW;
    }
    return words.lemma().equals("write") || words.lemma().equals("read")
        ? Channel.WRITTEN
        : Channel.SPOKEN;
  }

  /** "told CNN", "told The Associated Press": the listener is a news outlet. */
  private static boolean toNamedOutlet(AnalyzedText doc, int from, int end) {
    int i = from;
    if (i < end && doc.token(i).lower().equals("the")) {
      i++;
    }
    for (; i < end && doc.token(i).isCapitalised(); i++) {
      if (NEWS_OUTLET_WORDS.contains(doc.token(i).lower())) {
        return true;
      }
    }
    return false;
  }
}
