package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs and outputs a clumsy user or an attacker would give: each ends with one line and a
 * sysexits status.
 */
class HostileInputsTest {
  private static final String TINY = "src/test/resources/sessions/tiny.json";
  private static final String LIMIT = "a session file may have at most 1048576 bytes (1 MiB)";

  @TempDir Path home;

  private Map<String, String> env() {
    return Map.of("LIMBER_HOME", home.toString());
  }

  @Test
  void anOutputOntoTheSessionBeingReadIsRefusedAndTheSessionSurvives() throws IOException {
    Path session = Files.copy(Path.of(TINY), home.resolve("mine.json"));
    byte[] before = Files.readAllBytes(session);
    Path link = Files.createSymbolicLink(home.resolve("link.wav"), session);

    CliRun direct = CliRun.of(env(), "render", session.toString(), "-o", session.toString());
    CliRun throughALink = CliRun.of(env(), "render", session.toString(), "-o", link.toString());
    CliRun timeline =
        CliRun.of(
            env(),
            "render",
            session.toString(),
            "-o",
            home.resolve("a.wav").toString(),
            "--timeline",
            session.toString());

    assertThat(direct.status()).isEqualTo(64);
    assertThat(direct.err())
        .isEqualTo(
            "limber: " + session + ": is the session being read; give another output file\n");
    assertThat(throughALink.status()).isEqualTo(64);
    assertThat(timeline.status()).isEqualTo(64);
    assertThat(Files.readAllBytes(session)).isEqualTo(before);
    assertThat(home.resolve("a.wav")).doesNotExist();
  }

  @Test
  void aSessionFoundByIdIsAnInputToo() throws IOException {
    Path session =
        Files.copy(
            Path.of(TINY),
            Files.createDirectories(home.resolve("sessions")).resolve("tiny-copy.json"));

    CliRun run = CliRun.of(env(), "render", "tiny", "-o", session.toString());

    assertThat(run.status()).isEqualTo(64);
    assertThat(session).hasSameBinaryContentAs(Path.of(TINY));
  }

  @Test
  void theSameFileForAudioAndTimelineIsRefused() {
    CliRun run =
        CliRun.of(
            env(),
            "render",
            TINY,
            "-o",
            home.resolve("x").toString(),
            "--timeline",
            home.resolve("x").toString());

    assertThat(run.status()).isEqualTo(64);
    assertThat(run.err()).endsWith(": given for both the audio and the timeline; give two files\n");
  }

  @Test
  void binaryOutputIntoATerminalIsRefused() {
    CliRun render = CliRun.atTerminal(env(), "render", TINY, "-o", "-");
    CliRun say = CliRun.atTerminal(env(), "say", "Hello.", "-o", "-");

    for (CliRun run : new CliRun[] {render, say}) {
      assertThat(run.status()).isEqualTo(64);
      assertThat(run.err())
          .isEqualTo("limber: standard output is a terminal; redirect it or give a file\n");
      assertThat(run.stdout()).isEmpty();
    }
  }

  @Test
  void theTimelineGoesToStandardOutputWhenAskedFor() {
    CliRun run =
        CliRun.of(env(), "render", TINY, "-o", home.resolve("t.wav").toString(), "--timeline", "-");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(new String(run.stdout(), java.nio.charset.StandardCharsets.UTF_8))
        .startsWith("{")
        .contains("\"session\" : \"tiny\"");
    assertThat(Path.of("-")).doesNotExist();
    assertThat(CliRun.of(env(), "render", TINY, "-o", "-", "--timeline", "-").status())
        .isEqualTo(64);
  }

  @Test
  void aFullDeviceIsAnOutputFailureNamingIt() {
    CliRun render = CliRun.of(env(), "render", TINY, "-o", "/dev/full");
    CliRun say = CliRun.of(env(), "say", "Hello.", "-o", "/dev/full");

    assertThat(render.status()).isEqualTo(74);
    assertThat(render.err())
        .isEqualTo("limber: /dev/full: writing failed: No space left on device\n");
    assertThat(say.status()).isEqualTo(74);
    assertThat(say.err()).isEqualTo("limber: /dev/full: writing failed: No space left on device\n");
  }

  @Test
  void anEndlessDeviceAsASessionStopsAtTheLimit() {
    CliRun run = CliRun.of(env(), "validate", "/dev/zero");

    assertThat(run.status()).isEqualTo(65);
    assertThat(run.err())
        .isEqualTo("/dev/zero:1:1: $: the input goes on past 1048576 bytes; " + LIMIT + "\n");
  }

  @Test
  void anEndlessPipeAsASessionStopsAtTheLimit() throws Exception {
    Path fifo = home.resolve("endless.json");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    CompletableFuture<Void> writer =
        CompletableFuture.runAsync(
            () -> {
              try (OutputStream out = Files.newOutputStream(fifo)) {
                byte[] spaces =
                    " ".repeat(8192).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                while (true) {
                  out.write(spaces);
                }
              } catch (IOException e) {
                // the reader stopped reading: the pipe is broken, as it should be
              }
            });

    CliRun run =
        CliRun.of(env(), "render", fifo.toString(), "-o", home.resolve("never.wav").toString());

    assertThat(run.status()).isEqualTo(65);
    assertThat(run.err())
        .isEqualTo(fifo + ":1:1: $: the input goes on past 1048576 bytes; " + LIMIT + "\n");
    writer.get();
    assertThat(home.resolve("never.wav")).doesNotExist();
  }

