package io.github.quotekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpeakerTest {
  private static final Mention FULL = new Mention(Span.of(0, 13), "Sen. Ana Ruiz");
  private static final Mention SURNAME = new Mention(Span.of(40, 44), "Ruiz");
  private static final Optional<String> NONE = Optional.empty();

  private static Speaker speaker(int id, String name, SpeakerKind kind, List<Mention> mentions) {
    return new Speaker(id, name, kind, NONE, NONE, NONE, NONE, NONE, NONE, mentions);
  }

  @Test
  void components() {
    Speaker speaker =
        new Speaker(
            2,
            "Ana Ruiz",
            SpeakerKind.PERSON,
            Optional.of("Sen."),
            Optional.of("D-Ore."),
            Optional.of("Democratic"),
            Optional.of("Oregon"),
            Optional.of("senator"),
            NONE,
            List.of(FULL, SURNAME));

    assertThat(speaker.id()).isEqualTo(2);
    assertThat(speaker.name()).isEqualTo("Ana Ruiz");
    assertThat(speaker.kind()).isEqualTo(SpeakerKind.PERSON);
    assertThat(speaker.title()).contains("Sen.");
    assertThat(speaker.description()).contains("D-Ore.");
    assertThat(speaker.party()).contains("Democratic");
    assertThat(speaker.state()).contains("Oregon");
    assertThat(speaker.role()).contains("senator");
    assertThat(speaker.organization()).isEmpty();
    assertThat(speaker.mentions()).containsExactly(FULL, SURNAME);
  }

  @Test
  void mentionsAreCopiedAndImmutable() {
    List<Mention> mentions = new ArrayList<>(List.of(FULL));
    Speaker speaker = speaker(0, "Ana Ruiz", SpeakerKind.PERSON, mentions);

    mentions.add(SURNAME);

    assertThat(speaker.mentions()).containsExactly(FULL);
    assertThatThrownBy(() -> speaker.mentions().add(SURNAME))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void nullComponentsAreRejected() {
    SpeakerKind person = SpeakerKind.PERSON;
    List<Mention> mentions = List.of(FULL);

    assertThatNullPointerException()
        .isThrownBy(
            () -> new Speaker(0, null, person, NONE, NONE, NONE, NONE, NONE, NONE, mentions))
        .withMessage("name");
    assertThatNullPointerException()
        .isThrownBy(
            () -> new Speaker(0, "Ruiz", null, NONE, NONE, NONE, NONE, NONE, NONE, mentions))
        .withMessage("kind");
    assertThatNullPointerException()
        .isThrownBy(
            () -> new Speaker(0, "Ruiz", person, null, NONE, NONE, NONE, NONE, NONE, mentions))
        .withMessage("title");
    assertThatNullPointerException()
        .isThrownBy(
            () -> new Speaker(0, "Ruiz", person, NONE, null, NONE, NONE, NONE, NONE, mentions))
        .withMessage("description");
    assertThatNullPointerException()
        .isThrownBy(
            () -> new Speaker(0, "Ruiz", person, NONE, NONE, null, NONE, NONE, NONE, mentions))
        .withMessage("party");
    assertThatNullPointerException()
        .isThrownBy(
            () -> new Speaker(0, "Ruiz", person, NONE, NONE, NONE, null, NONE, NONE, mentions))
        .withMessage("state");
    assertThatNullPointerException()
        .isThrownBy(
            () -> new Speaker(0, "Ruiz", person, NONE, NONE, NONE, NONE, null, NONE, mentions))
        .withMessage("role");
    assertThatNullPointerException()
        .isThrownBy(
            () -> new Speaker(0, "Ruiz", person, NONE, NONE, NONE, NONE, NONE, null, mentions))
        .withMessage("organization");
    assertThatNullPointerException()
        .isThrownBy(() -> new Speaker(0, "Ruiz", person, NONE, NONE, NONE, NONE, NONE, NONE, null));
  }

  @Test
  void valueEquality() {
    Speaker a = speaker(0, "officials", SpeakerKind.GROUP, List.of());
    Speaker b = speaker(0, "officials", SpeakerKind.GROUP, List.of());

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(speaker(1, "officials", SpeakerKind.GROUP, List.of()));
  }
}
