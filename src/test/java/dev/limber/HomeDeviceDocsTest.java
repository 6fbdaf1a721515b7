package dev.limber;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The systemd units of docs/home-device.md are the files in docs/systemd, and systemd accepts them.
 */
class HomeDeviceDocsTest {
  private static final Path UNITS = Path.of("docs/systemd");
  private static final List<String> NAMES =
      List.of("limber-serve.service", "limber-morning.service", "limber-morning.timer");

  @TempDir Path dir;

  @Test
  void theDocumentShowsEachUnitFileAsItIs() throws IOException {
    String doc = Files.readString(Path.of("docs/home-device.md"));
    for (String name : NAMES) {
      assertThat(doc).as(name).contains("```ini\n" + Files.readString(UNITS.resolve(name)) + "```");
    }
  }

  @Test
  void systemdAnalyzeVerifiesTheUnits() throws Exception {
    Path tool = Path.of("/usr/bin/systemd-analyze");
    if (!Files.isExecutable(tool)) {
      System.err.println(
          "HomeDeviceDocsTest: SKIPPED: systemd-analyze is not installed, so the unit files were not verified");
      Assumptions.abort("systemd-analyze is not installed");
    }
    // the units start ~/limber/limber; here that is this checkout's launcher, which exists
    Path home = Files.createDirectories(dir.resolve("home"));
    Files.createSymbolicLink(home.resolve("limber"), Path.of("").toAbsolutePath());
    Path runtime = Files.createDirectories(dir.resolve("runtime"));
    List<String> command = new ArrayList<>(List.of(tool.toString(), "verify", "--user"));
    for (String name : NAMES) {
      Path copy = Files.createDirectories(dir.resolve("units")).resolve(name);
      Files.copy(UNITS.resolve(name), copy);
      command.add(copy.toString());
    }
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("HOME", home.toString());
    builder.environment().put("XDG_RUNTIME_DIR", runtime.toString());
    Files.setPosixFilePermissions(
        runtime, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(output)
        .as("systemd-analyze verify said")
        .isEmpty(); // an unknown key is only a warning
    assertThat(process.exitValue()).isZero();
  }
}
