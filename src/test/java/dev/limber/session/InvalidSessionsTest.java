package dev.limber.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.cli.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each {@code invalid/NAME.json} has one fault, and {@code NAME.expected} holds the
 * exact line {@code limber validate} must print for it.
 */
class InvalidSessionsTest {
  private static final Path INVALID = Path.of("src/test/resources/invalid");
  private static final Path VALID = Path.of("src/test/resources/valid");

  static Stream<Path> invalidFiles() throws IOException {
    return jsonFiles(INVALID);
  }

  static Stream<Path> validFiles() throws IOException {
    return jsonFiles(VALID);
  }

  @ParameterizedTest
  @MethodSource("invalidFiles")
  void eachMalformedFileGivesOneClearLineAndStatus65(Path file) throws IOException {
    String expected =
        Files.readString(
            Path.of(file.toString().replaceFirst("\\.json$", ".expected")), StandardCharsets.UTF_8);

    CliRun run = CliRun.of(Map.of(), "validate", file.toString());

    assertThat(run.status()).isEqualTo(65);
    assertThat(run.err()).isEqualTo(expected);
    assertThat(run.err().lines())
        .hasSize(1)
        .allMatch(
            line -> line.matches("\\Q" + file + "\\E:\\d+:\\d+: \\S+: .+"),
            "FILE:LINE:COL: path: message");
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
  }

  @ParameterizedTest
  @MethodSource("validFiles")
  void edgeCasesThatAreValidAreAccepted(Path file) {
    CliRun run = CliRun.of(Map.of(), "validate", file.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith(file + ": ok: ");
  }

  private static Stream<Path> jsonFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }
}
