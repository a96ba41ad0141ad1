package io.github.quotekit.benchmarks.eval;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JSON the way score.py reads and writes it with Python's {@code json} module: the file loading
 * rule (one value, an array, or JSON lines), Python's conversions of JSON values ({@code int()},
 * truthiness, {@code str()}) and Python's float {@code repr}.
 */
public final class PyJson {

  private static final TypeAdapter<JsonElement> ELEMENTS = new Gson().getAdapter(JsonElement.class);

  // The line boundaries of Python's str.splitlines(); \u0085, \u2028 and \u2029 may stand raw
  // inside a JSON string, where score.py would break the line (and fail) too.
  private static final String LINE_BREAKS = "\n\r\u000b\f\u001c\u001d\u001e\u0085\u2028\u2029";

  private PyJson() {}

  /**
   * Reads a file as score.py does: the whole file as one JSON value (an array gives its elements,
   * anything else a single item); failing that, one JSON value per non-blank line.
   *
   * @throws IllegalArgumentException if a line is not valid JSON
   * @throws UncheckedIOException if the file cannot be read or is not UTF-8
   */
  public static List<JsonElement> readItems(Path file) {
    try {
      return parseItems(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Parses file contents by the rule of {@link #readItems(Path)}. */
  public static List<JsonElement> parseItems(String raw) {
    JsonElement one = parseStrict(raw);
    if (one != null) {
      return one.isJsonArray() ? asList(one.getAsJsonArray()) : List.of(one);
    }
    List<JsonElement> items = new ArrayList<>();
    int lineNo = 0;
    for (String line : splitLines(raw)) {
      lineNo++;
      if (PyText.strip(line).isEmpty()) {
        continue;
      }
      JsonElement item = parseStrict(line);
      if (item == null) {
        throw new IllegalArgumentException("line " + lineNo + " is not valid JSON");
      }
      items.add(item);
    }
    return items;
  }

  /** Returns the single JSON value {@code text} holds, or null where Python's json.loads fails. */
  static JsonElement parseStrict(String text) {
    try {
      JsonReader reader = new JsonReader(new StringReader(text));
      // STRICT, like Python: no comments, single quotes or unquoted names, one value only.
      reader.setStrictness(Strictness.STRICT);
      JsonElement value = ELEMENTS.read(reader);
      return reader.peek() == JsonToken.END_DOCUMENT ? value : null;
    } catch (IOException | JsonParseException | IllegalStateException e) {
      return null;
    }
  }

  /** Returns {@code raw.splitlines()}. */
  static List<String> splitLines(String raw) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (LINE_BREAKS.indexOf(c) >= 0) {
        lines.add(raw.substring(start, i));
        i += c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n' ? 2 : 1;
        start = i;
      } else {
        i++;
      }
    }
    if (start < raw.length()) {
      lines.add(raw.substring(start));
    }
    return lines;
  }

  private static List<JsonElement> asList(JsonArray array) {
    List<JsonElement> out = new ArrayList<>(array.size());
    array.forEach(out::add);
    return out;
  }

  /** Returns true for a JSON value absent or null (Python {@code None}). */
  public static boolean isNone(JsonElement value) {
    return value == null || value.isJsonNull();
  }

  /** Returns Python's {@code bool(value)} for a decoded JSON value. */
  public static boolean truthy(JsonElement value) {
    if (isNone(value)) {
      return false;
    }
    if (value.isJsonArray()) {
      return !value.getAsJsonArray().isEmpty();
    }
    if (value.isJsonObject()) {
      return value.getAsJsonObject().size() > 0;
    }
    JsonPrimitive p = value.getAsJsonPrimitive();
    if (p.isBoolean()) {
      return p.getAsBoolean();
    }
    if (p.isString()) {
      return !p.getAsString().isEmpty();
    }
    return new BigDecimal(p.getAsString()).signum() != 0;
  }

  /** Returns true when Python's json module decodes {@code value} to an {@code int} (or bool). */
  public static boolean isPyInt(JsonElement value) {
    if (isNone(value) || !value.isJsonPrimitive()) {
      return false;
    }
    JsonPrimitive p = value.getAsJsonPrimitive();
    return p.isBoolean() || (p.isNumber() && isIntegerLiteral(p.getAsString()));
  }

  private static boolean isIntegerLiteral(String literal) {
    return literal.indexOf('.') < 0 && literal.indexOf('e') < 0 && literal.indexOf('E') < 0;
  }

  /**
   * Returns Python's {@code int(value)}: integers as they are, booleans as 0 or 1, floats truncated
   * toward zero, strings parsed as decimal integers.
   *
   * @throws IllegalArgumentException where Python raises TypeError or ValueError
   */
  public static long pyInt(JsonElement value) {
    if (isNone(value) || !value.isJsonPrimitive()) {
      throw new IllegalArgumentException("int() of " + pyStr(value));
    }
    JsonPrimitive p = value.getAsJsonPrimitive();
    if (p.isBoolean()) {
      return p.getAsBoolean() ? 1 : 0;
    }
    if (p.isNumber()) {
      String literal = p.getAsString();
      if (isIntegerLiteral(literal)) {
        return new BigInteger(literal).longValueExact();
      }
      double d = Double.parseDouble(literal);
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("int() of " + literal);
      }
      return new BigDecimal(d).toBigInteger().longValueExact();
    }
    return parseIntString(p.getAsString());
  }

  // int("…"): surrounding whitespace, a sign, Unicode decimal digits, single underscores between.
  private static long parseIntString(String s) {
    String t = PyText.strip(s);
    int i = 0;
    boolean negative = false;
    if (!t.isEmpty() && (t.charAt(0) == '+' || t.charAt(0) == '-')) {
      negative = t.charAt(0) == '-';
      i = 1;
    }
    StringBuilder digits = new StringBuilder();
    boolean lastUnderscore = true;
    while (i < t.length()) {
      int cp = t.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '_' && !lastUnderscore) {
        lastUnderscore = true;
        continue;
      }
      int digit = Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(cp, 10) : -1;
      if (digit < 0) {
        throw new IllegalArgumentException("invalid literal for int(): '" + s + "'");
      }
      digits.append((char) ('0' + digit));
      lastUnderscore = false;
    }
    if (digits.length() == 0 || lastUnderscore) {
      throw new IllegalArgumentException("invalid literal for int(): '" + s + "'");
    }
    BigInteger n = new BigInteger(digits.toString());
    return (negative ? n.negate() : n).longValueExact();
  }

