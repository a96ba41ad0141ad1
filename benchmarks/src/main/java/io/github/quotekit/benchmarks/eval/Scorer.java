package io.github.quotekit.benchmarks.eval;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A line-by-line Java port of the reference scorer {@code score.py}: same inputs, same matching,
 * same figures to the last bit.
 *
 * <p>A predicted quote matches a gold unit when their overlap covers at least half of each
 * (one-to-one, largest overlap first). The speaker of a match is right when the predicted mention
 * overlaps the gold source, or, lacking a mention span, when the predicted name shares a
 * capitalised word with the gold source text; where the gold unit has no source, a quote without
 * speaker is right. Tracks: {@code all} units, {@code long} units of four words or more, and
 * {@code attributions} (every gold attribution's content) when the gold has attributions.
 *
 * <p>Text is indexed by code point, as score.py's Python strings are, although the offsets are
 * UTF-16 offsets; see {@link PyText}. Where score.py's docstring and code differ, the code wins:
 * only the field names its code looks up are accepted (for instance {@code speaker_mention} but
 * not {@code char_begin}).
 */
public final class Scorer {

  /** The characters {@link #trim} removes from both ends of a predicted quote span. */
  public static final String MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb \t\r\n,.";

  /** The {@code long} track counts gold units and predictions of at least this many words. */
  public static final int LONG_MIN_WORDS = 4;

  private static final String[][] SPAN_KEYS = {
    {"begin", "end"}, {"charBegin", "charEnd"}, {"start", "end"}
  };

  private Scorer() {}

  /** Scores predictions on every track, as score.py's main does. */
  public static Scores score(List<GoldDocument> gold, Predictions pred) {
    Map<String, TrackScore> tracks = new LinkedHashMap<>();
    tracks.put("all", quoteTrack(match(gold, pred, 0)));
    tracks.put("long", quoteTrack(match(gold, pred, LONG_MIN_WORDS)));
    if (gold.stream().anyMatch(d -> !d.attributions().isEmpty())) {
      tracks.put("attributions", attributionTrack(gold, pred));
    }
    return new Scores(tracks);
  }

  /**
   * Matches the predictions to the gold units of at least {@code minWords} words (score.py's
   * {@code score()} up to the counting), one result per gold article.
   */
  public static List<DocumentMatch> match(List<GoldDocument> gold, Predictions pred, int minWords) {
    List<DocumentMatch> out = new ArrayList<>(gold.size());
    for (GoldDocument doc : gold) {
      PyText text = PyText.of(doc.text());
      List<GoldQuote> golds = new ArrayList<>();
      for (GoldQuote g : doc.quotes()) {
        if (words(text, g.span()) >= minWords) {
          golds.add(g);
        }
      }
      List<Prediction> preds = predictions(text, pred.quotesOf(doc.id()), minWords);
      List<long[]> pairs = new ArrayList<>();
      for (int gi = 0; gi < golds.size(); gi++) {
        Interval gs = golds.get(gi).span();
        for (int pi = 0; pi < preds.size(); pi++) {
          Interval ps = preds.get(pi).span();
          long o = Interval.overlap(gs, ps);
          if (o * 2 >= gs.length() && o * 2 >= ps.length()) {
            pairs.add(new long[] {o, gi, pi});
          }
        }
      }
      List<DocumentMatch.Match> matches = new ArrayList<>();
      for (long[] pair : greedy(pairs)) {
        GoldQuote g = golds.get((int) pair[1]);
        Prediction p = preds.get((int) pair[2]);
        boolean ok = speakerOk(g.source(), g.sourceText(), p);
        matches.add(new DocumentMatch.Match((int) pair[1], (int) pair[2], pair[0], ok));
      }
      out.add(new DocumentMatch(doc, golds, preds, matches));
    }
    return out;
  }

  /** Counts matched documents into score.py's figures for a quote track. */
  public static TrackScore quoteTrack(List<DocumentMatch> docs) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int speakerOk = 0;
    int entityN = 0;
    int entityOk = 0;
    for (DocumentMatch d : docs) {
      for (DocumentMatch.Match m : d.matches()) {
        speakerOk += m.speakerOk() ? 1 : 0;
        GoldQuote g = d.golds().get(m.gold());
        if (g.entity() != null) {
          entityN++;
          entityOk += entityOk(g, d.preds().get(m.pred())) ? 1 : 0;
        }
      }
      tp += d.matches().size();
      fn += d.golds().size() - d.matches().size();
      fp += d.preds().size() - d.matches().size();
    }
    return TrackScore.of(tp, fp, fn, speakerOk, entityN, entityOk);
  }

  /**
   * score.py's {@code score_attributions}: every gold attribution against every predicted quote,
   * the overlap counted over the union of the attribution's content spans.
   */
  public static TrackScore attributionTrack(List<GoldDocument> gold, Predictions pred) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int speakerOk = 0;
    for (AttributionMatch d : matchAttributions(gold, pred)) {
      for (DocumentMatch.Match m : d.matches()) {
        speakerOk += m.speakerOk() ? 1 : 0;
      }
      tp += d.matches().size();
      fn += d.golds().size() - d.matches().size();
      fp += d.preds().size() - d.matches().size();
    }
    return TrackScore.of(tp, fp, fn, speakerOk, 0, 0);
  }

  /**
   * Matches the predictions to the gold attributions (score.py's {@code score_attributions} up to
   * the counting), one result per gold article.
   */
  public static List<AttributionMatch> matchAttributions(
      List<GoldDocument> gold, Predictions pred) {
    List<AttributionMatch> out = new ArrayList<>(gold.size());
    for (GoldDocument doc : gold) {
      PyText text = PyText.of(doc.text());
      List<GoldAttribution> golds = doc.attributions();
      List<Prediction> preds = predictions(text, pred.quotesOf(doc.id()), 0);
      List<long[]> pairs = new ArrayList<>();
      for (int gi = 0; gi < golds.size(); gi++) {
        List<Interval> chars = union(golds.get(gi).content());
        long size = chars.stream().mapToLong(Interval::length).sum();
        for (int pi = 0; pi < preds.size(); pi++) {
          Interval ps = preds.get(pi).span();
          long o = chars.stream().mapToLong(c -> Interval.overlap(c, ps)).sum();
          if (o != 0 && o * 2 >= size && o * 2 >= ps.length()) {
            pairs.add(new long[] {o, gi, pi});
          }
        }
      }
      List<DocumentMatch.Match> matches = new ArrayList<>();
      for (long[] pair : greedy(pairs)) {
        GoldAttribution g = golds.get((int) pair[1]);
        boolean ok = speakerOk(g.source(), g.sourceText(), preds.get((int) pair[2]));
        matches.add(new DocumentMatch.Match((int) pair[1], (int) pair[2], pair[0], ok));
      }
      out.add(new AttributionMatch(doc, preds, matches));
    }
    return out;
  }

  /**
   * Returns the predictions of the article that score.py counts on its {@code attributions}
   * track: a span it can read, not empty after trimming, in file order.
   */
  public static List<Prediction> countedPredictions(GoldDocument doc, Predictions pred) {
    return predictions(PyText.of(doc.text()), pred.quotesOf(doc.id()), 0);
  }

  // The predictions score.py keeps: a span it can read, non-empty after trimming, long enough.
  private static List<Prediction> predictions(PyText text, List<JsonElement> quotes, int minWords) {
    List<Prediction> preds = new ArrayList<>();
    for (JsonElement q : quotes) {
      Interval sp = spanOf(q);
      if (sp == null) {
        continue;
      }
      sp = trim(text, sp);
      if (sp.end() <= sp.begin() || words(text, sp) < minWords) {
        continue;
      }
      JsonElement m = PyJson.firstMember(q, "speakerMention", "speaker_mention", "mention");
      JsonElement rule = PyJson.member(q, "rule");
      JsonElement confidence = PyJson.member(q, "confidence");
      JsonElement cue = PyJson.member(PyJson.member(q, "cue"), "text");
      preds.add(
          new Prediction(
              sp,
              spanOf(m),
              speakerName(q),
              rule == null ? null : PyJson.pyStr(rule),
              isNumber(confidence) ? confidence.getAsDouble() : null,
              isString(cue) ? cue.getAsString() : null));
    }
    return preds;
  }

  private static boolean isNumber(JsonElement value) {
    return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber();
  }

  private static boolean isString(JsonElement value) {
    return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
  }

  // pairs.sort(reverse=True) on (overlap, gi, pi) tuples, then first come, first served.
  private static List<long[]> greedy(List<long[]> pairs) {
    pairs.sort(
        Comparator.<long[]>comparingLong(p -> p[0])
            .thenComparingLong(p -> p[1])
            .thenComparingLong(p -> p[2])
            .reversed());
    Set<Long> usedG = new HashSet<>();
    Set<Long> usedP = new HashSet<>();
    List<long[]> chosen = new ArrayList<>();
    for (long[] p : pairs) {
      if (usedG.contains(p[1]) || usedP.contains(p[2])) {
        continue;
      }
      usedG.add(p[1]);
      usedP.add(p[2]);
      chosen.add(p);
    }
    return chosen;
  }

  // The set of range(b, e) over all spans, as sorted disjoint intervals.
  private static List<Interval> union(List<Interval> spans) {
    List<Interval> sorted = new ArrayList<>();
    for (Interval s : spans) {
      if (s.end() > s.begin()) {
        sorted.add(s);
      }
    }
    sorted.sort(Comparator.comparingLong(Interval::begin));
    List<Interval> out = new ArrayList<>();
    for (Interval s : sorted) {
      Interval last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && s.begin() <= last.end()) {
        out.set(out.size() - 1, new Interval(last.begin(), Math.max(last.end(), s.end())));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * score.py's speaker test for a match: no source wants no speaker; a mention must overlap a
   * source span; a bare name must share a capitalised word with the source text.
   */
  public static boolean speakerOk(List<Interval> source, String sourceText, Prediction p) {
    if (source.isEmpty()) {
      return p.mention() == null && !p.hasName();
    }
    if (p.mention() != null) {
      return source.stream().anyMatch(s -> Interval.overlap(s, p.mention()) > 0);
    }
    if (!p.hasName()) {
      return false;
    }
    if (sourceText == null) {
      throw new IllegalArgumentException("a gold unit with a source has no \"sourceText\"");
    }
    return sharesCapital(nameOf(p), sourceText);
  }

  /**
   * score.py's entity test for a match whose gold unit gives an {@code entity}: the predicted
   * speaker name shares a capitalised word with it. The mention may be right while the entity is
   * not: a "she" resolved to the wrong woman.
   */
  public static boolean entityOk(GoldQuote gold, Prediction p) {
    if (gold.entity() == null) {
      throw new IllegalArgumentException("the gold unit names no entity");
    }
    return p.hasName() && sharesCapital(nameOf(p), gold.entity());
  }

  private static boolean sharesCapital(String a, String b) {
    Set<String> common = caps(a);
    common.retainAll(caps(b));
    return !common.isEmpty();
  }

  private static String nameOf(Prediction p) {
    JsonElement name = p.name();
    if (!name.isJsonPrimitive() || !name.getAsJsonPrimitive().isString()) {
      throw new IllegalArgumentException("speaker name is not a string: " + name);
    }
    return name.getAsString();
  }

  /**
   * Returns score.py's {@code span_of(obj)}: {@code begin/end}, {@code charBegin/charEnd} or
   * {@code start/end} members (the first pair present whose begin is not null), else the value of
   * a {@code span} or {@code mention} member, else a two-integer array; null otherwise.
   */
  public static Interval spanOf(JsonElement obj) {
    if (PyJson.isNone(obj)) {
      return null;
    }
    if (obj.isJsonObject()) {
      JsonObject o = obj.getAsJsonObject();
      for (String[] keys : SPAN_KEYS) {
        if (o.has(keys[0]) && o.has(keys[1]) && !o.get(keys[0]).isJsonNull()) {
          return new Interval(PyJson.pyInt(o.get(keys[0])), PyJson.pyInt(o.get(keys[1])));
        }
      }
      for (String key : new String[] {"span", "mention"}) {
        if (o.has(key)) {
          return spanOf(o.get(key));
        }
      }
    }
    if (obj.isJsonArray()) {
      JsonArray a = obj.getAsJsonArray();
      // isinstance(x, int) holds for booleans too.
      if (a.size() == 2 && PyJson.isPyInt(a.get(0)) && PyJson.isPyInt(a.get(1))) {
        return new Interval(PyJson.pyInt(a.get(0)), PyJson.pyInt(a.get(1)));
      }
    }
    return null;
  }

  /**
   * Returns score.py's {@code speaker_name(q)}: the first of {@code speaker}, {@code speakerName},
   * {@code speaker_name} present; of an object, its first {@code name}, {@code canonicalName} or
   * {@code text}. Null for Python None.
   */
  public static JsonElement speakerName(JsonElement q) {
    JsonElement s = PyJson.firstMember(q, "speaker", "speakerName", "speaker_name");
    if (s != null && s.isJsonObject()) {
      s = PyJson.firstMember(s, "name", "canonicalName", "text");
    }
    return PyJson.isNone(s) ? null : s;
  }

  /**
   * Returns score.py's {@code trim(text, b, e)}: the span clamped to the text, then without
   * {@link #MARKS} at either end.
   */
  public static Interval trim(PyText text, Interval span) {
    long b = Math.max(0, span.begin());
    long e = Math.min(text.length(), span.end());
    while (b < e && MARKS.indexOf(text.at(b)) >= 0) {
      b++;
    }
    while (e > b && MARKS.indexOf(text.at(e - 1)) >= 0) {
      e--;
    }
    return new Interval(b, e);
  }

  /**
   * Returns score.py's {@code caps(s)}: the words of {@code s} that begin with an upper-case letter
   * and have more than one character besides periods and commas, stripped of {@code .,'’s} at both
   * ends and lower-cased.
   */
  public static Set<String> caps(String s) {
    Set<String> out = new HashSet<>();
    for (String w : PyText.split(s)) {
      if (PyText.isUpper(w.codePointAt(0)) && PyText.len(PyText.strip(w, ".,")) > 1) {
        out.add(PyText.lower(PyText.strip(w, ".,'\u2019s")));
      }
    }
    return out;
  }

  /** Returns score.py's {@code words(text, span)}: the number of words of the slice. */
  public static int words(PyText text, Interval span) {
    return PyText.split(text.slice(span.begin(), span.end())).size();
  }
}
