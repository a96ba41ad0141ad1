package io.github.quotekit.benchmarks.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every error of one track, classified so that the largest groups point at the next improvement:
 * missed gold units, spurious predictions and wrong speakers, each split by a finer cause and by
 * the attribution rule behind the prediction (the {@code rule} field of the predicted quote).
 *
 * <p>Instances are immutable.
 */
public final class ErrorReport {

  /** Shown for a missing rule, mention, name or source. */
  public static final String NONE = "-";

  /** The three errors score.py distinguishes. */
  public enum Kind {
    /** A gold unit no prediction matched. */
    MISSED("missed"),
    /** A prediction that matched no gold unit. */
    SPURIOUS("spurious"),
    /** A match whose speaker score.py counts wrong. */
    WRONG_SPEAKER("wrong speaker"),
    /**
     * A match whose speaker score.py counts right but whose name is not the gold unit's entity:
     * the right "he", resolved to someone else.
     */
    WRONG_ENTITY("wrong entity");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** Returns the kind as printed. */
    public String label() {
      return label;
    }
  }

  /**
   * One error.
   *
   * @param kind missed, spurious or wrong speaker
   * @param detail the finer cause, e.g. "predicted no speaker"
   * @param rule the rule of the prediction involved (for a missed unit: of the prediction that
   *     overlaps it most), or {@link #NONE}
   * @param docId the article id
   * @param quote the gold unit's words (the prediction's for a spurious one), at most 60 characters
   * @param goldSource the gold source text, or {@link #NONE}
   * @param predMention the words of the predicted mention, or {@link #NONE}
   * @param predName the predicted speaker name, or {@link #NONE}
   */
  public record Item(
      Kind kind,
      String detail,
      String rule,
      String docId,
      String quote,
      String goldSource,
      String predMention,
      String predName) {}

  /**
   * The errors of one kind, cause and rule.
   *
   * @param kind the kind
   * @param detail the cause
   * @param rule the rule
   * @param items the errors, in document order
   */
  public record Group(Kind kind, String detail, String rule, List<Item> items) {

    /** Copies the list. */
    public Group {
      items = List.copyOf(items);
    }
  }

  /**
   * How the predictions of one rule fared.
   *
   * @param rule the rule, or {@link #NONE}
   * @param predicted predictions counted on the track
   * @param matched of them, matched to a gold unit
   * @param speakerOk of the matched, with the right speaker
   */
  public record RuleStats(String rule, int predicted, int matched, int speakerOk) {}

  private final String track;
  private final List<Item> items;
  private final List<RuleStats> rules;

  private ErrorReport(String track, List<Item> items, List<RuleStats> rules) {
    this.track = track;
    this.items = List.copyOf(items);
    this.rules = List.copyOf(rules);
  }

  /** Classifies the errors of a track matched by {@link Scorer#match}. */
  public static ErrorReport of(String track, List<DocumentMatch> docs) {
    List<Item> items = new ArrayList<>();
    Map<String, int[]> byRule = new TreeMap<>();
    for (DocumentMatch d : docs) {
      classify(d, items);
      for (int pi = 0; pi < d.preds().size(); pi++) {
        DocumentMatch.Match m = d.matchOfPred(pi);
        int[] counts = byRule.computeIfAbsent(ruleOf(d.preds().get(pi)), r -> new int[3]);
        counts[0]++;
        counts[1] += m != null ? 1 : 0;
        counts[2] += m != null && m.speakerOk() ? 1 : 0;
      }
    }
    List<RuleStats> rules = new ArrayList<>();
    byRule.forEach((rule, c) -> rules.add(new RuleStats(rule, c[0], c[1], c[2])));
    rules.sort(Comparator.comparingInt(RuleStats::predicted).reversed());
    return new ErrorReport(track, items, rules);
  }

  /** Returns every error, document by document. */
  public List<Item> items() {
    return items;
  }

  /** Returns the per-rule figures, most predictions first. */
  public List<RuleStats> rules() {
    return rules;
  }

  /** Returns the errors grouped by kind, cause and rule, largest group first. */
  public List<Group> groups() {
    Map<List<Object>, List<Item>> byKey = new LinkedHashMap<>();
    for (Item item : items) {
      byKey
          .computeIfAbsent(List.of(item.kind(), item.detail(), item.rule()), k -> new ArrayList<>())
          .add(item);
    }
    List<Group> groups = new ArrayList<>();
    byKey.forEach(
        (k, v) -> groups.add(new Group((Kind) k.get(0), (String) k.get(1), (String) k.get(2), v)));
    groups.sort(
        Comparator.<Group>comparingInt(g -> -g.items().size())
            .thenComparing(Group::kind)
            .thenComparing(Group::rule)
            .thenComparing(Group::detail));
    return groups;
  }

  /** Returns the number of errors of a kind. */
  public long count(Kind kind) {
    return items.stream().filter(i -> i.kind() == kind).count();
  }

