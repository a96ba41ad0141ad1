package io.github.quotekit.testkit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Texts that break rules written for tidy news copy: nothing to attribute, marks that never close,
 * marks with nothing between them, and a thousand quotations in a row.
 */
final class AdversarialTexts {

  private AdversarialTexts() {}

  /** Returns the texts by name, in a fixed order. */
  static Map<String, String> all() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("empty text", "");
    texts.put("blank text", " \n\n\t \n");
    texts.put("no quotation", "The council met on Tuesday. It adjourned at nine.");
    texts.put("only a quotation", "“Nothing else.”");
    texts.put("only marks", "“”");
    texts.put("opening marks only", "“ “ “ said the mayor: “");
    texts.put("closing marks only", "” ” ” said the mayor: ”");
    texts.put("unbalanced at the end", "Mayor Dana Ortiz said: “We will never");
    texts.put("unbalanced at the start", "never again,” said Mayor Dana Ortiz.");
    texts.put("straight mark alone", "Dana Ortiz said: \" and left.");
    texts.put("nested marks", "“‘“‘Who said ‘this’?’”’”, asked Dana Ortiz.");
    texts.put("cue without quotation", "Dana Ortiz said: Dana Ortiz said, said Dana Ortiz.");
    texts.put("colon and mark only", ":“");
    texts.put("dash and nothing", "“Yes.” —");
    texts.put("punctuation only", ".,;:!?—–-…()[]{}");
    texts.put("control characters", "“A\u0000B\u0007,” said Dana\u001b Ortiz.");
    texts.put("lone surrogates", "“\ud800 yes \udc00,” said Dana Ortiz.");
    texts.put("one long word", "“" + "a".repeat(20_000) + "” said " + "B".repeat(20_000) + ".");
    texts.put("a thousand quotations in a row", "“Yes.”".repeat(1_000));
    texts.put(
        "a thousand attributed quotations in one paragraph",
        "“No,” said Dana Ortiz. ".repeat(1_000));
    texts.put("a thousand empty quotations", "“” said Dana Ortiz. ".repeat(1_000));
    return texts;
  }
}
