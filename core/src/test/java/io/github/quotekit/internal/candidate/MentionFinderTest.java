package io.github.quotekit.internal.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quotekit.EntityRecognizer;
import io.github.quotekit.EntityType;
import io.github.quotekit.Lexicon;
import io.github.quotekit.MentionKind;
import io.github.quotekit.Span;
import io.github.quotekit.SpeakerKind;
import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.analysis.TextAnalyzer;
import io.github.quotekit.internal.scan.Paragraphs;
import io.github.quotekit.internal.scan.QuoteScanner;
import io.github.quotekit.internal.scan.QuotedSegment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentionFinderTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.english();

  private static MentionFinder finder(String text) {
    return finder(text, EntityRecognizer.properNouns());
  }

  private static MentionFinder finder(String text, EntityRecognizer recognizer) {
    List<Span> quoted =
        QuoteScanner.english().scan(text).stream().map(QuotedSegment::content).toList();
    AnalyzedText doc = ANALYZER.analyze(text, Paragraphs.of(text), quoted);
    return new MentionFinder(doc, Lexicon.english(), recognizer);
  }

  /** Returns the index of the token that begins where {@code phrase} first occurs as words. */
  private static int tokenAt(MentionFinder finder, String phrase) {
    String before = Character.isLetter(phrase.charAt(0)) ? "(?<!\\p{L})" : "";
    String after = Character.isLetter(phrase.charAt(phrase.length() - 1)) ? "(?!\\p{L})" : "";
    Matcher matcher =
        Pattern.compile(before + Pattern.quote(phrase) + after).matcher(finder.doc().text());
    assertThat(matcher.find()).as("<%s> in the text", phrase).isTrue();
    int offset = matcher.start();
    int index = finder.doc().firstTokenFrom(offset);
    assertThat(finder.doc().token(index).begin()).as("token at <%s>", phrase).isEqualTo(offset);
    return index;
  }

  /** Returns the mention that begins at {@code phrase}, up to the end of the text. */
  private static Optional<Candidate> startingAt(MentionFinder finder, String phrase) {
    return finder.startingAt(tokenAt(finder, phrase), finder.doc().tokens().size());
  }

  private static String text(MentionFinder finder, Candidate candidate) {
    return candidate.span().textIn(finder.doc().text());
  }

  private static List<String> nameTexts(MentionFinder finder) {
    return finder.names().stream().map(c -> text(finder, c)).toList();
  }

  @Nested
  class Names {
    @Test
    void titleIsSplitFromTheName() {
      MentionFinder finder = finder("Sen. Ana Ruiz visited the harbor on Monday.");

      Candidate ruiz = finder.names().get(0);

      assertThat(text(finder, ruiz)).isEqualTo("Sen. Ana Ruiz");
      assertThat(ruiz.kind()).isEqualTo(MentionKind.NAME);
      assertThat(ruiz.speakerKind()).isEqualTo(SpeakerKind.PERSON);
      assertThat(ruiz.name()).isEqualTo("Ana Ruiz");
      assertThat(ruiz.title()).contains("Sen.");
      assertThat(ruiz.role()).contains("senator");
      assertThat(ruiz.description()).isEmpty();
    }

    @Test
    void multiWordTitle() {
      MentionFinder finder = finder("The council heard from Vice President Tom Ash on Friday.");

      Candidate ash = startingAt(finder, "Vice").orElseThrow();

      assertThat(ash.name()).isEqualTo("Tom Ash");
      assertThat(ash.title()).contains("Vice President");
      assertThat(ash.role()).contains("vice president");
    }
    @Test
    void multiWordTitleOpeningASentence() {
      MentionFinder finder = finder("Vice President Tom Ash spoke first on Friday at the pier.");

      Candidate ash = finder.names().get(0);

      assertThat(text(finder, ash)).isEqualTo("Vice President Tom Ash");
      assertThat(ash.title()).contains("Vice President");
    }

    @Test
    void lowerCaseTitleTaggedAsAVerbIsATitle() {
      MentionFinder finder = finder("“We never stopped believing,” coach Maria Lopez said.");

      Candidate lopez = startingAt(finder, "coach").orElseThrow();

      assertThat(text(finder, lopez)).isEqualTo("coach Maria Lopez");
      assertThat(lopez.name()).isEqualTo("Maria Lopez");
      assertThat(lopez.title()).contains("coach");
      assertThat(lopez.speakerKind()).isEqualTo(SpeakerKind.PERSON);
    }

    @Test
    void lowerCaseTitleThatOpensTheSentenceIsATitle() {
      MentionFinder finder = finder("Chief executive Priya Natarajan told analysts the plan.");

      Candidate natarajan = startingAt(finder, "Chief").orElseThrow();

      assertThat(text(finder, natarajan)).isEqualTo("Chief executive Priya Natarajan");
      assertThat(natarajan.name()).isEqualTo("Priya Natarajan");
      assertThat(natarajan.title()).contains("Chief executive");
    }

    @Test
    void titleAfterToIsAVerb() {
      MentionFinder finder = finder("She was hired to coach Maria Lopez before the trials.");

      assertThat(finder.names()).extracting(Candidate::title).containsOnly(Optional.empty());
    }

    @Test
    void datelineInCapitalsIsNoMention() {
      MentionFinder finder = finder("LOS ANGELES — The singer spoke on Friday.");

      assertThat(startingAt(finder, "LOS")).isEmpty();
    }

    @Test
    void knownFirstNameMakesAPerson() {
      MentionFinder finder = finder("Then Omar Vance spoke.");

      assertThat(startingAt(finder, "Omar").orElseThrow().speakerKind())
          .isEqualTo(SpeakerKind.PERSON);
    }

    @Test
    void bareSurnameIsOfUnknownKind() {
      MentionFinder finder = finder("The report was written by Halloran.");

      Candidate halloran = startingAt(finder, "Halloran").orElseThrow();

      assertThat(halloran.kind()).isEqualTo(MentionKind.NAME);
      assertThat(halloran.speakerKind()).isEqualTo(SpeakerKind.UNKNOWN);
    }

    @Test
    void organisationWithDeterminer() {
      MentionFinder finder = finder("Ruiz visited the Harbor Authority on Monday.");

      Candidate authority = startingAt(finder, "the Harbor").orElseThrow();

      assertThat(text(finder, authority)).isEqualTo("the Harbor Authority");
      assertThat(authority.name()).isEqualTo("Harbor Authority");
      assertThat(authority.speakerKind()).isEqualTo(SpeakerKind.ORGANIZATION);
      assertThat(authority.title()).isEmpty();
    }

    @Test
    void organisationWordAtTheEndOfTheRun() {
      MentionFinder finder = finder("The Commerce Department announced new rules.");

      Candidate commerce = finder.names().get(0);

      assertThat(text(finder, commerce)).isEqualTo("The Commerce Department");
      assertThat(commerce.name()).isEqualTo("Commerce Department");
      assertThat(commerce.speakerKind()).isEqualTo(SpeakerKind.ORGANIZATION);
    }

    @Test
    void possessiveEndsTheName() {
      MentionFinder finder = finder("The crew waited while Ana Ruiz’s office stayed shut.");

      assertThat(nameTexts(finder)).containsExactly("Ana Ruiz");
    }

    @Test
    void endingAtReadsTheNameBackwards() {
      MentionFinder finder = finder("The bill was dead, said Rep. Jon Abel.");
      int abel = tokenAt(finder, "Abel");

      Candidate candidate = finder.endingAt(abel, 0).orElseThrow();

      assertThat(text(finder, candidate)).isEqualTo("Rep. Jon Abel");
      assertThat(candidate.name()).isEqualTo("Jon Abel");
      assertThat(candidate.title()).contains("Rep.");
    }
  }

  @Nested
  class NamesOfTheArticle {
    @Test
    void everyNameOutsideQuotationsInTextOrder() {
      MentionFinder finder =
          finder(
              "“Ana Ruiz is late again,” said Omar Vance of the Westmere Port Trust.\n\n"
                  + "Later that night, Mayor Lena Brook arrived at the pier.");

      assertThat(nameTexts(finder))
          .containsExactly("Omar Vance", "the Westmere Port Trust", "Mayor Lena Brook");
      assertThat(finder.names())
          .extracting(Candidate::speakerKind)
          .containsExactly(SpeakerKind.PERSON, SpeakerKind.ORGANIZATION, SpeakerKind.PERSON);
    }

    @Test
    void daysAndMonthsAreNoNames() {
      MentionFinder finder = finder("On Monday, Ruiz met Vance in April.");

      assertThat(nameTexts(finder)).containsExactly("Ruiz", "Vance");
    }
    @Test
    void shortSentenceWithATitledNameIsNoHeadline() {
      MentionFinder finder = finder("The pier was empty. Later, Mayor Lena Brook arrived.");

      assertThat(nameTexts(finder)).containsExactly("Mayor Lena Brook");
    }

    @Test
    void headlineCapitalsAreNoNames() {
      MentionFinder finder =
          finder("Harbor Board Backs Dredging Plan\n\nThe vote was close, Ruiz said.");

      assertThat(nameTexts(finder)).containsExactly("Ruiz");
    }

    @Test
    void articleWithoutNames() {
      assertThat(finder("the tide came in and went out.").names()).isEmpty();
      assertThat(finder("").names()).isEmpty();
    }
    @Test
    void namesJoinedByAndStayApart() {
      MentionFinder finder = finder("Mayor Lena Brook and Dana Ortiz met on Friday.");

      assertThat(nameTexts(finder)).containsExactly("Mayor Lena Brook", "Dana Ortiz");
    }
    @Test
    void organisationAndPersonJoinedByAndStayApart() {
      MentionFinder finder = finder("The Commerce Department and Rep. Jon Abel disagreed.");

      assertThat(nameTexts(finder)).containsExactly("The Commerce Department", "Rep. Jon Abel");
    }
  }

  @Nested
  class PronounsAndNominals {
    @Test
    void personalPronouns() {
      MentionFinder finder = finder("He and she and they and it left.");

      assertThat(startingAt(finder, "He").orElseThrow())
          .extracting(Candidate::kind, Candidate::speakerKind, Candidate::name)
          .containsExactly(MentionKind.PRONOUN, SpeakerKind.PERSON, "he");
      assertThat(startingAt(finder, "she").orElseThrow().speakerKind())
          .isEqualTo(SpeakerKind.PERSON);
      assertThat(startingAt(finder, "they").orElseThrow().speakerKind())
          .isEqualTo(SpeakerKind.GROUP);
      assertThat(startingAt(finder, "it").orElseThrow().speakerKind())
          .isEqualTo(SpeakerKind.ORGANIZATION);
    }

    @Test
    void relativePronoun() {
      MentionFinder finder = finder("Vance, who chairs the board, left.");

      Candidate who = startingAt(finder, "who").orElseThrow();

      assertThat(who.kind()).isEqualTo(MentionKind.PRONOUN);
      assertThat(who.speakerKind()).isEqualTo(SpeakerKind.UNKNOWN);
    }

    @Test
    void otherPronounsAreNoMentions() {
      MentionFinder finder = finder("Vance told them nothing.");

      assertThat(startingAt(finder, "them")).isEmpty();
    }

    @Test
    void roleNounTheTaggerReadsAsAnAdjectiveIsAPerson() {
      MentionFinder finder = finder("“The fleet is ready,” the admiral said.");

      // As the closing-attribution rules ask: up to the cue.
      Candidate admiral =
          finder.startingAt(tokenAt(finder, "the admiral"), tokenAt(finder, "said")).orElseThrow();

      assertThat(text(finder, admiral)).isEqualTo("the admiral");
      assertThat(admiral.speakerKind()).isEqualTo(SpeakerKind.PERSON);
      assertThat(admiral.role()).contains("admiral");
    }

    /** The tagger reads "official" in the first as an adjective, "airport" in the second as a name. */
    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "The pier will reopen in May, an official said. | an official",
          "The pier is safe, an airport official said. | an airport official"
        })
    void aNounTheTaggerMisreadsStaysInThePhrase(String sentence, String mention) {
      MentionFinder finder = finder(sentence);

      Candidate found =
          finder.startingAt(tokenAt(finder, mention), tokenAt(finder, "said")).orElseThrow();

      assertThat(text(finder, found)).isEqualTo(mention);
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "“We will wait,” the mayor's spokesman said. | the mayor's spokesman | spokesman",
          "“We will wait,” said the harbour board's chairwoman. | the harbour board's chairwoman"
              + " | chairwoman",
          "“We will wait,” the Harbor Gazette's Lena Brook said. | the Harbor Gazette's Lena Brook"
              + " | Lena Brook"
        })
    void aPossessedSpeakerIsOneMentionWithItsPossessor(String sentence, String mention, String name) {
      MentionFinder finder = finder(sentence);
      int cue = tokenAt(finder, sentence.contains("said the") ? "." : "said");
      int last = tokenAt(finder, name.substring(name.lastIndexOf(' ') + 1));

      Candidate forwards = finder.startingAt(tokenAt(finder, mention), cue).orElseThrow();
      Candidate backwards = finder.endingAt(last, tokenAt(finder, "”") + 1).orElseThrow();

      assertThat(text(finder, forwards)).isEqualTo(mention);
      assertThat(text(finder, backwards)).isEqualTo(mention);
      assertThat(forwards.name()).isEqualTo(name);
    }

    /** The tagger reads "former" after "said" as a conjunction. */
    @Test
    void formerBeforeATitleStaysInTheMention() {
      MentionFinder finder = finder("“It was fine,” said former Mayor Ana Quist.");

      Candidate found =
          finder.startingAt(tokenAt(finder, "former"), tokenAt(finder, ".")).orElseThrow();

      assertThat(text(finder, found)).isEqualTo("former Mayor Ana Quist");
    }

    @Test
    void anHonorificBeforeANameOfNoKnownTypeIsItsTitle() {
      MentionFinder finder = finder("The levy passed, Mrs. Quist said.");

      Candidate found = finder.endingAt(tokenAt(finder, "Quist"), 0).orElseThrow();

      assertThat(text(finder, found)).isEqualTo("Mrs. Quist");
      assertThat(found.name()).isEqualTo("Quist");
    }

    /** A statement or a book does not speak: its possessor stays the mention. */
    @Test
    void thePossessorOfAThingIsTheMention() {
      MentionFinder finder = finder("“We will wait,” Lena Brook's statement said.");

      Candidate found =
          finder.startingAt(tokenAt(finder, "Lena"), tokenAt(finder, "said")).orElseThrow();

      assertThat(text(finder, found)).isEqualTo("Lena Brook");
    }

    @Test
    void roleNounIsAPerson() {
      MentionFinder finder = finder("The mayor signed the order.");

      Candidate mayor = startingAt(finder, "The mayor").orElseThrow();

      assertThat(text(finder, mayor)).isEqualTo("The mayor");
      assertThat(mayor.kind()).isEqualTo(MentionKind.NOMINAL);
      assertThat(mayor.speakerKind()).isEqualTo(SpeakerKind.PERSON);
      assertThat(mayor.name()).isEqualTo("mayor");
      assertThat(mayor.role()).contains("mayor");
    }

    @Test
    void pluralGroupNounsAreGroups() {
      MentionFinder finder = finder("Later officials and the residents and analysts agreed.");

      assertThat(startingAt(finder, "officials").orElseThrow())
          .extracting(Candidate::kind, Candidate::speakerKind, Candidate::name)
          .containsExactly(MentionKind.NOMINAL, SpeakerKind.GROUP, "officials");
      assertThat(startingAt(finder, "the residents").orElseThrow().speakerKind())
          .isEqualTo(SpeakerKind.GROUP);
      assertThat(startingAt(finder, "analysts").orElseThrow().speakerKind())
          .isEqualTo(SpeakerKind.GROUP);
    }

    @Test
    void organisationNoun() {
      MentionFinder finder = finder("Later the council agreed.");

      Candidate council = startingAt(finder, "the council").orElseThrow();

      assertThat(council.speakerKind()).isEqualTo(SpeakerKind.ORGANIZATION);
      assertThat(council.role()).contains("council");
    }

    @Test
    void otherNounsAreOfUnknownKind() {
      MentionFinder finder = finder("Later the report was published.");

      Candidate report = startingAt(finder, "the report").orElseThrow();

      assertThat(report.kind()).isEqualTo(MentionKind.NOMINAL);
      assertThat(report.speakerKind()).isEqualTo(SpeakerKind.UNKNOWN);
    }

    @Test
    void quotedWordsAreNoMentions() {
      MentionFinder finder = finder("“The mayor is here,” he said.");

      assertThat(startingAt(finder, "The mayor")).isEmpty();
      assertThat(startingAt(finder, "he")).isPresent();
    }

    @Test
    void verbStartsNoMention() {
      MentionFinder finder = finder("Ruiz said nothing.");

      assertThat(startingAt(finder, "said")).isEmpty();
    }
  }

  @Nested
  class Descriptions {
    private Optional<String> descriptionAfter(String text, String mention) {
      MentionFinder finder = finder(text);
      Candidate candidate = startingAt(finder, mention).orElseThrow();
      return finder
          .descriptionAfter(candidate, finder.doc().tokens().size())
          .map(MentionFinder.Appositive::text);
    }

    @Test
    void appositiveBetweenCommas() {
      assertThat(
              descriptionAfter(
                  "Omar Vance, a professor at Westmere University, said the tide was late.",
                  "Omar Vance"))
          .contains("a professor at Westmere University");
    }

    @Test
    void ageThenWhatThePersonIs() {
      assertThat(
              descriptionAfter(
                  "Dolores Pike, 78, a retired teacher, said the street floods.", "Dolores Pike"))
          .contains("78, a retired teacher");
    }

    @Test
    void relativeClauseEndsTheDescription() {
      assertThat(
              descriptionAfter(
                  "He spoke to Dolores Pike, a retired teacher who lives two doors away.",
                  "Dolores Pike"))
          .contains("a retired teacher");
    }

    @Test
    void whoWasToTheEndOfTheSentenceIsADescription() {
      assertThat(
              descriptionAfter(
                  "“This is a truce,” said Omar Vance, who was an aide to Mayor Lena Brook.",
                  "Omar Vance"))
          .contains("an aide to Mayor Lena Brook");
    }

    @Test
    void clauseToTheEndOfTheSentenceIsNoDescription() {
      assertThat(
              descriptionAfter(
                  "After his meeting with Omar Vance, the mayor gave no details of the plan.",
                  "Omar Vance"))
          .isEmpty();
    }

    @Test
    void appositiveTokenRange() {
      MentionFinder finder = finder("Omar Vance, a harbor pilot, said so.");
      Candidate vance = startingAt(finder, "Omar Vance").orElseThrow();

      MentionFinder.Appositive appositive =
          finder.descriptionAfter(vance, finder.doc().tokens().size()).orElseThrow();

      assertThat(appositive.firstToken()).isEqualTo(tokenAt(finder, "a harbor"));
      assertThat(appositive.endToken()).isEqualTo(tokenAt(finder, ", said"));
      assertThat(appositive.nextToken()).isEqualTo(tokenAt(finder, "said"));
    }

    @Test
    void partyAndStateTag() {
      assertThat(descriptionAfter("Sen. Ana Ruiz, D-Ore., said so.", "Sen. Ana Ruiz"))
          .contains("D-Ore.");
    }

    @Test
    void parenthesis() {
      assertThat(descriptionAfter("Rep. Jon Abel (R-Ohio) said so.", "Rep. Jon Abel"))
          .contains("R-Ohio");
    }

    @Test
    void parenthesisThenAppositive() {
      assertThat(
              descriptionAfter(
                  "Rep. Jon Abel (R-Ohio), a member of the panel, disagreed.", "Rep. Jon Abel"))
          .contains("R-Ohio, a member of the panel");
    }

    @Test
    void whoIsClauseDescribes() {
      assertThat(
              descriptionAfter(
                  "Lena Osei, who is director of the Baykeepers, said no.", "Lena Osei"))
          .contains("director of the Baykeepers");
    }

    @Test
    void otherRelativeClausesDoNotDescribe() {
      assertThat(descriptionAfter("Gwen Hale, who steered the plan, said yes.", "Gwen Hale"))
          .isEmpty();
    }

    @Test
    void cueVerbAfterTheCommaIsNoAppositive() {
      assertThat(descriptionAfter("“We are done,” Ruiz, said the clerk.", "Ruiz")).isEmpty();
    }

    @Test
    void noCommaNoDescription() {
      assertThat(descriptionAfter("Omar Vance said the tide was late.", "Omar Vance")).isEmpty();
    }

    @Test
    void appositiveRunningIntoAQuotationIsNoDescription() {
      assertThat(descriptionAfter("Omar Vance, a “harbor pilot,” said so.", "Omar Vance"))
          .isEmpty();
    }

    @Test
    void emptyParenthesisIsNoDescription() {
      assertThat(descriptionAfter("Rep. Jon Abel () said so.", "Rep. Jon Abel")).isEmpty();
    }
  }

  @Nested
  class SentenceStarts {
    @Test
    void capitalisedSentenceStartIsANameOnlyIfSeenMidSentence() {
      MentionFinder finder = finder("Halloran left early. The board thanked Halloran.");

      assertThat(finder.isNameToken(tokenAt(finder, "Halloran left"))).isTrue();
      assertThat(finder.isNameToken(tokenAt(finder, "The board"))).isFalse();
    }
  }

  @Nested
  class RecognisedNames {
    @Test
    void recognisedNameIsOneMentionOfItsType() {
      MentionFinder finder =
          finder(
              "The Friends of Quito met on Monday.",
              EntityRecognizer.dictionary(Map.of("Friends of Quito", EntityType.ORGANIZATION)));

      Candidate name = finder.names().get(0);
      assertThat(text(finder, name)).isEqualTo("The Friends of Quito");
      assertThat(name.speakerKind()).isEqualTo(SpeakerKind.ORGANIZATION);
    }

    @Test
    void locationIsOfUnknownKind() {
      MentionFinder finder =
          finder("Quito said no.", EntityRecognizer.dictionary(Map.of("Quito", EntityType.LOCATION)));

      assertThat(startingAt(finder, "Quito").orElseThrow().speakerKind()).isEqualTo(SpeakerKind.UNKNOWN);
    }

    @Test
    void capitalisedTitleBeforeAPersonJoinsTheName() {
      MentionFinder finder =
          finder("Gov. Telm spoke.", EntityRecognizer.dictionary(Map.of("Telm", EntityType.PERSON)));

      Candidate name = startingAt(finder, "Gov.").orElseThrow();
      assertThat(name.title()).contains("Gov.");
      assertThat(name.name()).isEqualTo("Telm");
      assertThat(name.speakerKind()).isEqualTo(SpeakerKind.PERSON);
    }
  }
}
