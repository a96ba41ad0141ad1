package io.github.quotekit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Texts that try to break quotekit: hand-picked nasty inputs, random noise, news-like articles
 * from {@link RandomNewsArticles} and random mutations of them. Everything random is built from a
 * seed, so that a failing test names the one seed that rebuilds its text.
 */
public final class AdversarialTexts {
  /** What mutations insert: marks of every style, breaks, odd characters and cue-like words. */
  private static final List<String> INSERTIONS =
      List.of(
          "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\u0000", "\u0007", "\u001B", "\u007F",
          "\u200B", "\u200E", "\u202E", "\uFEFF", "\uFFFD", "\uFFFF", "😀", "\u00A0", "\u202F",
          "\t", "\n", "\n\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "\u000B", "\u000C",
          "“", "”", "\"", "‘", "’", "'", "«", "»", "„", "‟", "‹", "›", "「", "」", "『", "』",
          "« ", " »", "“”", "''", ":", ";", "—", "–", "-", "--", ",", ".", "...", "?", "!", "(",
          ")", "[", "]", " ", "so-called ", " said ", " according to ", " told reporters ",
          " quoted ", " as saying ", "Mr. ", "Sen. ", "He ", "she ", "they ", " D-Ore., ",
          "<p>", "</p>", "<b>", "&amp;", "&quot;", "&#8220;", "\\\"", "{\"text\": ", "Ä", "中文",
          "مرحبا", "Привет", "नमस्ते", "e\u0301", "\u0301", "ﷺ", "𝔘");
  private static final String HTML_PAGE =
      "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Port &amp; council</title>"
          + "<script>var q = \"“\" + '\"' + \"”\"; if (a < b && c > d) { x = 'it\\'s'; }</script>"
          + "<style>p:before { content: \"“\"; }</style></head><body>"
          + "<p class=\"lead\">“We will not back down,” Mayor <b>Ana Ruiz</b> said.</p>"
          + "<p>&ldquo;Not now,&rdquo; she added. <a href=\"/x?a=1&b='2'\">more</a></p>"
          + "<!-- “unclosed comment --><div data-x='\"'>\"</div></body></html>";

  private AdversarialTexts() {}

