package io.github.quotekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuoteTest {
  private static final Speaker RUIZ =
      new Speaker(
          0,
          "Ana Ruiz",
          SpeakerKind.PERSON,
          Optional.of("Mayor"),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.of("mayor"),
          Optional.empty(),
          List.of(new Mention(Span.of(25, 39), "Mayor Ana Ruiz")));

  private static Quote quote(double confidence) {
    return quote(confidence, 0);
  }

  private static Quote quote(double confidence, int group) {
    return new Quote(
        "We will not back down,",
        Span.of(1, 23),
        QuoteType.DIRECT,
        List.of(Span.of(1, 23)),
        Optional.of(new Cue(Span.of(40, 44), "said", "say")),
        Optional.of(new Mention(Span.of(25, 39), "Mayor Ana Ruiz")),
        Optional.of(RUIZ),
        confidence,
        "quote-comma-name-verb",
        Channel.SPOKEN,
        group,
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void validQuote() {
    Quote quote = quote(0.95);

    assertThat(quote.text()).isEqualTo("We will not back down,");
    assertThat(quote.speaker()).contains(RUIZ);
    assertThat(quote.cue().map(Cue::lemma)).contains("say");
    assertThat(quote.channel()).isEqualTo(Channel.SPOKEN);
    assertThat(quote.group()).isZero();
    assertThat(quote.joinedBy()).isEmpty();
  }

  @Test
  void negativeGroupIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> quote(0.9, -1))
        .withMessageContaining("group");
    assertThat(quote(0.9, 7).group()).isEqualTo(7);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, 0.3, 1.0})
  void confidenceInTheUnitIntervalIsAccepted(double confidence) {
    assertThat(quote(confidence).confidence()).isEqualTo(confidence);
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.01, 1.0001, -1, 2, Double.NaN, Double.POSITIVE_INFINITY})
  void confidenceOutsideTheUnitIntervalIsRejected(double confidence) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> quote(confidence))
        .withMessageContaining("confidence");
  }

  @Test
  void nullComponentsAreRejectedByName() {
    Span span = Span.of(1, 23);
    Optional<Cue> cue = Optional.empty();
    Optional<Mention> mention = Optional.empty();
    Optional<Speaker> speaker = Optional.empty();
    QuoteType direct = QuoteType.DIRECT;
    String rule = Quote.UNATTRIBUTED;
    Channel none = Channel.UNSPECIFIED;
    Optional<JoinReason> first = Optional.empty();

    assertThatNullPointerException()
        .isThrownBy(
            () -> new Quote(null, span, direct, List.of(), cue, mention, speaker, 0.3, rule, none, 0, first, Optional.empty()))
        .withMessage("text");
    assertThatNullPointerException()
        .isThrownBy(
            () -> new Quote("x", null, direct, List.of(), cue, mention, speaker, 0.3, rule, none, 0, first, Optional.empty()))
        .withMessage("span");
    assertThatNullPointerException()
        .isThrownBy(
            () -> new Quote("x", span, null, List.of(), cue, mention, speaker, 0.3, rule, none, 0, first, Optional.empty()))
        .withMessage("type");
    assertThatNullPointerException()
        .isThrownBy(
            () -> new Quote("x", span, direct, List.of(), null, mention, speaker, 0.3, rule, none, 0, first, Optional.empty()))
        .withMessage("cue");
    assertThatNullPointerException()
        .isThrownBy(
            () -> new Quote("x", span, direct, List.of(), cue, null, speaker, 0.3, rule, none, 0, first, Optional.empty()))
        .withMessage("speakerMention");
    assertThatNullPointerException()
        .isThrownBy(
            () -> new Quote("x", span, direct, List.of(), cue, mention, null, 0.3, rule, none, 0, first, Optional.empty()))
        .withMessage("speaker");
    assertThatNullPointerException()
        .isThrownBy(
            () -> new Quote("x", span, direct, List.of(), cue, mention, speaker, 0.3, null, none, 0, first, Optional.empty()))
        .withMessage("rule");
    assertThatNullPointerException()
        .isThrownBy(
            () -> new Quote("x", span, direct, List.of(), cue, mention, speaker, 0.3, rule, null, 0, first, Optional.empty()))
        .withMessage("channel");
    assertThatNullPointerException()
        .isThrownBy(
            () -> new Quote("x", span, direct, List.of(), cue, mention, speaker, 0.3, rule, none, 0, null, Optional.empty()))
        .withMessage("joinedBy");
  }

  @Test
  void unattributedRuleName() {
    assertThat(Quote.UNATTRIBUTED).isEqualTo("unattributed");
  }

  @Test
  void valueEquality() {
    assertThat(quote(0.95)).isEqualTo(quote(0.95)).hasSameHashCodeAs(quote(0.95));
    assertThat(quote(0.95)).isNotEqualTo(quote(0.9));
  }
}
