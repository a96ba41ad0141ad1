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
  /** What the text says of a person's gender: a title, a description, the pronouns for it. */
  enum Gender {
    UNKNOWN,
    MALE,
    FEMALE;

    /** Returns the gender of "he", "his", "she", "her"..., or {@link #UNKNOWN}. */
    static Gender ofPronoun(String lower) {
      return switch (lower) {
        case "he", "him", "his", "himself" -> MALE;
        case "she", "her", "hers", "herself" -> FEMALE;
        default -> UNKNOWN;
      };
    }

    /** Returns the gender a word of a title or description gives ("Councilwoman", "widow"). */
    static Gender ofWord(String word) {
      String lower = word.toLowerCase(Locale.ROOT).replace(".", "");
      if (FEMALE_WORDS.contains(lower) || lower.endsWith("woman") || lower.endsWith("women")) {
        return FEMALE;
      }
      if (MALE_WORDS.contains(lower) || lower.endsWith("man") && !lower.equals("human")
          && !lower.equals("german")) {
        return MALE;
      }
      return UNKNOWN;
    }
  }

  private static final Set<String> FEMALE_WORDS =
      Set.of("mrs", "ms", "miss", "madam", "dame", "lady", "queen", "princess", "duchess",
          "mother", "wife", "daughter", "sister", "grandmother", "aunt", "niece", "widow", "girl",
          "actress", "mom", "grandma");
  private static final Set<String> MALE_WORDS =
      Set.of("mr", "sir", "lord", "king", "prince", "duke", "father", "husband", "son", "brother",
          "grandfather", "uncle", "nephew", "widower", "boy", "actor", "dad", "grandpa");
  /** Evidence from a title or description outweighs a few pronouns. */
  private static final int WORD_VOTES = 3;

  private boolean calledWithDeterminer;
  private int maleVotes;
  private int femaleVotes;
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
    mention.title().ifPresent(t -> voteWords(t.split("[\\s-]+")));
    // "the mother of three", "his widow": the head before any "of" phrase.
    mention.description().ifPresent(d -> voteWords(d.split("\\s+(?:of|at|for|to|in|with)\\s+")[0]
        .split("[\\s,]+")));
  }

  private void voteWords(String[] words) {
    for (String word : words) {
      vote(Gender.ofWord(word), WORD_VOTES);
    }
  }

  /** Counts evidence of the gender; {@link Gender#UNKNOWN} counts nothing. */
  void vote(Gender gender, int votes) {
    if (gender == Gender.MALE) {
      maleVotes += votes;
    } else if (gender == Gender.FEMALE) {
      femaleVotes += votes;
    }
  }

  /** Returns the gender most of the evidence gives, {@link Gender#UNKNOWN} on a tie. */
  Gender gender() {
    return maleVotes > femaleVotes ? Gender.MALE
        : femaleVotes > maleVotes ? Gender.FEMALE : Gender.UNKNOWN;
  }

  /** Returns true when the text may use {@code pronoun} for this entity. */
  boolean agreesWith(Gender pronoun) {
    Gender known = gender();
    return pronoun == Gender.UNKNOWN || known == Gender.UNKNOWN || known == pronoun;
  }

  /** Returns true when the entity was introduced by a proper name. */
  boolean named() {
    return mentions.get(0).kind() == MentionKind.NAME;
  }

  /**
   * Records that the text calls the entity "the NAME" ("the Coldwater River", "the Ashford
   * Comets"), which it never does a person.
   */
  void calledWithDeterminer() {
    calledWithDeterminer = true;
  }

  /** Returns true when the entity is a person or a name the text never puts "the" before. */
  boolean mayBePerson() {
    return kind == SpeakerKind.PERSON
        || kind == SpeakerKind.UNKNOWN && named() && !calledWithDeterminer;
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
