package io.github.quotekit.internal.resolution;

import io.github.quotekit.Explanation;
import io.github.quotekit.Explanation.ResolutionMethod;
import io.github.quotekit.Mention;
import io.github.quotekit.Span;
import io.github.quotekit.Speaker;
import io.github.quotekit.SpeakerKind;
import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.analysis.Sentence;
import io.github.quotekit.internal.analysis.Token;
import io.github.quotekit.internal.attribution.Attribution;
import io.github.quotekit.internal.candidate.Candidate;
import io.github.quotekit.internal.candidate.MentionFinder;
import io.github.quotekit.MentionKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Turns attributed mentions into document-level speakers: names are merged by surname ("Sen.
 * Marco Rubio" and "Rubio"), pronouns go to the subject of a recent sentence, role nouns ("the
 * president") to the entity that holds the role. Stateless and thread-safe.
 */
public final class SpeakerResolver {
  private static final Pattern PARTY_STATE = Pattern.compile("[RDI]-[A-Z][A-Za-z.]*\\.?");
  /** How many sentences back a pronoun looks for an antecedent of another kind. */
  private static final int PRONOUN_REACH = 6;
  /**
   * How many sentences back a pronoun looks for an antecedent of its own kind: further than any
   * article needs, but bounded, so that a long text of pronouns without one stays linear.
   */
  private static final int KIND_REACH = 500;
  /** How many entities sharing a word a name is compared with, the latest first. */
  private static final int MAX_NAME_CANDIDATES = 500;
  /**
   * How many tokens of a sentence a pronoun's evidence reads: a sentence of thousands of tokens
   * full of pronouns would otherwise be read once per pronoun.
   */
  private static final int MAX_EVIDENCE_TOKENS = 200;
  /** Texts that speak for whoever issued them: “…,” the statement said. */
  private static final Set<String> ISSUED_TEXTS =
      Set.of("statement", "release", "letter", "memo", "email", "communique", "announcement");
  /** How many sentences back "the statement" looks for the sentence of its issuer. */
  private static final int ISSUER_REACH = 3;
  /** Words before "statement" that make it one issued there: "a", "its", "the campaign's". */
  private static final Set<String> ISSUING_DETERMINERS =
      Set.of("a", "an", "its", "his", "her", "their", "'s", "’s");
  /** Verbs whose subject gets a text rather than issues it: "received a letter". */
  private static final Set<String> RECEIVING_VERBS =
      Set.of("received", "receives", "receive", "receiving", "got", "gets", "obtained", "saw",
          "read", "reviewed", "opened");
  /** How many words before "statement" such a determiner may stand: "a brief written statement". */
  private static final int ISSUING_WORDS_BEFORE = 3;
  /** How many sentences back "the company" looks for the company it stands for. */
  private static final int NOMINAL_REACH = 30;
  /**
   * Nouns that stand for an organisation named before ("the company" for "Halvex Corp."), each
   * with the words of the names it can stand for; an empty set takes any organisation.
   */
  private static final Map<String, Set<String>> ORGANISATION_ANAPHORA =
      Map.of(
          "company", Set.of("corp.", "corp", "inc.", "inc", "co.", "llc", "ltd.", "ltd", "company",
              "corporation", "group", "holdings", "plc"),
          "firm", Set.of("corp.", "corp", "inc.", "inc", "co.", "llc", "ltd.", "ltd", "company",
              "corporation", "group", "holdings", "plc", "partners", "associates"),
          "agency", Set.of("agency", "authority", "service", "administration", "department",
              "bureau", "commission", "office", "board", "ministry"),
          "team", Set.of("team", "club"),
          "organization", Set.of(),
          "organisation", Set.of(),
          "group", Set.of());

  /**
   * The speakers of one article.
   *
   * @param speakers every speaker of an attributed quotation, by id
   * @param perQuote the speaker of each quotation, parallel to the decisions
   * @param links how each decision's mention was linked to its speaker, parallel to the decisions;
   *     all empty unless explaining
   */
  public record Resolution(
      List<Speaker> speakers,
      List<Optional<Speaker>> perQuote,
      List<Optional<Explanation.Resolution>> links) {}

  /**
   * Resolves the speakers of the {@code decisions}; when {@code explaining}, also says how each
   * mention was linked.
   */
  public Resolution resolve(
      MentionFinder finder, List<Optional<Attribution>> decisions, boolean explaining) {
    return new Run(finder).resolve(decisions, explaining);
  }

  /** The state of resolving one article. */
  private static final class Run {
    private final MentionFinder finder;
    private final AnalyzedText doc;
    private final List<Entity> entities = new ArrayList<>();
    /** Entity of each mention, keyed by the mention's first token, in text order. */
    private final Map<Integer, Entity> timeline = new HashMap<>();
    /**
     * The entities by the case-folded names they have had, each map by creation order: {@link
     * #matchName} reads them instead of every entity, which would be quadratic in long articles.
     */
    private final Map<String, TreeMap<Integer, Entity>> byName = new HashMap<>();
    /** The entities by every word their names have had, each map by creation order. */
    private final Map<String, TreeMap<Integer, Entity>> byWord = new HashMap<>();
    /** The entities by the lower-case names they have had, each map by creation order. */
    private final Map<String, TreeMap<Integer, Entity>> byLowerName = new HashMap<>();
    /** The entities first mentioned by name, by role, each map by creation order. */
    private final Map<String, TreeMap<Integer, Entity>> namedByRole = new HashMap<>();

    Run(MentionFinder finder) {
      this.finder = finder;
      this.doc = finder.doc();
      for (Candidate name : finder.names()) {
        Candidate described = withAppositiveDescription(name);
        Entity entity = matchName(described).orElseGet(() -> create(described));
        if (!entity.has(described)) {
          entity.add(described);
          index(entity);
        }
        timeline.put(described.firstToken(), entity);
        if (isTheName(described)) {
          entity.calledWithDeterminer();
        }
      }
      learnFromPronouns();
    }

    /**
     * Returns true for "the Ashford Comets" but not for "the Clinton campaign", where the name
     * modifies a noun.
     */
    private boolean isTheName(Candidate name) {
      boolean determiner = name.title().isEmpty()
          && name.span().end() - name.span().begin() != name.name().length();
      return determiner
          && (name.endToken() >= doc.tokens().size()
              || !doc.token(name.endToken()).pos().equals("NOUN"));
    }

    /**
     * Reads what the pronouns outside quotations say of the named entities: "Frank Bellamy has
     * worked there for 22 years. He heard ..." makes Bellamy a man, and so a person. Only a pronoun
     * with one person it can stand for counts. First the pronouns after a person in the same
     * sentence ("Hughes praised his players"), then, for the people whose gender is still unknown,
     * a pronoun whose sentence names no one, after a sentence that names only them.
     */
    private void learnFromPronouns() {
      List<Token> later = new ArrayList<>();
      for (Token token : doc.tokens()) {
        if (token.quoted() || !token.pos().equals("PRON")
            || Entity.Gender.ofPronoun(token.lower()) == Entity.Gender.UNKNOWN) {
          continue;
        }
        Sentence current = doc.sentences().get(token.sentence());
        if (noPersonIn(current.firstToken(), token.index())) {
          later.add(token);
        } else if (!isObject(token)) {
          // "Vance sold his boat to her": an object is someone other than its clause's subject.
          personOfTheClause(current.firstToken(), token.index())
              .ifPresent(entity -> learn(entity, Entity.Gender.ofPronoun(token.lower())));
        }
      }
      for (Token token : later) {
        Sentence current = doc.sentences().get(token.sentence());
        if (current.index() > 0 && !hasPersonNoun(current.firstToken(), token.index())) {
          Sentence previous = doc.sentences().get(current.index() - 1);
          onlyPersonIn(previous.firstToken(), previous.endToken())
              .filter(entity -> entity.gender() == Entity.Gender.UNKNOWN)
              .ifPresent(entity -> learn(entity, Entity.Gender.ofPronoun(token.lower())));
        }
      }
    }

    /**
     * Returns the person named last before the pronoun at {@code pronoun} when nothing that could
     * start another clause stands between them: "Melanie said yes until Trump reached the end of
     * his speech".
     */
    private Optional<Entity> personOfTheClause(int sentenceStart, int pronoun) {
      for (int i = pronoun - 1; i >= sentenceStart && pronoun - i < MAX_EVIDENCE_TOKENS; i--) {
        Token token = doc.token(i);
        Entity entity = timeline.get(i);
        if (entity != null && entity.mayBePerson()) {
          return Optional.of(entity);
        }
        String pos = token.pos();
        if (token.quoted() || pos.equals("PUNCT") || pos.equals("CCONJ") || pos.equals("SCONJ")
            || pos.equals("PRON") && !finder.isNameToken(i)) {
          return Optional.empty();
        }
      }
      return Optional.empty();
    }

    /**
     * Returns true when a common noun for a person stands in {@code [from, to)}: "A woman who lives
     * near the bridge would not give her name" is about the woman, not the person named before.
     */
    private boolean hasPersonNoun(int from, int to) {
      for (int i = from; i < to && i - from < MAX_EVIDENCE_TOKENS; i++) {
        Token token = doc.token(i);
        if (token.pos().equals("NOUN") && !token.quoted()
            && (Entity.Gender.ofWord(token.lower()) != Entity.Gender.UNKNOWN
                || finder.lexicon().roleOfTitle(token.lower()).isPresent()
                || finder.lexicon().isGroupNoun(token.lower()))) {
          return true;
        }
      }
      return false;
    }

    /** Returns true for "him", and for "her" when no noun follows it ("gave it to her"). */
    private boolean isObject(Token pronoun) {
      String lower = pronoun.lower();
      if (lower.equals("her")) {
        int next = pronoun.index() + 1;
        return next >= doc.tokens().size()
            || !Set.of("NOUN", "ADJ", "PROPN", "NUM").contains(doc.token(next).pos());
      }
      return lower.equals("him") || lower.equals("himself") || lower.equals("herself");
    }

    private void learn(Entity entity, Entity.Gender gender) {
      entity.vote(gender, 1);
      if (entity.kind == SpeakerKind.UNKNOWN) {
        entity.kind = SpeakerKind.PERSON;
      }
    }

    /**
     * Returns the one person named in {@code [from, to)}, or when none is, the one name there that
     * may be a person's: "Kessler asked drivers to stay off River Road."
     */
    private Optional<Entity> onlyPersonIn(int from, int to) {
      Entity person = null;
      Entity maybe = null;
      boolean manyPeople = false;
      boolean manyNames = false;
      for (int i = from; i < to && i - from < MAX_EVIDENCE_TOKENS; i++) {
        Entity entity = timeline.get(i);
        if (entity == null || !entity.mayBePerson()) {
          continue;
        }
        if (entity.kind == SpeakerKind.PERSON) {
          manyPeople |= person != null && person != entity;
          person = entity;
        } else {
          manyNames |= maybe != null && maybe != entity;
          maybe = entity;
        }
      }
      if (person != null) {
        return manyPeople ? Optional.empty() : Optional.of(person);
      }
      return manyNames ? Optional.empty() : Optional.ofNullable(maybe);
    }

    private boolean noPersonIn(int from, int to) {
      for (int i = from; i < to && i - from < MAX_EVIDENCE_TOKENS; i++) {
        Entity entity = timeline.get(i);
        if (entity != null && entity.mayBePerson()) {
          return false;
        }
      }
      return true;
    }

    Resolution resolve(List<Optional<Attribution>> decisions, boolean explaining) {
      List<Entity> perQuote = new ArrayList<>();
      List<Optional<Explanation.Resolution>> links = new ArrayList<>(decisions.size());
      Map<Candidate, Entity> resolved = new HashMap<>();
      for (Optional<Attribution> decision : decisions) {
        if (decision.isEmpty()) {
          perQuote.add(null);
          links.add(Optional.empty());
          continue;
        }
        Candidate mention = decision.get().mention();
        Entity entity = resolved.computeIfAbsent(mention, this::resolveMention);
        perQuote.add(entity);
        links.add(explaining ? Optional.of(link(mention, entity)) : Optional.empty());
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
      return new Resolution(List.copyOf(speakers.values()), result, links);
    }

    /**
     * Says how {@code mention} joined {@code entity}: through the entity's latest mention before
     * it, or its first one when none comes before; the mention introduced the entity when that
     * is itself.
     */
    private Explanation.Resolution link(Candidate mention, Entity entity) {
      Candidate antecedent = null;
      Candidate first = null;
      for (Candidate other : entity.mentions) {
        if (first == null || other.firstToken() < first.firstToken()) {
          first = other;
        }
        if (other.firstToken() < mention.firstToken()
            && (antecedent == null || other.firstToken() > antecedent.firstToken())) {
          antecedent = other;
        }
      }
      Candidate linked = antecedent != null ? antecedent : first;
      if (linked == null || linked.span().equals(mention.span())) {
        return new Explanation.Resolution(
            ResolutionMethod.FIRST_MENTION, mentionOf(mention), Optional.empty());
      }
      ResolutionMethod method =
          switch (mention.kind()) {
            case NAME -> ResolutionMethod.NAME_MATCH;
            case PRONOUN -> ResolutionMethod.PRONOUN_ANTECEDENT;
            case NOMINAL -> ResolutionMethod.ROLE_MATCH;
          };
      return new Explanation.Resolution(
          method, mentionOf(mention), Optional.of(mentionOf(linked)));
    }

    private Mention mentionOf(Candidate candidate) {
      Span span = candidate.span();
      return new Mention(span, span.textIn(doc.text()));
    }

    private Entity resolveMention(Candidate mention) {
      Entity entity =
          switch (mention.kind()) {
            case NAME -> matchName(mention).orElseGet(() -> create(mention));
            case PRONOUN -> antecedent(mention).orElseGet(() -> create(mention));
            case NOMINAL -> nominalReferent(mention).orElseGet(() -> create(mention));
          };
      if (mention.kind() == MentionKind.PRONOUN) {
        // Kind, not gender: a "she" that went to the wrong name must not turn it into a woman.
        if (mention.speakerKind() == SpeakerKind.PERSON && entity.kind == SpeakerKind.UNKNOWN) {
          entity.kind = SpeakerKind.PERSON;
        }
      } else if (mention.kind() == MentionKind.NOMINAL && entity.kind == SpeakerKind.UNKNOWN
          && mention.speakerKind() == SpeakerKind.ORGANIZATION) {
        entity.kind = SpeakerKind.ORGANIZATION;
      }
      if (!entity.has(mention)) {
        entity.add(mention);
        index(entity);
      }
      timeline.putIfAbsent(mention.firstToken(), entity);
      return entity;
    }

    private Entity create(Candidate mention) {
      Entity entity = new Entity(entities.size(), mention);
      if (mention.kind() == MentionKind.NOMINAL) {
        entity.name = withoutDeterminer(mention);
      } else if (mention.kind() == MentionKind.PRONOUN) {
        // A pronoun that stands for no one the text names: "she" is nobody's name.
        entity.name = "";
      }
      entities.add(entity);
      index(entity);
      return entity;
    }

    /** Adds the entity's current name and words to the indexes; a rename adds new keys. */
    private void index(Entity entity) {
      put(byName, nameKey(entity.name), entity);
      put(byLowerName, entity.name.toLowerCase(Locale.ROOT), entity);
      for (String word : entity.words()) {
        put(byWord, word, entity);
      }
      if (!entity.role.isEmpty() && entity.mentions.get(0).kind() == MentionKind.NAME) {
        put(namedByRole, entity.role, entity);
      }
    }

    private static void put(Map<String, TreeMap<Integer, Entity>> index, String key, Entity e) {
      index.computeIfAbsent(key, k -> new TreeMap<>()).put(e.order, e);
    }

    /** Returns the entities indexed under the key, a superset of those it now fits, in order. */
    private static Collection<Entity> indexed(
        Map<String, TreeMap<Integer, Entity>> index, String key) {
      TreeMap<Integer, Entity> entities = index.get(key);
      return entities == null ? List.of() : entities.values();
    }

    /** A key equal for two names exactly when {@link String#equalsIgnoreCase} holds. */
    private static String nameKey(String name) {
      StringBuilder key = new StringBuilder(name.length());
      name.codePoints()
          .map(c -> Character.toLowerCase(Character.toUpperCase(c)))
          .forEach(key::appendCodePoint);
      return key.toString();
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
      // The first entity of the same name; a renamed entity never gets its old name back.
      TreeMap<Integer, Entity> sameName = byName.get(nameKey(mention.name()));
      if (sameName != null) {
        for (Iterator<Entity> it = sameName.values().iterator(); it.hasNext(); ) {
          Entity entity = it.next();
          if (entity.name.equalsIgnoreCase(mention.name())) {
            return Optional.of(entity);
          }
          it.remove();
        }
      }
      String[] words = mention.name().toLowerCase(Locale.ROOT).split("\\s+");
      String last = words[words.length - 1];
      Entity best = null;
      for (Entity entity : namesSharingAWord(last, words[0])) {
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

    /**
     * Returns, in creation order, the entities whose names have had one of the words: every entity
     * {@link #matchName} can match has the mention's last word or, for an organisation's short
     * name, its first. Only the latest {@link #MAX_NAME_CANDIDATES} of each word are returned, so
     * that an article of thousands of people sharing a surname stays linear.
     */
    private Collection<Entity> namesSharingAWord(String last, String first) {
      TreeMap<Integer, Entity> candidates = new TreeMap<>();
      for (String word : last.equals(first) ? List.of(last) : List.of(last, first)) {
        TreeMap<Integer, Entity> entities = byWord.get(word);
        if (entities != null) {
          entities.descendingMap().values().stream()
              .limit(MAX_NAME_CANDIDATES)
              .forEach(e -> candidates.put(e.order, e));
        }
      }
      return candidates.values();
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
        // "Ada Vance, the Senate majority leader, who said": "who" stands for a person, so the
        // organisation named in the appositive is passed over for the one it describes.
        Entity nearest = null;
        for (int i = pronoun.firstToken() - 1; i >= current.firstToken(); i--) {
          Entity entity = timeline.get(i);
          if (entity != null && entity.kind != SpeakerKind.ORGANIZATION) {
            return Optional.of(entity);
          }
          nearest = nearest == null ? entity : nearest;
        }
        return Optional.ofNullable(nearest);
      }
      return antecedentWithin(pronoun, current, KIND_REACH, true)
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
          if (entity != null && compatible(pronoun, entity, strict)
              && entity.agreesWith(Entity.Gender.ofPronoun(pronoun.name()))) {
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
      return !strict && wanted == SpeakerKind.PERSON && entity.mayBePerson()
          || !strict && wanted != SpeakerKind.PERSON && entity.kind == SpeakerKind.UNKNOWN
              && entity.named();
    }

    private Optional<Entity> nominalReferent(Candidate nominal) {
      if (nominal.speakerKind() == SpeakerKind.PERSON && nominal.role().isPresent()) {
        String role = nominal.role().get();
        return indexed(namedByRole, role).stream()
            .filter(e -> e.kind == SpeakerKind.PERSON && e.role.equals(role))
            .filter(e -> e.mentions.get(0).kind() == MentionKind.NAME)
            .filter(e -> e.mentions.get(0).firstToken() < nominal.firstToken())
            .max(Comparator.comparingInt((Entity e) -> e.mentions.size())
                .thenComparingInt(e -> e.lastToken));
      }
      if (nominal.speakerKind() == SpeakerKind.ORGANIZATION) {
        String head = nominal.name();
        Optional<Entity> byHead = indexed(byWord, head).stream()
            .filter(e -> e.kind == SpeakerKind.ORGANIZATION)
            .filter(e -> e.words().contains(head))
            .filter(e -> e.mentions.get(0).firstToken() < nominal.firstToken())
            .max(Comparator.comparingInt(e -> e.lastToken));
        Set<String> words = ORGANISATION_ANAPHORA.get(head);
        return byHead.isPresent() || words == null ? byHead : organisationBefore(nominal, words);
      }
      String key = withoutDeterminer(nominal).toLowerCase(Locale.ROOT);
      if (ISSUED_TEXTS.contains(key)) {
        Optional<Entity> issuer = issuerOf(nominal, key);
        if (issuer.isPresent()) {
          return issuer;
        }
      }
      return indexed(byLowerName, key).stream()
          .filter(e -> e.mentions.get(0).kind() == MentionKind.NOMINAL)
          .filter(e -> e.name.toLowerCase(Locale.ROOT).equals(key))
          .findFirst();
    }

    /**
     * "Halvex issued a statement. … “…,” the statement said.": the one named last before "a
     * statement" (or "its statement", "the mayor's letter") in the nearest sentence, within {@link
     * #ISSUER_REACH} before the nominal's, that issues such a text; or the name that opens the
     * clause after "In a statement,". A sentence that only speaks of "the statement" issues none.
     */
    private Optional<Entity> issuerOf(Candidate nominal, String text) {
      Sentence current = doc.sentences().get(doc.token(nominal.firstToken()).sentence());
      for (int s = current.index() - 1; s >= 0 && current.index() - s <= ISSUER_REACH; s--) {
        Sentence sentence = doc.sentences().get(s);
        int end = Math.min(sentence.endToken(), sentence.firstToken() + MAX_EVIDENCE_TOKENS);
        for (int i = sentence.firstToken(); i < end; i++) {
          String lower = doc.token(i).lower();
          if ((lower.equals(text) || lower.equals(text + "s")) && isIssued(sentence, i)) {
            int word = i;
            return namedBefore(sentence, word).or(() -> subjectAfterComma(sentence, word));
          }
        }
      }
      return Optional.empty();
    }

    /**
     * "a statement", "a written statement", "its letter", "the campaign's statement", but not a
     * text received: "Eric Trump received a threatening letter".
     */
    private boolean isIssued(Sentence sentence, int word) {
      for (int i = word - 1; i >= sentence.firstToken() && word - i <= ISSUING_WORDS_BEFORE; i--) {
        if (ISSUING_DETERMINERS.contains(doc.token(i).lower())) {
          return i == sentence.firstToken() || !RECEIVING_VERBS.contains(doc.token(i - 1).lower());
        }
      }
      return false;
    }

    private Optional<Entity> namedBefore(Sentence sentence, int word) {
      Entity found = null;
      for (int i = sentence.firstToken(); i < word; i++) {
        Entity entity = timeline.get(i);
        if (isIssuer(entity)) {
          found = entity;
        }
      }
      return Optional.ofNullable(found);
    }

    /** "In a statement, the Interior Health Authority blamed …": the name right after the comma. */
    private Optional<Entity> subjectAfterComma(Sentence sentence, int word) {
      int comma = word + 1;
      if (comma + 1 >= sentence.endToken() || !doc.token(comma).text().equals(",")) {
        return Optional.empty();
      }
      // The name's mention may or may not hold "the".
      Entity entity = timeline.get(comma + 1);
      if (entity == null && doc.token(comma + 1).lower().equals("the")) {
        entity = timeline.get(comma + 2);
      }
      return isIssuer(entity) ? Optional.of(entity) : Optional.empty();
    }

    /** A named person or organisation, which may issue a statement. */
    private static boolean isIssuer(Entity entity) {
      return entity != null && entity.named() && entity.kind != SpeakerKind.UNKNOWN;
    }

    /**
     * Returns the organisation named last before the nominal, within {@link #NOMINAL_REACH}
     * sentences, whose name has one of the words ("Corp." for "the company"), or any
     * organisation when the words are none. "The Ashford Comets" is a team although no word says
     * so: a name after "the" that ends in a plural noun stands for one.
     */
    private Optional<Entity> organisationBefore(Candidate nominal, Set<String> words) {
      Sentence current = doc.sentences().get(doc.token(nominal.firstToken()).sentence());
      for (int s = current.index(); s >= 0 && current.index() - s < NOMINAL_REACH; s--) {
        Sentence sentence = doc.sentences().get(s);
        int end = s == current.index() ? nominal.firstToken() : sentence.endToken();
        // The first of the sentence, its subject most often: "The Red Cross opened a shelter at
        // Pinecrest Middle School."
        for (int i = sentence.firstToken(); i < end; i++) {
          Entity entity = timeline.get(i);
          if (entity != null && entity.named() && standsFor(entity, words)) {
            return Optional.of(entity);
          }
        }
      }
      return Optional.empty();
    }

    private static boolean standsFor(Entity entity, Set<String> words) {
      boolean organisation = entity.kind == SpeakerKind.ORGANIZATION
          || entity.kind == SpeakerKind.UNKNOWN && !entity.mayBePerson();
      if (!organisation) {
        return false;
      }
      if (words.isEmpty() || entity.words().stream().anyMatch(words::contains)) {
        return true;
      }
      String last = entity.lastWord();
      return words.contains("team") && last.endsWith("s") && !last.endsWith("ss");
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
              .map(this::mentionOf)
              .distinct()
              .toList();
      Affiliation affiliation = Affiliation.parse(entity.description, entity.role);
      return new Speaker(
          id,
          entity.name,
          entity.kind,
          optional(entity.title),
          optional(affiliation.description()),
          optional(affiliation.party()),
          optional(affiliation.state()),
          optional(affiliation.role()),
          optional(affiliation.organization()),
          affiliation.age(),
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
