package io.github.quotekit.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Speaker colours meet WCAG 2.1 AA contrast; initials. */
class PaletteTest {

  private static final double AA = 4.5;

  /** WCAG 2.1 relative luminance of a {@code #rrggbb} colour. */
  private static double luminance(String hex) {
    double[] channels = new double[3];
    for (int i = 0; i < 3; i++) {
      double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      channels[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
  }

  private static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  @Test
  void highlightTextAndBadgeTextMeetAa() {
    assertThat(Palette.LIGHT).hasSameSizeAs(Palette.DARK);
    for (int i = 0; i < Palette.size(); i++) {
      assertThat(contrast(Palette.INK, Palette.LIGHT.get(i))).as("ink on light %d", i)
          .isGreaterThanOrEqualTo(AA);
      assertThat(contrast("#ffffff", Palette.DARK.get(i))).as("white on dark %d", i)
          .isGreaterThanOrEqualTo(AA);
      // The mention frame and highlight underline stand out from the highlight (non-text, 3:1).
      assertThat(contrast(Palette.DARK.get(i), Palette.LIGHT.get(i))).as("dark on light %d", i)
          .isGreaterThanOrEqualTo(3.0);
    }
    assertThat(contrast(Palette.INK, Palette.NONE_LIGHT)).isGreaterThanOrEqualTo(AA);
    assertThat(contrast("#ffffff", Palette.NONE_DARK)).isGreaterThanOrEqualTo(AA);
    assertThat(contrast("#ffffff", Palette.LOW)).isGreaterThanOrEqualTo(AA);
    assertThat(contrast("#4d4d4d", "#ffffff")).as("muted text").isGreaterThanOrEqualTo(AA);
    assertThat(contrast("#4d4d4d", "#f6f7f9")).as("muted on summary").isGreaterThanOrEqualTo(AA);
    assertThat(contrast("#0b4f9c", "#ffffff")).as("links").isGreaterThanOrEqualTo(AA);
  }

  @Test
  void theStylesheetUsesThePaletteAndNoUrl() {
    String css = Style.css();
    for (String colour : List.of(Palette.LIGHT.get(3), Palette.DARK.get(11), Palette.LOW)) {
      assertThat(css).contains(colour);
    }
    assertThat(css).contains(".s11{").contains(".sx{").doesNotContain("url(", "@import", "http");
    assertThat(css)
        .startsWith(":root{color-scheme:light;--ink:" + Palette.INK + ";")
        .contains("--low:" + Palette.LOW + ";--bg:" + Palette.NONE_LIGHT + ";--fg:"
            + Palette.NONE_DARK + "}")
        .doesNotContain("INK", "NONE_")
        .contains("width:100%;");
  }

  @Test
  void initialsComeFromCapitalisedWords() {
    assertThat(Palette.initials("Rosa Bellweather")).isEqualTo("RB");
    assertThat(Palette.initials("Calloway Bay Harbor Authority")).isEqualTo("CBA");
    assertThat(Palette.initials("officials")).isEqualTo("O");
    assertThat(Palette.initials("Jean-Luc Picard")).isEqualTo("JLP");
    assertThat(Palette.initials("the Commerce Department")).isEqualTo("CD");
    assertThat(Palette.initials("Élodie d'Arc")).isEqualTo("É");
    assertThat(Palette.initials("“42”")).isEmpty();
  }
}
