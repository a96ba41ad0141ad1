package io.github.quotekit.internal.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AffiliationTest {

  @Test
  void partyStateTagGivesPartyAndSpelledOutState() {
    Affiliation affiliation = Affiliation.parse("R-Fla.", "senator");

    assertThat(affiliation.party()).isEqualTo("Republican");
    assertThat(affiliation.state()).isEqualTo("Florida");
    assertThat(affiliation.role()).contains("senator");
    assertThat(affiliation.organization()).isEmpty();
  }

  @Test
  void dottedAndPostalAbbreviationsAreStates() {
    assertThat(Affiliation.parse("D-N.Y.", "").state()).isEqualTo("New York");
    assertThat(Affiliation.parse("(D-OR)", "").state()).isEqualTo("Oregon");
    assertThat(Affiliation.parse("I-Vt.", "").party()).isEqualTo("Independent");
  }

  @Test
  void stateWithoutPartyIsAState() {
    Affiliation affiliation = Affiliation.parse("Vt.", "");

    assertThat(affiliation.party()).isEmpty();
    assertThat(affiliation.state()).isEqualTo("Vermont");
  }

  @Test
  void unknownPlaceAfterPartyKeepsTheParty() {
    Affiliation affiliation = Affiliation.parse("D-Harbor Point", "");

    assertThat(affiliation.party()).isEqualTo("Democratic");
    assertThat(affiliation.state()).isEmpty();
  }

  @Test
  void appositiveGivesRoleAndOrganisation() {
    Affiliation affiliation =
        Affiliation.parse("executive vice president of the Westmere Chamber of Commerce", "");

    assertThat(affiliation.role()).contains("executive vice president");
    assertThat(affiliation.organization()).isEqualTo("Westmere Chamber of Commerce");
  }

  @Test
  void roleAtOrganisationStopsAtACoordinatedSecondRole() {
    Affiliation affiliation =
        Affiliation.parse("a professor at Westmere University and a former harbor pilot", "");

    assertThat(affiliation.role()).contains("professor");
    assertThat(affiliation.organization()).isEqualTo("Westmere University");
  }

  @Test
  void tagThenAppositive() {
    Affiliation affiliation =
        Affiliation.parse("D-Ore., a member of the Senate Commerce Committee", "senator");

    assertThat(affiliation.party()).isEqualTo("Democratic");
    assertThat(affiliation.state()).isEqualTo("Oregon");
    assertThat(affiliation.role()).contains("member");
    assertThat(affiliation.organization()).isEqualTo("Senate Commerce Committee");
  }

  @Test
  void descriptionWithoutStructureFallsBackToTheTitleRole() {
    Affiliation affiliation = Affiliation.parse("who steered the plan", "mayor");

    assertThat(affiliation.party()).isEmpty();
    assertThat(affiliation.role()).contains("mayor");
    assertThat(affiliation.organization()).isEmpty();
  }

  @Test
  void overlongDescriptionIsNotParsed() {
    String clause = "a member of the Harbor Board ".repeat(10);

    assertThat(Affiliation.parse(clause, "").role()).isEmpty();
  }

  @Test
  void leadingAgeIsTheAgeAndTheRestTheDescription() {
    Affiliation affiliation = Affiliation.parse("78, a retired teacher", "");

    assertThat(affiliation.age()).hasValue(78);
    assertThat(affiliation.description()).isEqualTo("a retired teacher");
    assertThat(affiliation.role()).isEqualTo("retired teacher");
  }

  @Test
  void ageAloneLeavesNoDescription() {
    Affiliation affiliation = Affiliation.parse("41", "");

    assertThat(affiliation.age()).hasValue(41);
    assertThat(affiliation.description()).isEmpty();
  }
}
