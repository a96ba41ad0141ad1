package io.github.quotekit.internal.resolution;

import io.github.quotekit.Mention;
import io.github.quotekit.Speaker;
import io.github.quotekit.SpeakerKind;
import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.analysis.Sentence;
import io.github.quotekit.internal.attribution.Attribution;
import io.github.quotekit.internal.candidate.Candidate;
import io.github.quotekit.internal.candidate.MentionFinder;
import io.github.quotekit.internal.candidate.MentionKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns attributed mentions into document-level speakers: names are merged by surname ("Sen.
 * Marco Rubio" and "Rubio"), pronouns go to the subject of a recent sentence, role nouns ("the
 * president") to the entity that holds the role. Stateless and thread-safe.
 */
public final class SpeakerResolver {
  private static final Pattern PARTY_STATE = Pattern.compile("[RDI]-[A-Z][A-Za-z.]*\\.?");
  /** How many sentences back a pronoun looks for its antecedent. */
  private static final int PRONOUN_REACH = 6;

  /**
   * The speakers of one article.
   *
   * @param speakers every speaker of an attributed quotation, by id
   * @param perQuote the speaker of each quotation, parallel to the decisions
   */
  public record Resolution(List<Speaker> speakers, List<Optional<Speaker>> perQuote) {}

  public Resolution resolve(MentionFinder finder, List<Optional<Attribution>> decisions) {
    return new Run(finder).resolve(decisions);
  }

  /** The state of resolving one article. */
  private static final class Run {
    private final MentionFinder finder;
    private final AnalyzedText doc;
    private final List<Entity> entities = new ArrayList<>();
    /** Entity of each mention, keyed by the mention's first token, in text order. */
    private final Map<Integer, Entity> timeline = new HashMap<>();

    Run(MentionFinder finder) {
      this.finder = finder;
      this.doc = finder.doc();
      for (Candidate name : finder.names()) {
        Candidate described = withAppositiveDescription(name);
        Entity entity = matchName(described).orElseGet(() -> create(described));
        if (!entity.mentions.contains(described)) {
          entity.add(described);
        }
        timeline.put(described.firstToken(), entity);
      }
    }

    Resolution resolve(List<Optional<Attribution>> decisions) {
      List<Entity> perQuote = new ArrayList<>();
      Map<Candidate, Entity> resolved = new HashMap<>();
      for (Optional<Attribution> decision : decisions) {
        if (decision.isEmpty()) {
          perQuote.add(null);
          continue;
        }
        Candidate mention = decision.get().mention();
        Entity entity = resolved.computeIfAbsent(mention, this::resolveMention);
        perQuote.add(entity);
      }
      Map<Entity, Speaker> speakers = new LinkedHashMap<>();
      perQuote.stream()
          .filter(e -> e != null)
          .distinct()
          .sorted(Comparator.comparingInt(e -> e.mentions.get(0).firstToken()))
          .forEach(e -> speakers.put(e, toSpeaker(e, speakers.size())));
      List<Optional<Speaker>> result = new ArrayList<>(perQuote.size());
      for (Entity entity : perQuote) {
        result.add(Optional.ofNullable(entity == null ? null : speakers.get(entity)));
      }
      return new Resolution(List.copyOf(speakers.values()), result);
    }

    private Entity resolveMention(Candidate mention) {
      Entity entity =
          switch (mention.kind()) {
            case NAME -> matchName(mention).orElseGet(() -> create(mention));
            case PRONOUN -> antecedent(mention).orElseGet(() -> create(mention));
            case NOMINAL -> nominalReferent(mention).orElseGet(() -> create(mention));
          };
      if (!entity.mentions.contains(mention)) {
        entity.add(mention);
      }
      timeline.putIfAbsent(mention.firstToken(), entity);
      return entity;
    }

    private Entity create(Candidate mention) {
      Entity entity = new Entity(entities.size(), mention);
      if (mention.kind() == MentionKind.NOMINAL) {
        entity.name = withoutDeterminer(mention);
      }
      entities.add(entity);
      return entity;
    }

    private String withoutDeterminer(Candidate mention) {
      String text = mention.span().textIn(doc.text());
      String lower = text.toLowerCase(Locale.ROOT);
      for (String determiner : List.of("the ", "a ", "an ")) {
        if (lower.startsWith(determiner)) {
          return text.substring(determiner.length());
        }
      }
      return text;
    }

    private Optional<Entity> matchName(Candidate mention) {
      String[] words = mention.name().toLowerCase(Locale.ROOT).split("\\s+");
      String last = words[words.length - 1];
      Entity best = null;
      for (Entity entity : entities) {
        if (entity.name.equalsIgnoreCase(mention.name())) {
          return Optional.of(entity);
        }
        if (entity.mentions.get(0).kind() != MentionKind.NAME) {
          continue;
        }
        boolean matches;
        if (words.length == 1) {
          matches = entity.words().contains(last);
        } else if (entity.kind == SpeakerKind.ORGANIZATION) {
          // "the Harbor Authority" for "the Calloway Bay Harbor Authority".
          List<String> known = entity.words();
          matches = known.size() > words.length
              && known.subList(known.size() - words.length, known.size()).equals(List.of(words));
        } else {
          List<String> known = entity.words();
          // "Commerce" before "the Commerce Department" is the organisation's short name.
          String keyOfMention =
              mention.speakerKind() == SpeakerKind.ORGANIZATION ? words[0] : last;
          matches = known.size() == 1 ? known.get(0).equals(keyOfMention)
              : entity.lastWord().equals(last) && known.get(0).equals(words[0]);
        }
        if (matches && (best == null || better(entity, best, last))) {
          best = entity;
        }
      }
      return Optional.ofNullable(best);
    }

    /** Prefers the entity whose key word is the word, then the one mentioned more often. */
    private static boolean better(Entity candidate, Entity incumbent, String word) {
      boolean candidateSurname = keyWord(candidate).equals(word);
      boolean incumbentSurname = keyWord(incumbent).equals(word);
      if (candidateSurname != incumbentSurname) {
        return candidateSurname;
      }
      return candidate.mentions.size() > incumbent.mentions.size();
    }

    /** A person is called by the surname, an organisation by its first word ("Commerce"). */
    private static String keyWord(Entity entity) {
      return entity.kind == SpeakerKind.ORGANIZATION ? entity.words().get(0) : entity.lastWord();
    }

    private Optional<Entity> antecedent(Candidate pronoun) {
      Sentence current = doc.sentences().get(doc.token(pronoun.firstToken()).sentence());
      if (pronoun.name().equals("who")) {
        for (int i = pronoun.firstToken() - 1; i >= current.firstToken(); i--) {
          Entity entity = timeline.get(i);
          if (entity != null) {
            return Optional.of(entity);
          }
        }
        return Optional.empty();
      }
      return antecedentWithin(pronoun, current, Integer.MAX_VALUE, true)
          .or(() -> antecedentWithin(pronoun, current, PRONOUN_REACH, false));
    }

    /**
     * Looks back sentence by sentence, at most {@code reach} of them, for the first compatible
     * entity of each sentence: its subject, most often.
     */
    private Optional<Entity> antecedentWithin(
        Candidate pronoun, Sentence current, int reach, boolean strict) {
      for (int s = current.index(); s >= 0 && current.index() - s < reach; s--) {
        Sentence sentence = doc.sentences().get(s);
        int end = s == current.index() ? pronoun.firstToken() : sentence.endToken();
        for (int i = sentence.firstToken(); i < end; i++) {
          Entity entity = timeline.get(i);
          if (entity != null && compatible(pronoun, entity, strict)) {
            return Optional.of(entity);
          }
        }
      }
      return Optional.empty();
    }

    private static boolean compatible(Candidate pronoun, Entity entity, boolean strict) {
      SpeakerKind wanted = pronoun.speakerKind();
      if (entity.kind == wanted) {
        return true;
      }
      if (wanted == SpeakerKind.GROUP) {
        return entity.kind == SpeakerKind.ORGANIZATION;
      }
      return !strict && entity.kind == SpeakerKind.UNKNOWN
          && entity.mentions.get(0).kind() == MentionKind.NAME;
    }

    private Optional<Entity> nominalReferent(Candidate nominal) {
      if (nominal.speakerKind() == SpeakerKind.PERSON && !nominal.role().isEmpty()) {
        return entities.stream()
            .filter(e -> e.kind == SpeakerKind.PERSON && e.role.equals(nominal.role()))
            .filter(e -> e.mentions.get(0).kind() == MentionKind.NAME)
            .filter(e -> e.mentions.get(0).firstToken() < nominal.firstToken())
            .max(Comparator.comparingInt((Entity e) -> e.mentions.size())
                .thenComparingInt(e -> e.lastToken));
      }
      if (nominal.speakerKind() == SpeakerKind.ORGANIZATION) {
        String head = nominal.name();
        return entities.stream()
            .filter(e -> e.kind == SpeakerKind.ORGANIZATION)
            .filter(e -> e.words().contains(head))
            .filter(e -> e.mentions.get(0).firstToken() < nominal.firstToken())
            .max(Comparator.comparingInt(e -> e.lastToken));
      }
      String key = withoutDeterminer(nominal).toLowerCase(Locale.ROOT);
      return entities.stream()
          .filter(e -> e.mentions.get(0).kind() == MentionKind.NOMINAL)
          .filter(e -> e.name.toLowerCase(Locale.ROOT).equals(key))
          .findFirst();
    }

    private Candidate withAppositiveDescription(Candidate name) {
      Sentence sentence = doc.sentences().get(doc.token(name.firstToken()).sentence());
      return finder
          .appositiveAfter(name, sentence.endToken())
          .map(MentionFinder.Appositive::text)
          .filter(SpeakerResolver::isDescription)
          .map(name::withDescription)
          .orElse(name);
    }

    private Speaker toSpeaker(Entity entity, int id) {
      List<Mention> mentions =
          entity.mentions.stream()
              .sorted(Comparator.comparingInt(Candidate::firstToken))
              .map(c -> new Mention(c.span(), c.span().textIn(doc.text())))
              .distinct()
              .toList();
      Affiliation affiliation = Affiliation.parse(entity.description, entity.role);
      return new Speaker(
          id,
          entity.name,
          entity.kind,
          optional(entity.title),
          optional(entity.description),
          optional(affiliation.party()),
          optional(affiliation.state()),
          optional(affiliation.role()),
          optional(affiliation.organization()),
          mentions);
    }

    private static Optional<String> optional(String value) {
      return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
  }

  /** An appositive describes a person when it has a common word or is a party-state tag. */
  private static boolean isDescription(String text) {
    if (PARTY_STATE.matcher(text).matches()) {
      return true;
    }
    for (String word : text.split("\\s+")) {
      if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
        return true;
      }
    }
    return false;
  }
}
