package io.github.quotekit.internal.resolution;

import io.github.quotekit.SpeakerKind;
import io.github.quotekit.internal.candidate.Candidate;
import io.github.quotekit.MentionKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A document-level entity under construction: mutable, confined to one resolution run. */
final class Entity {
  final int order;
  final List<Candidate> mentions = new ArrayList<>();
  /** The mentions again, for {@link #has}: a list search would be quadratic in long articles. */
  private final Set<Candidate> mentionSet = new HashSet<>();
  /** {@link #words()} of {@link #wordsOf}, the name they were computed from. */
  private List<String> words;
  private String wordsOf;
  String name;
  SpeakerKind kind;
  String title = "";
  String role = "";
  String description = "";
  int lastToken;

  Entity(int order, Candidate first) {
    this.order = order;
    this.name = first.name();
    this.kind = first.speakerKind();
    add(first);
  }

  /** Returns true when the mention is one of this entity's. */
  boolean has(Candidate mention) {
    return mentionSet.contains(mention);
  }

  void add(Candidate mention) {
    mentions.add(mention);
    mentionSet.add(mention);
    lastToken = Math.max(lastToken, mention.firstToken());
    if (mention.kind() == MentionKind.NAME && mention.name().length() > name.length()
        && kind != SpeakerKind.ORGANIZATION) {
      name = mention.name();
    }
    if (title.isEmpty() && mention.title().isPresent()) {
      title = mention.title().get();
    }
    if (role.isEmpty() && mention.role().isPresent()) {
      role = mention.role().get();
    }
    if (description.isEmpty() && mention.description().isPresent()) {
      description = mention.description().get();
    }
    if (kind == SpeakerKind.UNKNOWN && mention.speakerKind() != SpeakerKind.UNKNOWN
        && mention.kind() == MentionKind.NAME) {
      kind = mention.speakerKind();
    }
  }

  /** Returns the words of the name, in lower case. */
  List<String> words() {
    if (name != wordsOf) {
      words = List.of(name.toLowerCase(Locale.ROOT).split("\\s+"));
      wordsOf = name;
    }
    return words;
  }

  String lastWord() {
    List<String> words = words();
    return words.get(words.size() - 1);
  }
}
