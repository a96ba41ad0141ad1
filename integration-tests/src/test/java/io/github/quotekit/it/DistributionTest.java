package io.github.quotekit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as a person gets it: unpacked with {@code tar}, {@code bin/quotekit} runs on the
 * sample article from any directory, also through a symbolic link, and prints the JSON of its
 * quotes and nothing on standard error. The zip holds the same files as the tar. The launcher makes
 * its class-data sharing archive on its first run and the output stays the same with it.
 */
@DisabledOnOs(OS.WINDOWS) // bin/quotekit is a POSIX shell script; quotekit.bat is not run here
final class DistributionTest {
  @TempDir static Path dir;
  private static Path home;

  @BeforeAll
  static void unpack() throws Exception {
    Path archive = Jvm.pathProperty("quotekit.it.distribution");
    Jvm.Result tar = Jvm.run(dir, List.of("tar", "-xzf", archive.toString()));
    assertThat(tar.stderr()).isEmpty();
    home = dir.resolve("quotekit-" + System.getProperty("quotekit.it.version"));
  }

  @Test
  void holdsTheLauncherTheJarAndTheDocuments() {
    for (String file :
        List.of(
            "bin/quotekit", "bin/quotekit.bat", "lib/quotekit.jar", "bin/quotekit-server",
            "bin/quotekit-server.bat", "lib/quotekit-server.jar", "lib/quotekit.jit.json",
            "README.md", "CHANGELOG.md", "LICENSE", "NOTICE", "sample-article.txt")) {
      assertThat(home.resolve(file)).as(file).isRegularFile();
    }
  }

  @Test
  void launcherIsExecutable() throws IOException {
    assertThat(Files.getPosixFilePermissions(home.resolve("bin/quotekit")))
        .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
  }

  @Test
  void extractsTheSampleArticleFromAnotherDirectory() throws Exception {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Jvm.Result result =
        Jvm.run(
            elsewhere,
            List.of(home.resolve("bin/quotekit").toString(), home.resolve("sample-article.txt").toString()));

    assertThat(result.stderr()).isEmpty();
    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout())
        .startsWith("{")
        .contains("\"id\": \"sample-article.txt\"", "\"name\": \"Rosa Bellweather\"");
  }

  @Test
  void runsThroughASymbolicLinkAndPassesJavaOpts() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("quotekit-link"), home.resolve("bin/quotekit"));
    Jvm.Result result =
        Jvm.run(dir, List.of("env", "JAVA_OPTS=-Xmx256m -Dfile.encoding=UTF-8", link.toString(), "--version"));

    assertThat(result.stderr()).isEmpty();
    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout()).contains(System.getProperty("quotekit.it.version"));
  }

  @Test
  void makesItsClassDataArchiveOnceAndGivesTheSameOutputWithIt() throws Exception {
    Path copy = Files.createDirectories(dir.resolve("cds"));
    Jvm.Result unpacked =
        Jvm.run(copy, List.of("tar", "-xzf", Jvm.pathProperty("quotekit.it.distribution").toString()));
    assertThat(unpacked.exitCode()).isZero();
    Path copyHome = copy.resolve(home.getFileName());
    List<String> command =
        List.of(copyHome.resolve("bin/quotekit").toString(), copyHome.resolve("sample-article.txt").toString());

    List<String> withoutSharing = new ArrayList<>(List.of("env", "QUOTEKIT_CDS=off"));
    withoutSharing.addAll(command);

    Jvm.Result withoutArchive = Jvm.run(copy, withoutSharing);
    assertThat(archives(copyHome)).isEmpty();
    Jvm.Result first = Jvm.run(copy, command);
    List<Path> made = archives(copyHome);
    Jvm.Result second = Jvm.run(copy, command);

    assertThat(made).hasSize(1);
    assertThat(archives(copyHome)).isEqualTo(made);
    for (Jvm.Result result : List.of(first, second)) {
      assertThat(result.stderr()).isEmpty();
      assertThat(result.exitCode()).isZero();
      assertThat(result.stdout()).isEqualTo(withoutArchive.stdout());
    }
  }

  private static List<Path> archives(Path distribution) throws IOException {
    try (var files = Files.list(distribution.resolve("lib"))) {
      return files.filter(file -> file.getFileName().toString().endsWith(".jsa")).sorted().toList();
    }
  }

  @Test
  void aShortJobOfFilesGetsTheQuickCompilerAndStandardInputBothCompilers() throws Exception {
    String quotekit = home.resolve("bin/quotekit").toString();
    String sample = home.resolve("sample-article.txt").toString();
    String flags =
        "JAVA_OPTS=-XX:+UnlockDiagnosticVMOptions -XX:+PrintFlagsFinal -XX:+DisplayVMOutput";

    Jvm.Result file = Jvm.run(dir, List.of("env", flags, quotekit, sample));
    Jvm.Result standardInput =
        Jvm.run(dir, List.of("sh", "-c", "env '" + flags + "' '" + quotekit + "' < '" + sample + "'"));
    Jvm.Result forced = Jvm.run(dir, List.of("env", flags, "QUOTEKIT_JIT=full", quotekit, sample));

    assertThat(List.of(file.stderr(), standardInput.stderr(), forced.stderr())).containsOnly("");
    assertThat(tieredStopAtLevel(file.stdout())).isEqualTo(1);
    assertThat(tieredStopAtLevel(standardInput.stdout())).isEqualTo(4);
    assertThat(tieredStopAtLevel(forced.stdout())).isEqualTo(4);
  }

  /** Reads TieredStopAtLevel from the output of -XX:+PrintFlagsFinal. */
  private static int tieredStopAtLevel(String flags) {
    Matcher matcher = Pattern.compile("TieredStopAtLevel\\s+=\\s+(\\d+)").matcher(flags);
    assertThat(matcher.find()).as("TieredStopAtLevel in %s", flags.lines().limit(3).toList()).isTrue();
    return Integer.parseInt(matcher.group(1));
  }

  @Test
  void theServerLauncherRunsTheServerJar() throws Exception {
    Jvm.Result result =
        Jvm.run(dir, List.of(home.resolve("bin/quotekit-server").toString(), "--help"));

    assertThat(result.stderr()).isEmpty();
    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout()).contains("POST /v1/extract");
  }

  @Test
  void zipHoldsTheSameFilesAsTheTar() throws Exception {
    Path archive = Jvm.pathProperty("quotekit.it.distribution");
    Path zip = archive.resolveSibling(archive.getFileName().toString().replace(".tar.gz", ".zip"));
    List<String> tarEntries =
        Arrays.stream(Jvm.run(dir, List.of("tar", "-tzf", archive.toString())).stdout().split("\n"))
            .filter(entry -> !entry.endsWith("/"))
            .sorted()
            .toList();
    try (ZipFile zipFile = new ZipFile(zip.toFile())) {
      List<String> zipEntries =
          zipFile.stream().filter(entry -> !entry.isDirectory()).map(ZipEntry::getName).sorted().toList();
      assertThat(zipEntries).isEqualTo(tarEntries).hasSize(12);
    }
  }
}
