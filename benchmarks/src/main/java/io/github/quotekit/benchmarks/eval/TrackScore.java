package io.github.quotekit.benchmarks.eval;

/**
 * The figures of one score.py track, with score.py's names and definitions.
 *
 * @param gold gold units counted ({@code matched + missed})
 * @param pred predictions counted ({@code matched + spurious})
 * @param matched gold units matched one-to-one by a prediction
 * @param quoteP matched / pred
 * @param quoteR matched / gold
 * @param quoteF1 harmonic mean of quote precision and recall
 * @param speakerAcc matches with the right speaker / matched
 * @param entityAcc matches whose predicted name shares a capitalised word with the gold entity /
 *     matches of gold units that give an entity; null when none does
 * @param attrP matches with the right speaker / pred
 * @param attrR matches with the right speaker / gold
 * @param attrF1 harmonic mean of attributed precision and recall
 */
public record TrackScore(
    int gold,
    int pred,
    int matched,
    double quoteP,
    double quoteR,
    double quoteF1,
    double speakerAcc,
    Double entityAcc,
    double attrP,
    double attrR,
    double attrF1) {

  /**
   * Computes the figures from the counts, with score.py's arithmetic (same operations in the same
   * order, so the doubles are bit-identical) and its zero-denominator conventions.
   */
  static TrackScore of(int tp, int fp, int fn, int speakerOk, int entityN, int entityOk) {
    double qp = tp + fp > 0 ? (double) tp / (tp + fp) : 0.0;
    double qr = tp + fn > 0 ? (double) tp / (tp + fn) : 0.0;
    double ap = tp + fp > 0 ? (double) speakerOk / (tp + fp) : 0.0;
    double ar = tp + fn > 0 ? (double) speakerOk / (tp + fn) : 0.0;
    return new TrackScore(
        tp + fn,
        tp + fp,
        tp,
        qp,
        qr,
        f1(qp, qr),
        tp > 0 ? (double) speakerOk / tp : 0.0,
        entityN > 0 ? (double) entityOk / entityN : null,
        ap,
        ar,
        f1(ap, ar));
  }

  private static double f1(double p, double r) {
    return p + r != 0 ? 2 * p * r / (p + r) : 0.0;
  }

  /** Returns score.py's text line for this track, e.g. {@code "all   gold=12 pred=10 ..."}. */
  public String textLine(String track) {
    // f"{track:5.5s}": cut to five characters, padded to five.
    String name = track.length() > 5 ? track.substring(0, 5) : track;
    return String.format("%-5s", name)
        + " gold=" + gold
        + " pred=" + pred
        + " quote P/R/F1 = " + PyJson.format3(quoteP) + "/" + PyJson.format3(quoteR) + "/"
        + PyJson.format3(quoteF1)
        + "  speaker acc = " + PyJson.format3(speakerAcc)
        + "  attributed P/R/F1 = " + PyJson.format3(attrP) + "/" + PyJson.format3(attrR) + "/"
        + PyJson.format3(attrF1)
        + (entityAcc != null ? "  entity acc = " + PyJson.format3(entityAcc) : "");
  }

  /** Returns this track as Python's {@code json.dumps} writes score.py's dict. */
  public String json() {
    return "{\"gold\": " + gold
        + ", \"pred\": " + pred
        + ", \"matched\": " + matched
        + ", \"quote_p\": " + PyJson.floatRepr(quoteP)
        + ", \"quote_r\": " + PyJson.floatRepr(quoteR)
        + ", \"quote_f1\": " + PyJson.floatRepr(quoteF1)
        + ", \"speaker_acc\": " + PyJson.floatRepr(speakerAcc)
        + ", \"entity_acc\": " + (entityAcc == null ? "null" : PyJson.floatRepr(entityAcc))
        + ", \"attr_p\": " + PyJson.floatRepr(attrP)
        + ", \"attr_r\": " + PyJson.floatRepr(attrR)
        + ", \"attr_f1\": " + PyJson.floatRepr(attrF1)
        + "}";
  }
}
