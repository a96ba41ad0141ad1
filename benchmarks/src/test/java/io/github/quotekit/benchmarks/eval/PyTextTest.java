package io.github.quotekit.benchmarks.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Python {@code str} semantics (expected values from CPython 3.11). */
class PyTextTest {

  @Test
  void whitespaceIsPythonsSet() {
    for (int cp : new int[] {0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000}) {
      assertThat(PyText.isSpace(cp)).as("U+%04X", cp).isTrue();
    }
    for (int cp : new int[] {0x200b, 0xfeff, 0x180e, 'a', 0x1F600}) {
      assertThat(PyText.isSpace(cp)).as("U+%04X", cp).isFalse();
    }
  }

  @Test
  void splitDropsEmptyStrings() {
    assertThat(PyText.split("  a \u00a0 b\n")).containsExactly("a", "b");
    assertThat(PyText.split(" \t ")).isEmpty();
    assertThat(PyText.split("")).isEmpty();
  }

  @Test
  void stripRemovesAnyOfTheCharacters() {
    assertThat(PyText.strip("s.Jones's,", ".,'\u2019s")).isEqualTo("Jone");
    assertThat(PyText.strip("...", ".,")).isEmpty();
    assertThat(PyText.strip("\u00a0 x \u3000")).isEqualTo("x");
  }

  @Test
  void sliceHeadAndLengthCountCodePoints() {
    PyText t = PyText.of("a\uD83D\uDE00b");
    assertThat(t.length()).isEqualTo(3);
    assertThat(t.slice(1, 2)).isEqualTo("\uD83D\uDE00");
    assertThat(t.slice(-1, 10)).isEqualTo("b");
    assertThat(t.slice(2, 1)).isEmpty();
    assertThat(PyText.head("\uD83D\uDE00\uD83D\uDE00x", 2)).isEqualTo("\uD83D\uDE00\uD83D\uDE00");
    assertThat(PyText.len("\uD83D\uDE00")).isEqualTo(1);
  }

  @Test
  void upperAndLowerCaseFollowUnicode() {
    assertThat(PyText.isUpper('A')).isTrue();
    assertThat(PyText.isUpper('\u00c9')).isTrue();
    assertThat(PyText.isUpper('\u01c5')).isFalse(); // title case Dž
    assertThat(PyText.isUpper('\u2160')).isTrue(); // Roman numeral one: Other_Uppercase
    assertThat(PyText.isUpper('"')).isFalse();
    assertThat(PyText.lower("\u0130STANBUL")).isEqualTo("i\u0307stanbul");
    assertThat(PyText.lower("\u039f\u0394\u039f\u03a3")).isEqualTo("\u03bf\u03b4\u03bf\u03c2");
  }
}
