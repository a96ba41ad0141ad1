package io.github.quotekit.internal.resolution;

import io.github.quotekit.SpeakerKind;
import io.github.quotekit.internal.candidate.Candidate;
import io.github.quotekit.internal.candidate.MentionKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A document-level entity under construction: mutable, confined to one resolution run. */
final class Entity {
  final int order;
  final List<Candidate> mentions = new ArrayList<>();
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

  void add(Candidate mention) {
    mentions.add(mention);
    lastToken = Math.max(lastToken, mention.firstToken());
    if (mention.kind() == MentionKind.NAME && mention.name().length() > name.length()
        && kind != SpeakerKind.ORGANIZATION) {
      name = mention.name();
    }
    if (title.isEmpty() && !mention.title().isEmpty()) {
      title = mention.title();
    }
    if (role.isEmpty() && !mention.role().isEmpty()) {
      role = mention.role();
    }
    if (description.isEmpty() && !mention.description().isEmpty()) {
      description = mention.description();
    }
    if (kind == SpeakerKind.UNKNOWN && mention.speakerKind() != SpeakerKind.UNKNOWN
        && mention.kind() == MentionKind.NAME) {
      kind = mention.speakerKind();
    }
  }

  List<String> words() {
    return Arrays.asList(name.toLowerCase(Locale.ROOT).split("\\s+"));
  }

  String lastWord() {
    List<String> words = words();
    return words.get(words.size() - 1);
  }
}
