package io.github.quotekit;

/**
 * The channel or frame through which a quotation reached the article, as the attribution tells it.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum Channel {
  /** Spoken words: "said", "told reporters", "added". */
  SPOKEN,
  /** A prepared statement or release: "said in a statement". */
  STATEMENT,
  /** A post on a social network: "tweeted", "wrote on Facebook", "posted on Instagram". */
  SOCIAL_MEDIA,
  /** An interview with a named outlet: "told CNN", "said in an interview". */
  INTERVIEW,
  /** Written words: "wrote in an op-ed", "the letter reads". */
  WRITTEN,
  /** Words credited to a source rather than quoted from it: "according to". */
  ACCORDING_TO,
  /** Words given while declining to say more: "…,” she said, declining to comment further. */
  DECLINED_COMMENT,
  /** The attribution has no cue word ("“…” — Ana Ruiz"), or the quotation none at all. */
  UNSPECIFIED
}
