package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The serve command's usage, in memory; serving itself is tested in ServeIT and the remote package.
 */
class ServeCommandTest {
  @TempDir Path home;

  @Test
  void aPortOutOfRangeIsAUsageErrorAndMakesNoToken() {
    CliRun run = CliRun.of(Map.of("LIMBER_HOME", home.toString()), "serve", "--port", "70000");

    assertThat(run.status()).isEqualTo(64);
    assertThat(run.err()).isEqualTo("limber: --port must be from 1 to 65535, found 70000\n");
    assertThat(Files.exists(home.resolve("remote-token"))).isFalse();
  }

  @Test
  void helpTellsTheOptionsAndHowItEnds() {
    CliRun run = CliRun.of(Map.of("LIMBER_HOME", home.toString()), "serve", "--help");

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("--bind=ADDR", "--port=N", "--allow-silent", "--new-token", "exits 0");
  }
}
