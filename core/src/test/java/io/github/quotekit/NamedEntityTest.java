package io.github.quotekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class NamedEntityTest {
  @Test
  void oneWordName() {
    NamedEntity name = new NamedEntity(3, 4, EntityType.LOCATION);

    assertThat(name.start()).isEqualTo(3);
    assertThat(name.end()).isEqualTo(4);
    assertThat(name.type()).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void emptyOrNegativeRangeIsRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> new NamedEntity(2, 2, EntityType.PERSON));
    assertThatIllegalArgumentException().isThrownBy(() -> new NamedEntity(-1, 1, EntityType.PERSON));
  }

  @Test
  void typeIsRequired() {
    assertThatNullPointerException().isThrownBy(() -> new NamedEntity(0, 1, null)).withMessage("type");
  }
}
