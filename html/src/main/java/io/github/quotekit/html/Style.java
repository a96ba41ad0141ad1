package io.github.quotekit.html;

/** The report's one inline stylesheet. It names no URL and loads no font. */
final class Style {

  private static final String BASE =
      """
      :root{color-scheme:light;--ink:INK;--muted:#4d4d4d;--line:#c9ced6;--low:LOW;--bg:NONE_LIGHT;--fg:NONE_DARK}
      *{box-sizing:border-box}
      body{margin:0;background:#fff;color:var(--ink);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Liberation Sans","DejaVu Sans",sans-serif}
      header,main{max-width:1240px;margin:0 auto;padding:0 24px}
      header{padding-top:20px}
      h1{font-size:1.6rem;margin:.2em 0 .1em}
      h2{font-size:1.3rem;margin:1em 0 .5em}
      .article summary h2{display:inline;font-size:1.15rem;margin:0}
      h3{font-size:1.02rem;margin:1.2em 0 .4em}
      a{color:#0b4f9c}
      .lede{color:var(--muted);margin:.2em 0 1em}
      .totals{display:flex;flex-wrap:wrap;gap:10px;margin:0 0 1em;padding:0;list-style:none}
      .totals li{border:1px solid var(--line);border-radius:8px;padding:6px 12px;min-width:8.5em}
      .totals b{display:block;font-size:1.35rem;line-height:1.2}
      .summary-grid{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,3fr);gap:0 32px}
      @media (max-width:900px){.summary-grid,.cols{grid-template-columns:minmax(0,1fr)!important}}
      table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.3em 0 1em}
      th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
      th{background:#f2f4f7;font-weight:600}
      td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;width:1%;white-space:nowrap}
      figure{margin:.3em 0 1em}
      figcaption{font-size:.9rem;color:var(--muted)}
      svg text{font:13px system-ui,"Liberation Sans","DejaVu Sans",sans-serif;fill:var(--ink)}
      .article{border:1px solid var(--line);border-radius:10px;margin:0 0 16px;background:#fff}
      .article>details>summary{cursor:pointer;padding:10px 16px;background:#f6f7f9;border-radius:10px}
      .article>details[open]>summary{border-bottom:1px solid var(--line);border-radius:10px 10px 0 0}
      .article .meta{color:var(--muted);font-size:.9rem;margin-left:.6em}
      .body{padding:4px 16px 8px}
      .cols{display:grid;grid-template-columns:minmax(0,1fr) 17rem;gap:24px}
      .text{position:relative;white-space:pre-wrap;overflow-wrap:anywhere;font:17px/1.75 Georgia,"DejaVu Serif","Liberation Serif",serif;margin:12px 0}
      .legend ol{list-style:none;margin:0;padding:0;font-size:.9rem}
      .legend li{margin:0 0 6px}
      .legend .what{color:var(--muted)}
      .key{font-size:.85rem;color:var(--muted)}
      .error{color:var(--low);font-weight:600}
      .q{background:var(--bg);color:var(--ink);border-bottom:2px solid var(--fg);padding:1px 1px;-webkit-box-decoration-break:clone;box-decoration-break:clone}
      .q.t-indirect,.q.t-mixed{border-bottom-style:dotted}
      .q.low{outline:2px dashed var(--low);outline-offset:1px}
      .q:hover{filter:brightness(.95)}
      .q:focus{outline:3px solid var(--ink);outline-offset:2px}
      .badge,.flag{display:inline-block;font:600 11px/1.35 system-ui,"Liberation Sans","DejaVu Sans",sans-serif;color:#fff;background:var(--fg);border-radius:8px;padding:1px 5px;margin:0 3px 0 1px;white-space:nowrap;vertical-align:2px;letter-spacing:.02em}
      .flag{background:var(--low);text-transform:uppercase}
      .cue{text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:3px}
      .mention{outline:2px solid var(--fg);outline-offset:0;border-radius:3px;font-weight:700;white-space:nowrap;-webkit-box-decoration-break:clone;box-decoration-break:clone}
      .tip{display:none;position:absolute;z-index:5;width:max-content;max-width:24rem;margin:1.9em 0 0 -6em;padding:8px 10px;background:#fff;color:var(--ink);border:1px solid #6b6b6b;border-radius:6px;box-shadow:0 4px 14px rgba(0,0,0,.18);white-space:normal;font:13px/1.5 system-ui,"Liberation Sans","DejaVu Sans",sans-serif}
      .tip .k{font-weight:600}
      .q:hover+.tip,.q:focus+.tip{display:inline-block}
      .quotes td:nth-child(3){max-width:28rem}
      .why{font-size:.85rem;min-width:16rem}
      .why ol{margin:0;padding-left:1.2em}
      footer{max-width:1240px;margin:0 auto;padding:8px 24px 24px;color:var(--muted);font-size:.85rem}
      @media print{details>*{display:block}.tip{display:none!important}}
      """;

  private Style() {}

  /** Returns the stylesheet, with one class per speaker colour. */
  static String css() {
    StringBuilder css =
        new StringBuilder(
            BASE.replace(":INK;", ":" + Palette.INK + ";")
                .replace(":LOW;", ":" + Palette.LOW + ";")
                .replace(":NONE_LIGHT;", ":" + Palette.NONE_LIGHT + ";")
                .replace(":NONE_DARK}", ":" + Palette.NONE_DARK + "}"));
    for (int i = 0; i < Palette.size(); i++) {
      css.append(".s")
          .append(i)
          .append("{--bg:")
          .append(Palette.LIGHT.get(i))
          .append(";--fg:")
          .append(Palette.DARK.get(i))
          .append("}\n");
    }
    css.append(".sx{--bg:")
        .append(Palette.NONE_LIGHT)
        .append(";--fg:")
        .append(Palette.NONE_DARK)
        .append("}\n");
    return css.toString();
  }
}