  /**
   * Returns hand-picked inputs by name: empty and blank texts, control characters, lone
   * surrogates, every kind of line break, marks alone, HTML, other languages and scripts, long
   * words and lines.
   */
  public static Map<String, String> fixed() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("empty", "");
    texts.put("space", " ");
    texts.put("blank lines", "\n\n\r\n \t \u00A0\u2029\u2028\u0085\u000B\u000C\n");
    texts.put("nul", "\u0000");
    texts.put("control characters", "\u0001\u0002“\u0003\u0004,” \u0005said\u0006 \u0007Ana.");
    texts.put("lone high surrogate", "\uD800");
    texts.put("lone low surrogate", "\uDC00");
    texts.put(
        "lone surrogates in a quote",
        "“We\uD800 will\uDFFF not,” Ana\uDBFF Ruiz said.\uD800\n\n\uDC00“Yes\uD83D.”");
    texts.put("reversed surrogate pair", "\uDE00\uD83D “Hi,” \uDE00\uD83D said Ana Ruiz.");
    texts.put("byte order marks", "\uFEFF“We will,”\uFEFF Ana Ruiz\uFEFF said.\uFEFF");
    texts.put("replacement characters", "\uFFFD\uFFFD “\uFFFD,” said \uFFFD\uFFFD.");
    texts.put("noncharacters", "\uFFFF\uFFFE “\uFFFF” said Ana Ruiz.");
    texts.put("bidi controls", "\u202E“We will,” said Ana Ruiz.\u202C \u200F“لا,” قال.");
    texts.put("zero-width joiners", "“We\u200D\u200Cwill,”\u2060 said\u200B Ana\u200B Ruiz.");
    texts.put("combining marks", "“Ćafe\u0301\u0301\u0301,” sai\u0308d A\u030Ana Ruiz.\u0301");
    texts.put("emoji", "“We 😀 will 👩‍👩‍👧‍👦 win 🇫🇷,” 🙂 said Ana Ruiz 🎉.");
    texts.put("only quotation marks", "“”\"„‟«»‹›「」『』‘’'“”\"");
    texts.put("only opening marks", "“ “ “ « „ ‹ 「 ‘ '");
    texts.put("only closing marks", "” ” » “ › 」 ’ '");
    texts.put("marks without text", "He said “” and “ ” and \"\" and « » and „“.");
    texts.put("unbalanced", "“One, “two,” three” four.” “Five\n\n” six “seven");
    texts.put("mark at end", "Ana Ruiz said “");
    texts.put("mark at start", "” said Ana Ruiz.");
    texts.put(
        "runs of apostrophes",
        "''''We'' said '''no,''' '' ''\n'' Ana Ruiz said '' '''' 'x'''' ''" + "'".repeat(999));
    texts.put("straight marks after words", "He stood 6'2\" and said\"no\"and\"yes.\"");
    texts.put("all line breaks in a quote", "“a\rb\nc\r\nd\u0085e\u2028f\u2029g\u000Bh\u000Ci”");
    texts.put("html page", HTML_PAGE);
    texts.put("json", "{\"id\": 1, \"text\": \"“We will,” said Ana Ruiz.\", \"x\": [\"\\u201C\"]}");
    texts.put(
        "source code",
        "if (s.equals(\"“\")) { return '\"'; } // “comment\nString t = \"said \" + name;");
    texts.put("chinese", "她说：“我们不会让步。”市长安娜·鲁伊斯周二表示。");
    texts.put("japanese", "「私たちは引き下がらない」とルイス市長は述べた。『はい』");
    texts.put("arabic", "قالت رئيسة البلدية: «لن نتراجع».");
    texts.put("russian", "«Мы не отступим», — сказала мэр Ана Руис во вторник.");
    texts.put("german", "„Wir weichen nicht zurück“, sagte Bürgermeisterin Ana Ruiz. »Nie«");
    texts.put("french", "« Nous ne reculerons pas », a déclaré la maire Ana Ruiz. ‹ Non ›");
    texts.put("hindi", "मेयर ने कहा, “हम पीछे नहीं हटेंगे।”");
    texts.put("mixed scripts", "“We will,” 她说, «non», „nein“ said Ана Ruiz مرحبا.");
    texts.put("long word", "“" + "a".repeat(5_000) + ",” said Ana Ruiz.");
    texts.put(
        "long url", "“See https://example.com/" + "a/b-c_d.e?f=g&".repeat(300) + ",” she said.");
    texts.put("many dots", "“" + ".".repeat(3_000) + "” said Ana Ruiz" + ".".repeat(3_000));
    texts.put("many commas", "“Yes" + ", ".repeat(3_000) + "” said Ana Ruiz.");
    texts.put("many dashes", "“No” " + "— ".repeat(3_000) + "Ana Ruiz");
    texts.put(
        "many capitals", "“No,” said " + "Ana Ruiz ".repeat(1_000) + "and " + "Sen. ".repeat(500));
    texts.put("many pronouns", "“No,” " + "he she they it ".repeat(1_000) + "said.");
    texts.put("many cues", "“No,” Ana Ruiz " + "said told added according to ".repeat(500));
    texts.put("digits", "“" + "1234567890 ".repeat(500) + "” said 42.");
    texts.put("tabs and spaces", "“\t\t  We \t will \u3000 win \u2003,” \t said \t Ana \t Ruiz.");
    texts.put(
        "one line of many quotes",
        "“One,” Ana Ruiz said. ".repeat(300) + "“Two,” said Omar Vance, a pilot. ".repeat(300));
    texts.put("paragraph per mark", "“\n\n".repeat(500) + "”\n\n".repeat(500));
    texts.put("so-called run", "the so-called “plan” ".repeat(500) + "Ana Ruiz said.");
    return texts;
  }

  /** Returns {@code length} random UTF-16 code units, with marks, spaces and breaks mixed in. */
  public static String noise(Random random, int length) {
    StringBuilder text = new StringBuilder(length + 8);
    while (text.length() < length) {
      int kind = random.nextInt(10);
      if (kind < 5) {
        text.append((char) random.nextInt(0x10000));
      } else if (kind < 7) {
        text.append(INSERTIONS.get(random.nextInt(INSERTIONS.size())));
      } else if (kind < 9) {
        text.append(' ');
      } else {
        text.append((char) (0x20 + random.nextInt(0x5F)));
      }
    }
    return text.toString();
  }

  /** Returns {@code text} with a few random insertions, deletions, copies and replacements. */
  public static String mutate(String text, Random random) {
    StringBuilder mutated = new StringBuilder(text);
    int edits = 1 + random.nextInt(12);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(mutated.length() + 1);
      switch (random.nextInt(5)) {
        case 0, 1 -> mutated.insert(at, INSERTIONS.get(random.nextInt(INSERTIONS.size())));
        case 2 -> mutated.delete(at, Math.min(mutated.length(), at + random.nextInt(20)));
        case 3 -> {
          if (mutated.length() > 0) {
            int from = random.nextInt(mutated.length());
            int to = Math.min(mutated.length(), from + random.nextInt(60));
            mutated.insert(at, mutated.substring(from, to));
          }
        }
        default -> {
          if (at < mutated.length()) {
            mutated.setCharAt(at, (char) random.nextInt(0x10000));
          }
        }
      }
    }
    return mutated.toString();
  }

  /**
   * Returns the text for {@code seed}: a news-like article (a third of the time), a mutated one (a
   * third), an article wrapped in HTML or mixed with other scripts, or noise.
   */
  public static String generated(long seed) {
    Random random = new Random(seed);
    int kind = random.nextInt(12);
    String article = RandomNewsArticles.article(random.nextLong());
    if (kind < 4) {
      return article;
    }
    if (kind < 8) {
      return mutate(article, random);
    }
    return switch (kind) {
      case 8 -> "<html><body><p>" + article.replace("\n\n", "</p>\n<p>") + "</p></body></html>";
      case 9 -> article.replace(" said", " сказала").replace("the", "的") + " «Да», — она.";
      case 10 -> noise(random, random.nextInt(3_000));
      default -> mutate(noise(random, 200) + article + noise(random, 200), random);
    };
  }
}