  /** Returns Python's {@code str(value)} of a decoded JSON value ({@code None} for null). */
  public static String pyStr(JsonElement value) {
    if (!isNone(value) && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
      return value.getAsString();
    }
    return pyRepr(value);
  }

  /** Returns Python's {@code repr(value)} of a decoded JSON value. */
  public static String pyRepr(JsonElement value) {
    if (isNone(value)) {
      return "None";
    }
    if (value.isJsonArray()) {
      StringBuilder sb = new StringBuilder("[");
      for (JsonElement e : value.getAsJsonArray()) {
        sb.append(sb.length() > 1 ? ", " : "").append(pyRepr(e));
      }
      return sb.append(']').toString();
    }
    if (value.isJsonObject()) {
      StringBuilder sb = new StringBuilder("{");
      for (Map.Entry<String, JsonElement> e : value.getAsJsonObject().entrySet()) {
        sb.append(sb.length() > 1 ? ", " : "")
            .append(reprString(e.getKey()))
            .append(": ")
            .append(pyRepr(e.getValue()));
      }
      return sb.append('}').toString();
    }
    JsonPrimitive p = value.getAsJsonPrimitive();
    if (p.isBoolean()) {
      return p.getAsBoolean() ? "True" : "False";
    }
    if (p.isString()) {
      return reprString(p.getAsString());
    }
    String literal = p.getAsString();
    return isIntegerLiteral(literal)
        ? new BigInteger(literal).toString()
        : floatRepr(Double.parseDouble(literal));
  }

