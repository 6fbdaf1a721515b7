package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run with no usable sound card, in a forked JVM: captions and timing go on, paced by the clock;
 * keys arrive on standard input; a signal stops the run cleanly with status 130.
 */
class NoDeviceIT {
  private static final String TINY = "src/test/resources/sessions/tiny.json";

  @TempDir Path home;

  private Process start(String... args) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("LIMBER_HOME", home.toString());
    // an empty ALSA configuration: no device at all, even on a machine that has a sound card
    Path empty = home.resolve("empty-alsa.conf");
    if (!java.nio.file.Files.exists(empty)) {
      java.nio.file.Files.createFile(empty);
    }
    builder.environment().put("ALSA_CONFIG_PATH", empty.toString());
    return builder.start();
  }

  private static String read(Process p, java.io.InputStream in) throws Exception {
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }

  @Test
  void withoutADeviceItWarnsOnceAndPlaysSilentlyInRealTime() throws Exception {
    CliRun render =
        CliRun.of(
            java.util.Map.of("LIMBER_HOME", home.toString()),
            "render",
            TINY,
            "-o",
            home.resolve("t.wav").toString());
    assertThat(render.status()).isZero();
    long seconds = (java.nio.file.Files.size(home.resolve("t.wav")) - 44) / 2 / 16_000;

    long started = System.nanoTime();
    Process p = start("play", TINY, "--plain");
    p.getOutputStream().close();
    String out = read(p, p.getInputStream());
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    double took = (System.nanoTime() - started) / 1e9;

    assertThat(p.exitValue()).isZero();
    assertThat(err).isEqualTo("limber: no audio device found; playing silently, with captions\n");
    assertThat(out.lines().findFirst().orElseThrow()).contains("No sound: captions only.");
    assertThat(out)
        .contains(
            "Step 1 of 3: Reach", "Step 3 of 3: Rest, hold 3 seconds (no sound)", "Done: Tiny, ");
    assertThat(took).as("paced like a sound card").isGreaterThanOrEqualTo(seconds);
  }

  @Test
  void headlessWithoutADeviceFailsWithStatus69() throws Exception {
    Process p = start("play", TINY, "--headless", "--device", "no-such-card");
    String out = read(p, p.getInputStream());
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(p.exitValue()).isEqualTo(69);
    assertThat(out).isEmpty();
    assertThat(err)
        .isEqualTo(
            "limber: no audio device matches \"no-such-card\" (see "
                + "'limber devices'); a headless run needs a sound card\n");
  }

  @Test
  void aDeviceNamedThatIsNotThereIsAnErrorEvenWithCaptions() throws Exception {
    Process p = start("play", TINY, "--plain", "--device", "no-such-card");
    String out = read(p, p.getInputStream());
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(p.exitValue()).isEqualTo(69);
    assertThat(out).isEmpty();
    assertThat(err)
        .isEqualTo("limber: no audio device matches \"no-such-card\" (see 'limber devices')\n");
  }

  @Test
  void keysOnStandardInputAreObeyedAndAcknowledged() throws Exception {
    Process p = start("play", TINY, "--plain");
    java.io.BufferedReader lines =
        new java.io.BufferedReader(
            new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder out = new StringBuilder(lines.readLine()).append('\n'); // the session is loaded
    OutputStream keys = p.getOutputStream();
    // a key waits until the phrases that answer keys are made, a moment after the session starts
    keys.write('n');
    keys.flush();
    for (String line = ""; line != null && !line.startsWith("Skipping to"); ) {
      line = lines.readLine();
      out.append(line).append('\n');
    }
    keys.write('q');
    keys.flush();
    out.append(read(p, p.getInputStream()));

    assertThat(p.exitValue()).isZero();
    assertThat(out.toString())
        .containsPattern("Skipping to (Reach|Bend|Rest)\\.")
        .contains("Stopped");
  }

  @Test
  void repeatWhereAndHelpAnswerInTheHoldAsTheReadmeSays() throws Exception {
    Process p =
        start("play", "src/test/resources/sessions/one-long-step.json", "--plain", "--verbose");
    java.io.BufferedReader lines =
        new java.io.BufferedReader(
            new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    List<String> seen = new ArrayList<>();
    for (String line = ""; line != null && !line.equals("Get into position."); ) {
      line = lines.readLine();
      seen.add(line);
    }
    OutputStream keys = p.getOutputStream();
    keys.write("ri?q".getBytes(StandardCharsets.US_ASCII));
    keys.flush();
    for (String line; (line = lines.readLine()) != null; ) {
      seen.add(line);
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

    // r in the preparation says the instruction again, not "Get into position."
    assertThat(seen)
        .containsSubsequence(
            "Hug both knees to your chest.",
            "Get into position.",
            "Hug both knees to your chest.",
            "Step 1 of 2: Knee hug. Next: Rest. About 2 minutes left.",
            dev.limber.engine.KeyTable.spoken(),
            "Stopped.");
    assertThat(seen.get(seen.size() - 1))
        .startsWith("Stopped at step 1 of 2, Knee hug: 0 steps done,");
    assertThat(p.exitValue()).isZero();
  }

  @Test
  void aSignalStopsPlaybackCleanlyWithStatus130() throws Exception {
    Process p = start("play", TINY, "--plain");
    Thread.sleep(2_000);
    new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
    String out = read(p, p.getInputStream());

    assertThat(p.exitValue()).isEqualTo(130);
    assertThat(out).contains("Stopped");
  }

  @Test
  void theSavedRateIsTheDefaultAndTheCommandLineWins() throws Exception {
    java.nio.file.Files.writeString(home.resolve("config.json"), "{\"rate\": 120}");

    assertThat(answerToPlus()).contains("Faster, 135.");
    assertThat(answerToPlus("--rate", "150")).contains("Faster, 165.");
  }

  /** Plays one-long-step in plain mode, presses + once it has begun, then q; returns every line. */
  private List<String> answerToPlus(String... options) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of("play", "src/test/resources/sessions/one-long-step.json", "--plain"));
    args.addAll(List.of(options));
    Process p = start(args.toArray(String[]::new));
    java.io.BufferedReader lines =
        new java.io.BufferedReader(
            new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    List<String> seen = new ArrayList<>();
    OutputStream keys = p.getOutputStream();
    for (String line; (line = lines.readLine()) != null; ) {
      seen.add(line);
      if (line.startsWith("One long step:")) {
        keys.write('+');
        keys.flush();
      } else if (line.startsWith("Faster")) {
        keys.write('q');
        keys.flush();
      }
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return seen;
  }
}
