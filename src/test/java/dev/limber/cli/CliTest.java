package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir Path home;

  private Map<String, String> env() {
    return Map.of("LIMBER_HOME", home.toString());
  }

  @Test
  void validateAcceptsEveryBundledSession() {
    CliRun run =
        CliRun.of(
            env(), "validate", "sessions/lower-back-basics.json", "sessions/breathing-relax.json");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            "sessions/lower-back-basics.json: ok: lower-back-basics, 8 steps\n"
                + "sessions/breathing-relax.json: ok: breathing-relax, 3 steps\n");
  }

  @Test
  void validateChecksEveryFileAndAMissingOneWins() throws IOException {
    Path bad = home.resolve("bad.json");
    Files.writeString(
        bad,
        "{\"format\": 1, \"id\": \"b\", \"title\": \"B\", \"steps\": [{\"name\": \"X\", \"hold\": 0}]}");

    CliRun run =
        CliRun.of(env(), "validate", bad.toString(), "nope.json", "sessions/desk-break.json");

    assertThat(run.status()).isEqualTo(66);
    assertThat(run.err())
        .isEqualTo(
            bad
                + ":1:72: steps[0].hold: must be a whole number of seconds from 1 to 600, found 0\n"
                + "limber: nope.json: no such file\n");
    assertThat(run.out()).isEqualTo("sessions/desk-break.json: ok: desk-break, 5 steps\n");
  }

  @Test
  void validateRefusesAFolder() {
    CliRun run = CliRun.of(env(), "validate", "sessions");

    assertThat(run.status()).isEqualTo(66);
    assertThat(run.err()).isEqualTo("limber: sessions: is a folder, not a session file\n");
  }

  @Test
  void listShowsBundledProjectAndUserSessionsOnce() throws IOException {
    Files.createDirectories(home.resolve("sessions"));
    Files.writeString(
        home.resolve("sessions/mine.json"),
        "{\"format\": 1, \"id\": \"my-evening\", \"title\": \"My "
            + "evening\", \"steps\": [{\"name\": \"X\", \"hold\": 20}]}");
    Files.writeString(home.resolve("sessions/broken.json"), "{");

    CliRun run = CliRun.of(env(), "list");

    assertThat(run.status()).isZero();
    assertThat(run.out().lines())
        .hasSize(5)
        .anyMatch(l -> l.matches("lower-back-basics +\\S.* +\\./sessions"))
        .anyMatch(l -> l.matches("my-evening +\\d+:\\d\\d +My evening +user"));
    assertThat(run.err())
        .startsWith("limber: skipped " + home.resolve("sessions/broken.json") + ":1:2: $: ");
    CliRun byId =
        CliRun.of(env(), "render", "my-evening", "-o", home.resolve("mine.wav").toString());
    assertThat(byId.status()).as("found by the id inside mine.json").isZero();
  }

  @Test
  void aSessionIsFoundByIdOrByPath() {
    assertThat(
            CliRun.of(
                    env(),
                    "render",
                    "desk-break",
                    "--timeline",
                    home.resolve("a.json").toString(),
                    "-o",
                    home.resolve("a.wav").toString())
                .status())
        .isZero();
    assertThat(
            CliRun.of(
                    env(),
                    "render",
                    "sessions/desk-break.json",
                    "-o",
                    home.resolve("b.wav").toString())
                .status())
        .isZero();
    assertThat(home.resolve("a.json")).content().contains("\"session\" : \"desk-break\"");
    CliRun missing = CliRun.of(env(), "play", "no-such-session");
    assertThat(missing.status()).isEqualTo(66);
    assertThat(missing.err())
        .isEqualTo(
            "limber: no-such-session: no such session file or session id (see 'limber list')\n");
  }

  @Test
  void badUsageIsOneLineAndStatus64() {
    CliRun run = CliRun.of(env(), "validate", "--frobnicate", "sessions/desk-break.json");

    assertThat(run.status()).isEqualTo(64);
    assertThat(run.err())
        .isEqualTo("limber: Unknown option: '--frobnicate' (see 'limber validate --help')\n");
  }

  @Test
  void helpAndVersionAnswer() {
    CliRun help = CliRun.of(env(), "--help");
    assertThat(help.status()).isZero();
    assertThat(help.out()).contains("Usage: limber", "validate", "list", "play", "65");
    CliRun version = CliRun.of(env(), "--version");
    assertThat(version.status()).isZero();
    assertThat(version.out()).startsWith("limber ");
  }

  @Test
  void helpOptionsBeforeTheSubcommandAndTyposAllWork() {
    CliRun playHelp = CliRun.of(env(), "play", "--help");
    assertThat(playHelp.status()).isZero();
    assertThat(playHelp.out()).contains("Usage: limber play", "--device");
    CliRun optionFirst = CliRun.of(env(), "--debug", "validate", "sessions/desk-break.json");
    assertThat(optionFirst.status()).as(optionFirst.err()).isZero();
    CliRun typo = CliRun.of(env(), "valdate", "sessions/desk-break.json");
    assertThat(typo.status()).isEqualTo(64);
    assertThat(typo.err())
        .isEqualTo(
            "limber: Unmatched arguments from index 0: 'valdate', 'sessions/desk-break.json'; "
                + "did you mean validate or listen? (see 'limber --help')\n");
  }

  @Test
  void aBrokenConfigIsNamedInOneLineKeptAsBadAndPlayGoesOn() throws IOException {
    Files.writeString(home.resolve("config.json"), "{\"rate\": ");
    CliRun run = CliRun.of(env(), "play", "no-such-session");

    assertThat(run.status()).isEqualTo(66);
    assertThat(run.err().lines())
        .hasSize(2)
        .first()
        .asString()
        .startsWith("limber: " + home.resolve("config.json") + ": ")
        .endsWith("; ignored, kept as config.json.bad");
    assertThat(home.resolve("config.json.bad")).hasContent("{\"rate\": ");
  }

  @Test
  void anUnknownThemeIsBadUsage() {
    CliRun run = CliRun.of(env(), "play", "--theme", "pink", "desk-break");

    assertThat(run.status()).isEqualTo(64);
    assertThat(run.err()).isEqualTo("limber: no theme 'pink': expected default or high-contrast\n");
  }
}