  // Python's str repr for printable text: single quotes unless the text holds ' but no ".
  private static String reprString(String s) {
    char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder sb = new StringBuilder().append(q);
    s.codePoints()
        .forEach(
            cp -> {
              if (cp == q || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
              } else if (cp == '\n') {
                sb.append("\\n");
              } else if (cp == '\r') {
                sb.append("\\r");
              } else if (cp == '\t') {
                sb.append("\\t");
              } else if (cp < 0x20 || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
              } else {
                sb.appendCodePoint(cp);
              }
            });
    return sb.append(q).toString();
  }

  /**
   * Returns Python's {@code repr(d)}: the shortest decimal that reads back as {@code d}, written
   * positionally for exponents -4 to 15 and in {@code 1e-05} notation otherwise.
   */
  public static String floatRepr(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == 0) {
      return (1 / d < 0) ? "-0.0" : "0.0";
    }
    BigDecimal shortest = shortest(Math.abs(d));
    String digits = shortest.unscaledValue().toString();
    int decpt = digits.length() - shortest.scale();
    String sign = d < 0 ? "-" : "";
    if (decpt <= -4 || decpt > 16) {
      int exp = decpt - 1;
      String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
    }
    if (decpt <= 0) {
      return sign + "0." + "0".repeat(-decpt) + digits;
    }
    if (decpt >= digits.length()) {
      return sign + digits + "0".repeat(decpt - digits.length()) + ".0";
    }
    return sign + digits.substring(0, decpt) + "." + digits.substring(decpt);
  }

  // Fewest significant digits that round-trip; of two candidates the nearer, as David Gay's dtoa
  // (which CPython uses) picks. Java 17's Double.toString is not always shortest.
  private static BigDecimal shortest(double d) {
    BigDecimal exact = new BigDecimal(d);
    for (int p = 1; p <= 17; p++) {
      BigDecimal down = exact.round(new MathContext(p, RoundingMode.FLOOR));
      BigDecimal up = exact.round(new MathContext(p, RoundingMode.CEILING));
      boolean downOk = down.doubleValue() == d;
      boolean upOk = up.doubleValue() == d;
      if (downOk && upOk) {
        return exact.subtract(down).compareTo(up.subtract(exact)) <= 0
            ? down.stripTrailingZeros()
            : up.stripTrailingZeros();
      }
      if (downOk || upOk) {
        return (downOk ? down : up).stripTrailingZeros();
      }
    }
    return exact.round(MathContext.DECIMAL64).stripTrailingZeros();
  }

  /** Returns Python's {@code f"{d:.3f}"}: exact half-to-even rounding of the binary value. */
  public static String format3(double d) {
    return format(d, 3);
  }

  /**
   * Returns Python's {@code f"{d:.Nf}"} for {@code N = decimals}: the exact binary value rounded
   * half to even, where Java's {@code %.Nf} would round its shortest decimal form half up (0.285
   * gives 0.28 in Python, 0.29 with {@code String.format}).
   */
  public static String format(double d, int decimals) {
    return new BigDecimal(d).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** Returns a JSON object member, or null when absent (Python {@code dict.get}). */
  static JsonElement member(JsonElement obj, String name) {
    return obj != null && obj.isJsonObject() ? obj.getAsJsonObject().get(name) : null;
  }

  /** Returns score.py's {@code get(q, *names)}: the first member present, even if null. */
  static JsonElement firstMember(JsonElement obj, String... names) {
    if (obj == null || !obj.isJsonObject()) {
      return null;
    }
    JsonObject o = obj.getAsJsonObject();
    for (String name : names) {
      if (o.has(name)) {
        return o.get(name);
      }
    }
    return null;
  }
}