  /**
   * Formats the report: totals, the per-rule table, the group table, then up to {@code examples}
   * errors of each group.
   */
  public String format(int examples) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            "Errors on track \"%s\": %d missed, %d spurious, %d wrong speaker%s%n%n",
            track, count(Kind.MISSED), count(Kind.SPURIOUS), count(Kind.WRONG_SPEAKER),
            count(Kind.WRONG_ENTITY) > 0 ? ", " + count(Kind.WRONG_ENTITY) + " wrong entity" : ""));
    sb.append(String.format("Predictions by rule:%n"));
    sb.append(
        String.format(
            "  %-32s %6s %8s %9s %11s %12s%n",
            "rule", "pred", "matched", "spurious", "speaker ok", "speaker acc"));
    for (RuleStats r : rules) {
      sb.append(
          String.format(
              "  %-32s %6d %8d %9d %11d %12s%n",
              r.rule(),
              r.predicted(),
              r.matched(),
              r.predicted() - r.matched(),
              r.speakerOk(),
              r.matched() > 0 ? PyJson.format3((double) r.speakerOk() / r.matched()) : NONE));
    }
    List<Group> groups = groups();
    sb.append(String.format("%nError groups:%n"));
    sb.append(String.format("  %5s  %-14s %-32s %s%n", "count", "kind", "rule", "cause"));
    for (Group g : groups) {
      sb.append(
          String.format(
              "  %5d  %-14s %-32s %s%n", g.items().size(), g.kind().label(), g.rule(), g.detail()));
    }
    if (examples > 0) {
      for (Group g : groups) {
        sb.append(
            String.format(
                "%n## %s | %s | %s (%d)%n",
                g.kind().label(), g.rule(), g.detail(), g.items().size()));
        for (Item i : g.items().subList(0, Math.min(examples, g.items().size()))) {
          sb.append(
              String.format(
                  "  [%s] \"%s\" | gold source: %s | mention: %s | name: %s%n",
                  oneLine(i.docId()),
                  oneLine(i.quote()),
                  oneLine(i.goldSource()),
                  oneLine(i.predMention()),
                  oneLine(i.predName())));
        }
      }
    }
    return sb.toString();
  }

  /**
   * Returns the lines score.py prints to stderr with {@code --errors}, all of them, in its order:
   * per article the wrong speakers (in match order), the missed units, the spurious predictions.
   */
  public static List<String> scorePyLines(List<DocumentMatch> docs) {
    List<String> lines = new ArrayList<>();
    for (DocumentMatch d : docs) {
      PyText text = PyText.of(d.doc().text());
      String id = d.doc().idString();
      for (DocumentMatch.Match m : d.matches()) {
        if (!m.speakerOk()) {
          GoldQuote g = d.golds().get(m.gold());
          Prediction p = d.preds().get(m.pred());
          String mention = p.mention() == null ? "None" : mentionText(text, p);
          lines.add(
              String.join(
                  "\t",
                  "speaker",
                  id,
                  PyText.head(required(g.text(), "text"), 60),
                  required(g.sourceText(), "sourceText"),
                  mention,
                  PyJson.pyStr(p.name())));
        }
      }
      for (int gi = 0; gi < d.golds().size(); gi++) {
        if (d.matchOfGold(gi) == null) {
          GoldQuote g = d.golds().get(gi);
          lines.add(
              String.join(
                  "\t",
                  "missed",
                  id,
                  PyText.head(required(g.text(), "text"), 60),
                  required(g.sourceText(), "sourceText")));
        }
      }
      for (int pi = 0; pi < d.preds().size(); pi++) {
        if (d.matchOfPred(pi) == null) {
          Prediction p = d.preds().get(pi);
          lines.add(
              String.join(
                  "\t",
                  "spurious",
                  id,
                  PyText.head(text.slice(p.span().begin(), p.span().end()), 60),
                  PyJson.pyStr(p.name())));
        }
      }
    }
    return lines;
  }

  private static void classify(DocumentMatch d, List<Item> out) {
    PyText text = PyText.of(d.doc().text());
    String id = d.doc().idString();
    for (int gi = 0; gi < d.golds().size(); gi++) {
      GoldQuote g = d.golds().get(gi);
      DocumentMatch.Match m = d.matchOfGold(gi);
      if (m == null) {
        Prediction best = mostOverlapping(g.span(), d.preds());
        String detail;
        if (best == null) {
          detail = "no overlapping prediction";
        } else if (qualifies(g.span(), best.span())) {
          detail = "its prediction matched another gold unit";
        } else {
          detail = boundaryCause(g.span(), best.span());
        }
        out.add(item(Kind.MISSED, detail, text, id, g, best));
      } else if (!m.speakerOk()) {
        Prediction p = d.preds().get(m.pred());
        out.add(item(Kind.WRONG_SPEAKER, speakerCause(g, p), text, id, g, p));
      } else if (g.entity() != null && !Scorer.entityOk(g, d.preds().get(m.pred()))) {
        Prediction p = d.preds().get(m.pred());
        String detail = p.hasName() && !PyJson.pyStr(p.name()).isEmpty()
            ? "right mention, resolved to another entity"
            : "right mention, left unresolved";
        Item wrong = item(Kind.WRONG_ENTITY, detail, text, id, g, p);
        // The source was found; who it stands for is what went wrong.
        out.add(
            new Item(wrong.kind(), detail, wrong.rule(), id, wrong.quote(),
                wrong.goldSource() + " = " + g.entity(), wrong.predMention(), wrong.predName()));
      }
    }
    for (int pi = 0; pi < d.preds().size(); pi++) {
      if (d.matchOfPred(pi) != null) {
        continue;
      }
      Prediction p = d.preds().get(pi);
      GoldQuote best = null;
      long bestOverlap = 0;
      for (GoldQuote g : d.golds()) {
        long o = Interval.overlap(g.span(), p.span());
        if (o > bestOverlap) {
          best = g;
          bestOverlap = o;
        }
      }
      String detail;
      if (best != null) {
        detail =
            qualifies(best.span(), p.span())
                ? "duplicate: its gold unit matched another prediction"
                : boundaryCause(best.span(), p.span());
      } else if (d.doc().attributions().stream()
          .anyMatch(a -> a.content().stream().anyMatch(c -> Interval.overlap(c, p.span()) > 0))) {
        detail = "inside attributed content, not a direct-quote unit";
      } else {
        detail = "no gold unit or attribution overlaps";
      }
      out.add(
          new Item(
              Kind.SPURIOUS,
              detail,
              ruleOf(p),
              id,
              PyText.head(text.slice(p.span().begin(), p.span().end()), 60),
              best == null ? NONE : orNone(best.sourceText()),
              mentionOrNone(text, p),
              nameOrNone(p)));
    }
  }

  private static Item item(
      Kind kind, String detail, PyText text, String id, GoldQuote g, Prediction p) {
    String quote = g.text() != null ? g.text() : text.slice(g.span().begin(), g.span().end());
    return new Item(
        kind,
        detail,
        p == null ? NONE : ruleOf(p),
        id,
        PyText.head(quote, 60),
        orNone(g.sourceText()),
        p == null ? NONE : mentionOrNone(text, p),
        p == null ? NONE : nameOrNone(p));
  }

  // Why score.py counts the speaker of a match wrong, in the terms of what to fix.
  private static String speakerCause(GoldQuote g, Prediction p) {
    if (g.source().isEmpty()) {
      return "gold has no source, a speaker was predicted";
    }
    if (p.unattributed()) {
      return "predicted no speaker";
    }
    String name = p.hasName() ? PyJson.pyStr(p.name()) : null;
    if (p.mention() != null) {
      if (name != null && g.sourceText() != null && sharesCapital(name, g.sourceText())) {
        return "mention elsewhere, name matches the source";
      }
      if (name != null && g.entity() != null && sharesCapital(name, g.entity())) {
        return "mention elsewhere, name matches the gold entity";
      }
      return "mention elsewhere, another speaker";
    }
    if (name != null && g.entity() != null && sharesCapital(name, g.entity())) {
      return "no mention, name matches the gold entity only";
    }
    return "no mention, name shares no capitalised word with the source";
  }

  private static String boundaryCause(Interval gold, Interval pred) {
    long o = Interval.overlap(gold, pred);
    boolean coversGold = o * 2 >= gold.length();
    boolean coversPred = o * 2 >= pred.length();
    if (coversGold && !coversPred) {
      return "prediction too long (overlap < half of it)";
    }
    if (!coversGold && coversPred) {
      return "prediction too short (covers < half of the gold unit)";
    }
    return "boundaries disagree (overlap < half of each)";
  }

  private static boolean qualifies(Interval gold, Interval pred) {
    long o = Interval.overlap(gold, pred);
    return o * 2 >= gold.length() && o * 2 >= pred.length();
  }

  private static Prediction mostOverlapping(Interval span, List<Prediction> preds) {
    Prediction best = null;
    long bestOverlap = 0;
    for (Prediction p : preds) {
      long o = Interval.overlap(span, p.span());
      if (o > bestOverlap) {
        best = p;
        bestOverlap = o;
      }
    }
    return best;
  }

  private static boolean sharesCapital(String a, String b) {
    var common = Scorer.caps(a);
    common.retainAll(Scorer.caps(b));
    return !common.isEmpty();
  }

  private static String ruleOf(Prediction p) {
    return p.rule() == null || p.rule().isEmpty() ? NONE : p.rule();
  }

  private static String mentionText(PyText text, Prediction p) {
    return text.slice(p.mention().begin(), p.mention().end());
  }

  private static String mentionOrNone(PyText text, Prediction p) {
    return p.mention() == null ? NONE : mentionText(text, p);
  }

  private static String nameOrNone(Prediction p) {
    return p.name() == null ? NONE : PyJson.pyStr(p.name());
  }

  private static String orNone(String s) {
    return s == null ? NONE : s;
  }

  private static String required(String value, String field) {
    if (value == null) {
      throw new IllegalArgumentException("a gold unit has no \"" + field + "\"");
    }
    return value;
  }

  private static String oneLine(String s) {
    return s.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
  }
}