  @Test
  void numbersBeyondAnyRangeAreBadDataWithTheirPlace() throws IOException {
    Path file = home.resolve("huge.json");
    for (String number :
        new String[] {"1e2147483648", "-0.0e-9999999999", "1E+99999999999999999999"}) {
      Files.writeString(
          file,
          "{\"format\": 1, \"id\": \"b\", \"title\": \"B\", \"steps\": [{\"name\": \"X\", \"hold\": "
              + number
              + "}]}");

      CliRun run = CliRun.of(env(), "validate", file.toString());

      assertThat(run.status()).as(number).isEqualTo(65);
      assertThat(run.err())
          .startsWith(file + ":1:72: steps[0].hold: the number ")
          .endsWith(" is far out of range; write a whole number\n");
    }
    Files.writeString(
        file,
        "{\"format\": 1, \"id\": \"b\", \"title\": \"B\", \"steps\": [{\"name\": \"X\", \"hold\": "
            + "9".repeat(400)
            + "}]}");
    assertThat(CliRun.of(env(), "validate", file.toString()).err())
        .isEqualTo(file + ":1:72: steps[0].hold: a number is far too long: 400 characters\n");
  }

  @Test
  void badFilesInASessionsFolderNeverHideTheGoodOnesAndTheirNamesAreEscaped() throws Exception {
    Path folder = Files.createDirectories(home.resolve("sessions"));
    Files.writeString(
        folder.resolve("good.json"),
        "{\"format\": 1, \"id\": \"good-one\", \"title\": \"Good\", \"steps\": [{\"name\": \"X\", \"hold\": 20}]}");
    Files.writeString(
        folder.resolve("exponent.json"),
        "{\"format\": 1, \"id\": \"e\", \"title\": \"E\", \"steps\": [{\"name\": \"X\", \"hold\": 1e2147483648}]}");
    Files.writeString(folder.resolve("evil\u001b[2J\n.json"), "{");
    Files.write(folder.resolve("big.json"), new byte[(1 << 20) + 1]);
    Files.createSymbolicLink(folder.resolve("zero.json"), Path.of("/dev/zero"));
    assertThat(
            new ProcessBuilder("mkfifo", folder.resolve("pipe.json").toString()).start().waitFor())
        .isZero();

    CliRun list = CliRun.of(env(), "list");
    CliRun byId = CliRun.of(env(), "render", "good-one", "-o", home.resolve("good.wav").toString());

    assertThat(list.status()).as(list.err()).isZero();
    assertThat(list.out()).containsPattern("good-one +\\d+:\\d\\d +Good +user");
    assertThat(list.err())
        .doesNotContain("\u001b")
        .contains("limber: skipped " + folder + "/evil\\u001b[2J\\n.json:1:2: $: ")
        .contains("exponent.json:1:72: steps[0].hold: the number 1e2147483648 is far out of range")
        .contains("big.json:1:1: $: the file is 1048577 bytes");
    assertThat(list.err().lines()).allMatch(l -> l.startsWith("limber: skipped ")).hasSize(3);
    assertThat(byId.status()).as(byId.err()).isZero();
  }

  @Test
  void aLimberHomeThatIsAFileIsRefusedInOneLine() throws IOException {
    Path file = Files.writeString(home.resolve("not-a-folder"), "");

    CliRun run =
        CliRun.of(
            Map.of("LIMBER_HOME", file.toString()),
            "render",
            TINY,
            "-o",
            home.resolve("x.wav").toString());

    assertThat(run.status()).isEqualTo(64);
    assertThat(run.err()).isEqualTo("limber: LIMBER_HOME=" + file + " is a file, not a folder\n");
  }

  @Test
  void aCacheInsideASessionsFolderIsRefusedInOneLine() {
    Path config = home.resolve("config");
    Map<String, String> env =
        Map.of(
            "HOME",
            home.toString(),
            "XDG_CONFIG_HOME",
            config.toString(),
            "XDG_CACHE_HOME",
            config.resolve("limber/sessions").toString());

    CliRun run = CliRun.of(env, "list");

    assertThat(run.status()).isEqualTo(64);
    assertThat(run.err())
        .isEqualTo(
            "limber: the cache folder "
                + config.resolve("limber/sessions/limber")
                + " is inside the sessions folder "
                + config.resolve("limber/sessions")
                + "; set LIMBER_HOME or the XDG folders elsewhere\n");
  }

  @Test
  void aRecordingToListenToThatIsNoWavIsOneLineAndNeverLoadsTheModel() throws IOException {
    Path text = home.resolve("notes.wav");
    Files.writeString(text, "not audio");
    Path cut = home.resolve("cut.wav");
    Files.write(cut, java.util.Arrays.copyOf("RIFF\0\0\0\0WAVEfmt ".getBytes(), 20));
    Path folder = Files.createDirectory(home.resolve("folder.wav"));
    for (Path bad : new Path[] {text, cut, folder, home.resolve("none.wav")}) {
      CliRun run = CliRun.of(env(), "listen", "--fast", "--from", bad.toString());
      assertThat(run.status()).as(bad.toString()).isEqualTo(bad == text || bad == cut ? 65 : 66);
      assertThat(run.err()).as(bad.toString()).startsWith("limber: " + bad + ": ").hasLineCount(1);
    }
    assertThat(CliRun.of(env(), "listen", "--from", folder.toString()).err())
        .isEqualTo("limber: " + folder + ": is a folder, not a WAV file\n");
  }
}
