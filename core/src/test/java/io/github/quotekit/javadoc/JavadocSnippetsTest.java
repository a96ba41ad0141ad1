package io.github.quotekit.javadoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the public API's Javadoc examples compiled, in the manner of Caffeine's snippets: the
 * n-th {@code <pre>{@code ...}</pre>} block of {@code Type.java} must read, line for line and
 * less its indentation, as the regions marked {@code // javadoc: Type#n} in {@link
 * JavadocExamplesTest}, which compiles and runs them; and every region must stand in the Javadoc.
 */
class JavadocSnippetsTest {
  private static final Path API = Path.of("src/main/java/io/github/quotekit");
  private static final Path EXAMPLES =
      Path.of("src/test/java/io/github/quotekit/javadoc/JavadocExamplesTest.java");
  private static final Pattern BLOCK =
      Pattern.compile("(?s)<pre>\\{@code\\n(.*?)\\n[ \\t]*\\*? ?}</pre>");
  private static final Pattern REGION =
      Pattern.compile("(?ms)^[ \\t]*// javadoc: ([^\\n]+)\\n(.*?)^[ \\t]*// end javadoc$");

  /** Returns the Javadoc example blocks of the public API, by "Type#n". */
  private static Map<String, String> javadocBlocks() throws IOException {
    Map<String, String> blocks = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(API)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String type = file.getFileName().toString().replace(".java", "");
        Matcher block = BLOCK.matcher(Files.readString(file));
        for (int n = 1; block.find(); n++) {
          String code =
              block.group(1).lines()
                  .map(line -> line.replaceFirst("^\\s*\\* ?", ""))
                  .collect(Collectors.joining("\n"));
          blocks.put(type + "#" + n, code);
        }
      }
    }
    return blocks;
  }

  /** Returns the code of the marked regions, by "Type#n"; regions of one name are joined. */
  private static Map<String, String> regions() throws IOException {
    Map<String, List<String>> lines = new LinkedHashMap<>();
    Matcher region = REGION.matcher(Files.readString(EXAMPLES));
    while (region.find()) {
      List<String> code = region.group(2).lines().toList();
      for (String name : region.group(1).trim().split(" ")) {
        lines.computeIfAbsent(name, k -> new ArrayList<>()).addAll(code);
      }
    }
    Map<String, String> regions = new LinkedHashMap<>();
    lines.forEach((name, code) -> regions.put(name, dedent(code)));
    return regions;
  }

  private static String dedent(List<String> lines) {
    int indent =
        lines.stream()
            .filter(line -> !line.isBlank())
            .mapToInt(line -> line.length() - line.stripLeading().length())
            .min()
            .orElse(0);
    return lines.stream()
        .map(line -> line.isBlank() ? "" : line.substring(indent))
        .collect(Collectors.joining("\n"));
  }

  @Test
  void everyJavadocExampleIsCompiledCode() throws IOException {
    Map<String, String> regions = regions();
    Map<String, String> blocks = javadocBlocks();

    assertThat(blocks).as("Javadoc examples of %s", API).isNotEmpty();
    assertThat(regions.keySet())
        .as("regions of %s, one per Javadoc example", EXAMPLES)
        .containsExactlyInAnyOrderElementsOf(blocks.keySet());
    blocks.forEach(
        (name, code) ->
            assertThat(code)
                .as("the Javadoc example %s, as compiled in %s", name, EXAMPLES)
                .isEqualTo(regions.get(name)));
  }

  @Test
  void theRegionsAreFound() throws IOException {
    assertThat(regions()).containsKeys("QuoteExtractor#1", "RuleContext#1", "AttributionRule#1");
    assertThat(Arrays.asList(regions().get("RuleContext#1").split("\n")))
        .contains("return context.candidateStartingAt(i + 1, context.after().end())");
  }
}
