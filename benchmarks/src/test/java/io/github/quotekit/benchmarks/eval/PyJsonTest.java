package io.github.quotekit.benchmarks.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

/** Python's json loading and number formatting (expected values from CPython 3.11). */
class PyJsonTest {

  @Test
  void readsOneValueAnArrayOrLines() {
    assertThat(PyJson.parseItems(" {\"id\": 1}\n")).hasSize(1);
    assertThat(PyJson.parseItems("[{\"id\": 1}, {\"id\": 2}]")).hasSize(2);
    assertThat(PyJson.parseItems("{\"id\": 1}\n\n{\"id\": 2}\r\n \t\n{\"id\": 3}")).hasSize(3);
    assertThat(PyJson.parseItems("")).isEmpty();
  }

  @Test
  void failsOnInvalidLines() {
    assertThatThrownBy(() -> PyJson.parseItems("{\"id\": 1}\n{id: 2}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
    // A raw U+2028 inside a string is a line break to splitlines(): score.py fails there too.
    assertThatThrownBy(() -> PyJson.parseItems("{\"a\": \"x\u2028y\"}\n{\"b\": 1}"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void floatReprIsShortestRoundTrip() {
    assertThat(PyJson.floatRepr(2.0 / 3)).isEqualTo("0.6666666666666666");
    assertThat(PyJson.floatRepr(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(PyJson.floatRepr(0.4 * 2 * 0.5 / 1.0)).isEqualTo("0.4");
    assertThat(PyJson.floatRepr(2 * 0.375 * (3.0 / 7) / (0.375 + 3.0 / 7))).isEqualTo("0.39999999999999997");
    assertThat(PyJson.floatRepr(1.0)).isEqualTo("1.0");
    assertThat(PyJson.floatRepr(0.0)).isEqualTo("0.0");
    assertThat(PyJson.floatRepr(1e-05)).isEqualTo("1e-05");
    assertThat(PyJson.floatRepr(0.0001)).isEqualTo("0.0001");
    assertThat(PyJson.floatRepr(1e16)).isEqualTo("1e+16");
    assertThat(PyJson.floatRepr(1e15)).isEqualTo("1000000000000000.0");
    assertThat(PyJson.floatRepr(2e-3)).isEqualTo("0.002");
    assertThat(PyJson.floatRepr(1.0 / 3e5)).isEqualTo("3.3333333333333333e-06");
  }

  @Test
  void format3RoundsTheExactBinaryValueHalfToEven() {
    // f"{0.0625:.3f}" == "0.062" but String.format("%.3f", 0.0625) gives "0.063".
    assertThat(PyJson.format3(0.0625)).isEqualTo("0.062");
    assertThat(PyJson.format3(0.3125)).isEqualTo("0.312");
    assertThat(PyJson.format3(0.1875)).isEqualTo("0.188");
    // 0.0005 is stored a little above 0.0005.
    assertThat(PyJson.format3(0.0005)).isEqualTo("0.001");
    assertThat(PyJson.format3(1.0)).isEqualTo("1.000");
    assertThat(PyJson.format3(0.0)).isEqualTo("0.000");
  }

  @Test
  void truthinessAndStrFollowPython() {
    assertThat(PyJson.truthy(JsonParser.parseString("\"\""))).isFalse();
    assertThat(PyJson.truthy(JsonParser.parseString("0.0"))).isFalse();
    assertThat(PyJson.truthy(JsonParser.parseString("[]"))).isFalse();
    assertThat(PyJson.truthy(JsonParser.parseString("{\"a\": 1}"))).isTrue();
    assertThat(PyJson.truthy(null)).isFalse();
    assertThat(PyJson.pyStr(null)).isEqualTo("None");
    assertThat(PyJson.pyStr(JsonParser.parseString("\"it's\""))).isEqualTo("it's");
    assertThat(PyJson.pyStr(JsonParser.parseString("{\"a\": [1, null, true, 1.5, \"it's\"]}")))
        .isEqualTo("{'a': [1, None, True, 1.5, \"it's\"]}");
  }
}
