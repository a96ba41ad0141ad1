package io.github.quotekit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's "Extending" section and the compiled examples from drifting apart: every
 * region of the example sources between {@code // README: name} and {@code // END README} must
 * appear in the README verbatim (less its indentation), and every Java block of the section must
 * be one of those regions.
 */
final class ReadmeSnippetsTest {

  /** Surefire runs in the module's directory. */
  private static final Path README = Path.of("../README.md");

  private static final List<Path> SOURCES =
      List.of(Path.of("src/main/java"), Path.of("src/test/java"));

  private static final Pattern REGION =
      Pattern.compile("(?ms)^[ \\t]*// README: (\\S+)\\n(.*?)^[ \\t]*// END README$");

  private static final Pattern JAVA_BLOCK = Pattern.compile("(?ms)^```java\\n(.*?)^```$");

  @Test
  void everyMarkedRegionIsInTheReadme() throws IOException {
    Map<String, String> snippets = snippets();
    String readme = Files.readString(README);

    assertThat(snippets)
        .containsKeys("custom-rule", "rule-chain", "names-only", "list-rules", "re-add", "discover",
            "testkit", "explain", "custom-lexicon", "name-finder");
    snippets.forEach(
        (name, code) ->
            assertThat(readme)
                .as("the README holds the snippet \"%s\" as in the sources", name)
                .contains("```java\n" + code + "```\n"));
  }

  @Test
  void everyJavaBlockOfTheExtendingSectionIsAMarkedRegion() throws IOException {
    String readme = Files.readString(README);
    int start = readme.indexOf("\n## Extending\n");
    int end = readme.indexOf("\n## ", start + 1);
    assertThat(start).as("the README has an \"Extending\" section").isNotNegative();

    Matcher blocks = JAVA_BLOCK.matcher(readme.substring(start, end));
    List<String> code = new ArrayList<>();
    while (blocks.find()) {
      code.add(blocks.group(1));
    }
    assertThat(code).isNotEmpty().isSubsetOf(snippets().values());
  }

  /** The marked regions of the example sources by name, without their common indentation. */
  private static Map<String, String> snippets() throws IOException {
    Map<String, String> snippets = new LinkedHashMap<>();
    for (Path root : SOURCES) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          Matcher region = REGION.matcher(read(file));
          while (region.find()) {
            String previous = snippets.put(region.group(1), dedent(region.group(2)));
            assertThat(previous).as("a second region named %s in %s", region.group(1), file)
                .isNull();
          }
        }
      }
    }
    return snippets;
  }

  /**
   * Removes the indentation that all non-blank lines share. Not {@link String#stripIndent()}:
   * it counts the empty line after the final line break and so would remove nothing.
   */
  private static String dedent(String code) {
    List<String> lines = code.lines().toList();
    int indent =
        lines.stream()
            .filter(line -> !line.isBlank())
            .mapToInt(line -> line.length() - line.stripLeading().length())
            .min()
            .orElse(0);
    StringBuilder dedented = new StringBuilder();
    for (String line : lines) {
      dedented.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    }
    return dedented.toString();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
