package io.github.quotekit.internal.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.quotekit.Lexicon;
import io.github.quotekit.Mention;
import io.github.quotekit.Span;
import io.github.quotekit.Speaker;
import io.github.quotekit.SpeakerKind;
import io.github.quotekit.internal.analysis.AnalyzedText;
import io.github.quotekit.internal.analysis.TextAnalyzer;
import io.github.quotekit.internal.attribution.Attribution;
import io.github.quotekit.internal.attribution.Attributor;
import io.github.quotekit.internal.candidate.MentionFinder;
import io.github.quotekit.internal.scan.Paragraphs;
import io.github.quotekit.internal.scan.QuoteScanner;
import io.github.quotekit.internal.scan.QuotedSegment;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpeakerResolverTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.english();
  private static final SpeakerResolver RESOLVER = new SpeakerResolver();

  /** Runs the stages up to resolution, as the pipeline does. */
  private static SpeakerResolver.Resolution resolve(String text) {
    List<QuotedSegment> segments = QuoteScanner.english().scan(text);
    List<Span> quoted = segments.stream().map(QuotedSegment::content).toList();
    AnalyzedText doc = ANALYZER.analyze(text, Paragraphs.of(text), quoted);
    MentionFinder finder = new MentionFinder(doc, Lexicon.english());
    List<Optional<Attribution>> decisions = Attributor.standard().attribute(finder, segments).decisions();
    SpeakerResolver.Resolution resolution = RESOLVER.resolve(finder, decisions, false);
    assertThat(resolution.perQuote()).hasSameSizeAs(segments);
    return resolution;
  }

  private static Speaker speakerOf(SpeakerResolver.Resolution resolution, int quote) {
    return resolution.perQuote().get(quote).orElseThrow();
  }

  private static List<String> mentionTexts(Speaker speaker) {
    return speaker.mentions().stream().map(Mention::text).toList();
  }

  @Test
  void titledNameSurnameAndPronounAreOneSpeaker() {
    SpeakerResolver.Resolution resolution =
        resolve(
            "“We will not back down,” said Sen. Ana Ruiz, D-Ore., on Tuesday.\n\n"
                + "“The bill is dead,” Ruiz said.\n\n"
                + "Later, she spoke to the crowd outside. “We have the votes,” she said.");

    assertThat(resolution.speakers()).hasSize(1);
    Speaker ruiz = resolution.speakers().get(0);
    assertThat(resolution.perQuote()).containsOnly(Optional.of(ruiz));
    assertThat(ruiz.id()).isZero();
    assertThat(ruiz.name()).isEqualTo("Ana Ruiz");
    assertThat(ruiz.kind()).isEqualTo(SpeakerKind.PERSON);
    assertThat(ruiz.title()).contains("Sen.");
    assertThat(ruiz.description()).contains("D-Ore.");
    assertThat(mentionTexts(ruiz)).containsSubsequence("Sen. Ana Ruiz", "Ruiz", "she");
  }

  @Test
  void mentionsAreInTextOrderAndIndexTheText() {
    String text =
        "“We will not back down,” said Sen. Ana Ruiz, D-Ore.\n\n“The bill is dead,” Ruiz said.";

    Speaker ruiz = resolve(text).speakers().get(0);

    assertThat(ruiz.mentions()).extracting(Mention::span).isSorted();
    assertThat(ruiz.mentions())
        .allSatisfy(m -> assertThat(m.span().textIn(text)).isEqualTo(m.text()));
  }

  @Test
  void roleNounGoesToTheEntityThatHoldsTheRole() {
    SpeakerResolver.Resolution resolution =
        resolve(
            "Mayor Lena Brook opened the hearing on the new levee on Monday night.\n\n"
                + "“The levee will hold,” said Dana Ortiz, the county engineer.\n\n"
                + "“We will find the money,” the mayor said.");

    Speaker mayor = speakerOf(resolution, 1);

    assertThat(mayor.name()).isEqualTo("Lena Brook");
    assertThat(mayor.title()).contains("Mayor");
    assertThat(mayor.kind()).isEqualTo(SpeakerKind.PERSON);
    assertThat(mentionTexts(mayor)).containsExactly("Mayor Lena Brook", "the mayor");
    assertThat(speakerOf(resolution, 0).name()).isEqualTo("Dana Ortiz");
  }

  @Test
  void shortOrganisationNameGoesToTheFullName() {
    SpeakerResolver.Resolution resolution =
        resolve(
            "The plan was drawn up by the Redwater Bay Harbor Authority last spring.\n\n"
                + "“Dredging starts in May,” the Harbor Authority said in a statement.");

    Speaker authority = speakerOf(resolution, 0);

    assertThat(authority.name()).isEqualTo("Redwater Bay Harbor Authority");
    assertThat(authority.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    assertThat(mentionTexts(authority))
        .containsExactly("the Redwater Bay Harbor Authority", "the Harbor Authority");
  }

  @Test
  void organisationHeadNounGoesToTheOrganisation() {
    SpeakerResolver.Resolution resolution =
        resolve(
            "The Redwater Bay Harbor Authority drew up the plan last spring.\n\n"
                + "“It will take a year,” the authority added.");

    assertThat(speakerOf(resolution, 0).name()).isEqualTo("Redwater Bay Harbor Authority");
  }

  @Test
  void firstWordOfAnOrganisationGoesToTheOrganisation() {
    SpeakerResolver.Resolution resolution =
        resolve(
            "The Commerce Department announced new port rules on Friday.\n\n"
                + "“The rules take effect at once,” Commerce said in a statement.");

    Speaker commerce = speakerOf(resolution, 0);

    assertThat(commerce.name()).isEqualTo("Commerce Department");
    assertThat(commerce.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    assertThat(mentionTexts(commerce)).containsExactly("The Commerce Department", "Commerce");
  }
  @Test
  void shortOrganisationNameBeforeTheFullName() {
    SpeakerResolver.Resolution resolution =
        resolve(
            "“The rules take effect at once,” Commerce said.\n\n"
                + "“We expect no delays,” the Commerce Department added.");

    assertThat(resolution.speakers()).hasSize(1);
    assertThat(resolution.speakers().get(0).name()).isEqualTo("Commerce Department");
    assertThat(resolution.speakers().get(0).kind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  @Test
  void surnameBeforeTheFullNameIsMerged() {
    SpeakerResolver.Resolution resolution =
        resolve("“We sail at six,” Ortiz said.\n\n“We are never late,” said Dana Ortiz.");

    assertThat(resolution.speakers()).hasSize(1);
    assertThat(resolution.speakers().get(0).name()).isEqualTo("Dana Ortiz");
  }

  @Test
  void differentPeopleAreDifferentSpeakersInOrderOfFirstMention() {
    SpeakerResolver.Resolution resolution =
        resolve(
            "Omar Vance and Dana Ortiz run the ferry together.\n\n"
                + "“We sail at six,” Ortiz said.\n\n"
                + "“We are never late,” Vance said.");

    assertThat(resolution.speakers())
        .extracting(Speaker::id, Speaker::name)
        .containsExactly(tuple(0, "Omar Vance"), tuple(1, "Dana Ortiz"));
    assertThat(speakerOf(resolution, 0).name()).isEqualTo("Dana Ortiz");
    assertThat(speakerOf(resolution, 1).name()).isEqualTo("Omar Vance");
  }

  @Test
  void sameSurnameDifferentFirstNamesStayApart() {
    SpeakerResolver.Resolution resolution =
        resolve(
            "Dana Ortiz and Luis Ortiz run the ferry.\n\n"
                + "“We sail at six,” Luis Ortiz said.\n\n"
                + "“We are never late,” Dana Ortiz said.");

    assertThat(resolution.speakers())
        .extracting(Speaker::name)
        .containsExactly("Dana Ortiz", "Luis Ortiz");
    assertThat(speakerOf(resolution, 0).name()).isEqualTo("Luis Ortiz");
    assertThat(speakerOf(resolution, 1).name()).isEqualTo("Dana Ortiz");
  }

  @Test
  void unnamedGroupIsAGroupSpeaker() {
    Speaker officials = speakerOf(resolve("“The rules take effect at once,” officials said."), 0);

    assertThat(officials.name()).isEqualTo("officials");
    assertThat(officials.kind()).isEqualTo(SpeakerKind.GROUP);
    assertThat(officials.title()).isEmpty();
    assertThat(officials.description()).isEmpty();
  }

  @Test
  void relativeClauseIsNoDescription() {
    Speaker brook =
        speakerOf(
            resolve(
                "Mayor Lena Brook, who steered the plan through three hearings, spoke first.\n\n"
                    + "“We will find the money,” Brook said."),
            0);

    assertThat(brook.description()).isEmpty();
    assertThat(brook.title()).contains("Mayor");
  }

  @Test
  void whoAfterAnAppositiveThatNamesAnOrganisationIsThePerson() {
    Speaker vance =
        speakerOf(
            resolve(
                "Ruiz met Ada Vance, the Senate majority leader, who said: “The port is a sinking"
                    + " ship.”"),
            0);

    assertThat(vance.name()).isEqualTo("Ada Vance");
  }

  @Test
  void theCompanyIsTheCompanyNamedBefore() {
    SpeakerResolver.Resolution resolution =
        resolve(
            "Halvex Corp. will close its packaging plant in Marlow, cutting about 300 jobs.\n\n"
                + "Mayor Tom Reyes said the city would look for a new tenant.\n\n"
                + "“This was a difficult decision,” the company said in a statement.");

    Speaker company = speakerOf(resolution, 0);

    assertThat(company.name()).isEqualTo("Halvex Corp.");
    assertThat(company.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    assertThat(mentionTexts(company)).containsExactly("Halvex Corp.", "the company");
  }

  @Test
  void theStatementSpeaksForWhoeverIssuedIt() {
    SpeakerResolver.Resolution resolution =
        resolve(
            "In a statement, the Brannock County Transit Authority blamed the weather. Riders were"
                + " angry.\n\n"
                + "“We regret every late bus,” the statement said.");

    assertThat(speakerOf(resolution, 0).name()).isEqualTo("Brannock County Transit Authority");
  }

  @Test
  void aLetterReceivedIsNotTheRecipientsWords() {
    SpeakerResolver.Resolution resolution =
        resolve(
            "Mayor Ana Ruiz received a letter from the union on Monday.\n\n"
                + "“We will strike on Friday,” the letter said.");

    assertThat(speakerOf(resolution, 0).name()).isEqualTo("letter");
  }

  @Test
  void aStatementNoSentenceBeforeSpeaksOfKeepsItsOwnName() {
    SpeakerResolver.Resolution resolution =
        resolve(
            "The Brannock County Transit Authority blamed the weather.\n\n"
                + "“We regret every late bus,” the statement said.");

    assertThat(speakerOf(resolution, 0).name()).isEqualTo("statement");
  }

  @Test
  void theAgencyIsTheAgencyNamedBeforeNotTheCompany() {
    SpeakerResolver.Resolution resolution =
        resolve(
            "The Brannock County Transit Authority raised fares on Thursday. Trellis Inc. runs"
                + " its fare machines.\n\n"
                + "“Every dollar goes back into service,” the agency said.");

    assertThat(speakerOf(resolution, 0).name()).isEqualTo("Brannock County Transit Authority");
  }

  @Test
  void theTeamIsTheTeamNamedBefore() {
    SpeakerResolver.Resolution resolution =
        resolve(
            "The Ashford Comets beat the Ridgemont Rangers in overtime on Friday night.\n\n"
                + "“Jalen will be back before the playoffs,” the team said in a statement.");

    Speaker team = speakerOf(resolution, 0);

    assertThat(team.name()).isEqualTo("Ashford Comets");
    assertThat(team.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  @Test
  void lowerCaseTitleIsTheTitle() {
    Speaker lopez =
        speakerOf(resolve("“We never stopped believing,” coach Maria Lopez said after the game."), 0);

    assertThat(lopez.name()).isEqualTo("Maria Lopez");
    assertThat(lopez.title()).contains("coach");
    assertThat(lopez.role()).contains("coach");
    assertThat(lopez.kind()).isEqualTo(SpeakerKind.PERSON);
  }

  @Test
  void pronounThatRefersToANameMakesItAPerson() {
    Speaker bellamy =
        speakerOf(
            resolve(
                "Frank Bellamy has worked the night shift for 22 years. He heard the news from a"
                    + " co-worker.\n\n“I found out in the parking lot,” Bellamy said."),
            0);

    assertThat(bellamy.name()).isEqualTo("Frank Bellamy");
    assertThat(bellamy.kind()).isEqualTo(SpeakerKind.PERSON);
  }

  @Test
  void unresolvedPronounIsNoNamedSpeaker() {
    SpeakerResolver.Resolution resolution =
        resolve(
            "Fire Chief Aaron Kessler said crews had knocked on 400 doors. He asked drivers to"
                + " stay home.\n\n"
                + "A woman who lives near the old bridge would not give her name.\n\n"
                + "“I am scared to let my kids outside,” she said.");

    Speaker unnamed = speakerOf(resolution, 0);

    assertThat(unnamed.name()).isEmpty();
    assertThat(unnamed.kind()).isEqualTo(SpeakerKind.PERSON);
    assertThat(mentionTexts(unnamed)).containsExactly("she");
  }

  @Test
  void pronounAgreesWithTheGenderOfItsAntecedent() {
    SpeakerResolver.Resolution resolution =
        resolve(
            "Councilwoman Priya Natarajan wrote the plan. Councilman Greg Whitfield opposed"
                + " it.\n\n"
                + "“Nobody should vote on something they have not seen,” she said.\n\n"
                + "“I will not vote for apartments in a flood zone,” he said.");

    assertThat(speakerOf(resolution, 0).name()).isEqualTo("Priya Natarajan");
    assertThat(speakerOf(resolution, 1).name()).isEqualTo("Greg Whitfield");
  }

  @Test
  void pronounsOutsideQuotationsTellTheGender() {
    // Nothing but "his" and "her" tells who is a man and who a woman.
    SpeakerResolver.Resolution resolution =
        resolve(
            "Dana Ortiz runs the ferry with her brother. Sam Vance sold his boat to her.\n\n"
                + "Vance left the pier early.\n\n"
                + "“We sail at six,” she said.");

    assertThat(speakerOf(resolution, 0).name()).isEqualTo("Dana Ortiz");
  }

  @Test
  void ageAndRoleOfAnAppositive() {
    Speaker pike =
        speakerOf(
            resolve(
                "“The water comes up to my porch every April,” said Dolores Pike, 78, a retired"
                    + " teacher who lives two doors from the site."),
            0);

    assertThat(pike.age()).hasValue(78);
    assertThat(pike.description()).contains("a retired teacher");
    assertThat(pike.role()).contains("retired teacher");
  }

  @Test
  void clauseAfterANameIsNoDescription() {
    SpeakerResolver.Resolution resolution =
        resolve(
            "During a news conference after his meeting with Xi, the president gave no details of"
                + " the plan.\n\n"
                + "“Negotiations should be equal,” Xi said.");

    assertThat(speakerOf(resolution, 0).description()).isEmpty();
  }

  @Test
  void unattributedQuotationHasNoSpeaker() {
    SpeakerResolver.Resolution resolution =
        resolve("The ferry was late again.\n\n“Some words with nobody to say them.”");

    assertThat(resolution.perQuote()).containsExactly(Optional.empty());
    assertThat(resolution.speakers()).isEmpty();
  }

  @Test
  void articleWithoutQuotations() {
    SpeakerResolver.Resolution resolution = resolve("Omar Vance runs the ferry.");

    assertThat(resolution.speakers()).isEmpty();
    assertThat(resolution.perQuote()).isEmpty();
  }
}
