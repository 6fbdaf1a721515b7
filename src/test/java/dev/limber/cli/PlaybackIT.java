package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.speech.VoiceSettings;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plays through the real javax.sound path into a captured ALSA device: an .asoundrc whose default
 * PCM is ALSA's file plugin over its null device, picked up through HOME of a forked JVM. What the
 * device played must be what rendering gives, with pauses and skips exactly where they were.
 */
class PlaybackIT {
  private static final String SESSION = "desk-break";

  @TempDir static Path home;
  static Path recording;
  static short[] rendered;

  @BeforeAll
  static void captureDeviceAndRender() throws IOException {
    recording = home.resolve("played.raw");
    Files.writeString(
        home.resolve(".asoundrc"),
        "pcm.!default {\n  type file\n  slave.pcm \"null\"\n  file \""
            + recording
            + "\"\n  format \"raw\"\n}\n");
    CliRun render =
        CliRun.of(env(), "render", SESSION, "-o", home.resolve("render.wav").toString());
    assertThat(render.status()).as(render.err()).isZero();
    rendered =
        samples(
            Arrays.copyOfRange(
                Files.readAllBytes(home.resolve("render.wav")),
                44,
                (int) Files.size(home.resolve("render.wav"))));
  }

  static Map<String, String> env() {
    return Map.of("LIMBER_HOME", home.resolve("limber").toString(), "HOME", home.toString());
  }

  @Test
  void playingSoundsExactlyLikeRenderingThenATailOfSilence() throws Exception {
    Files.deleteIfExists(recording);
    String out = fork(Main.class.getName(), "play", SESSION, "--plain");

    assertThat(out)
        .contains("Step 1 of 5", "Done: Desk break, ")
        .doesNotContain("playing silently");
    short[] played = samples(Files.readAllBytes(recording));
    assertThat(Arrays.copyOfRange(played, 0, rendered.length)).isEqualTo(rendered);
    assertThat(Arrays.copyOfRange(played, rendered.length, played.length))
        .hasSizeGreaterThanOrEqualTo(1_600)
        .containsOnly((short) 0);
  }

  @Test
  void headlessPlayPrintsNothingPlaysEverythingAndIsLogged() throws Exception {
    Files.deleteIfExists(recording);
    Forked run = forked(Main.class.getName(), "play", SESSION, "--headless");

    assertThat(run.status()).isZero();
    assertThat(run.out()).as("nothing on success").isEmpty();
    assertThat(Files.size(recording))
        .as("the whole session went to the device")
        .isGreaterThanOrEqualTo(rendered.length * 2L);
    CliRun history = CliRun.of(env(), "history", "--json");
    assertThat(history.out())
        .contains("\"origin\" : \"headless\"")
        .contains("\"outcome\" : \"completed\"");
  }

  @Test
  void limberAloneInAScriptPlaysTheDefaultSession() throws Exception {
    Files.deleteIfExists(recording);
    String out = fork(Main.class.getName());

    assertThat(out).startsWith("Lower back basics: 8 steps").contains("Done: Lower back basics, ");
    assertThat(Files.size(recording))
        .as("twelve minutes of audio went to the device")
        .isGreaterThan(12L * 60 * 16_000 * 2);
  }

  @Test
  void aPauseAndASkipShowUpInTheRecordingWhereTheyShould() throws Exception {
    Files.deleteIfExists(recording);
    String out = fork(ScriptedPlay.class.getName(), SESSION, "40", "200", "70");
    long[] pause = numbers(out, "pause");
    long[] resume = numbers(out, "resume");
    long[] skip = numbers(out, "skip");
    List<String> notices =
        out.lines().filter(l -> l.startsWith("notice ")).map(l -> l.substring(7)).toList();
    assertThat(notices).hasSize(3).startsWith("Paused.", "Resumed.");
    String skipWords = notices.get(2);
    assertThat(skipWords).matches("Skipping to .+\\.");
    short[] played = samples(Files.readAllBytes(recording));
    short[] paused;
    short[] ready;
    short[] skipping;
    Context context = new Context(env(), Path.of(""), null, null, null, null, false, false);
    try (Speaker speaker = new Speaker(context)) {
      // answers to keys are at the session's mastered level, like everything else it says
      dev.limber.engine.Program.Phrases phrases =
          speaker
              .program(
                  context.catalog().resolve(SESSION).session(),
                  dev.limber.timeline.TimelineSettings.DEFAULT,
                  VoiceSettings.DEFAULT)
              .phrases();
      paused = phrases.say("Paused.").samples();
      ready = phrases.say("Resumed.").samples();
      skipping = phrases.say(skipWords).samples();
    }

    Cursor c = new Cursor(played);
    c.expect("the session up to the pause", Arrays.copyOfRange(rendered, 0, (int) pause[0]));
    c.expect("\"Paused.\"", paused);
    c.skipSilenceBefore(ready);
    assertThat(c.at).as("paused for the 200 blocks (2 s) the script waited").isEqualTo(resume[1]);
    c.expect("\"Resumed.\"", ready);
    c.expect(
        "the session from where it paused to the skip",
        Arrays.copyOfRange(rendered, (int) resume[0], (int) skip[0]));
    c.expect("\"" + skipWords + "\"", skipping);
    c.expect(
        "the rest of the session from the next step",
        Arrays.copyOfRange(rendered, (int) skip[1], rendered.length));
    assertThat(Arrays.copyOfRange(played, c.at, played.length)).containsOnly((short) 0);
  }

  /** Walks a recording, checking that each expected piece comes next. */
  private static final class Cursor {
    final short[] played;
    int at;

    Cursor(short[] played) {
      this.played = played;
    }

    void expect(String what, short[] piece) {
      assertThat(at + piece.length).as("room for " + what).isLessThanOrEqualTo(played.length);
      assertThat(Arrays.copyOfRange(played, at, at + piece.length))
          .as(what + " at frame " + at)
          .isEqualTo(piece);
      at += piece.length;
    }

    /**
     * Skips the silence up to {@code next}, which may itself begin with a few zeros: every clip
     * fades in from zero.
     */
    void skipSilenceBefore(short[] next) {
      int start = at;
      while (at < played.length && played[at] == 0) {
        at++;
      }
      int leadingZeros = 0;
      while (leadingZeros < next.length && next[leadingZeros] == 0) {
        leadingZeros++;
      }
      at -= Math.min(leadingZeros, at - start);
      assertThat(at - start).as("silence while paused").isGreaterThan(16_000);
    }
  }

  @Test
  void aBadSessionIsOneLineAndNotASound() throws Exception {
    // the card opens while the session loads, but nothing may play (not even the chime) until
    // the session is known to be good
    Files.deleteIfExists(recording);
    Path bad = home.resolve("bad.json");
    Files.writeString(bad, "{\"version\": 1, \"title\": \"Bad\"\n");
    Forked run = forked(Main.class.getName(), "play", bad.toString(), "--plain");

    assertThat(run.status()).isEqualTo(65);
    assertThat(run.out().lines().toList()).hasSize(1).allMatch(l -> l.startsWith(bad + ":"));
    assertThat(!Files.exists(recording) || Files.size(recording) == 0)
        .as("nothing was played")
        .isTrue();
  }

  @Test
  void theCapturedCardIsListedAndChosenByPartOfItsName() throws Exception {
    Files.deleteIfExists(recording);
    assertThat(fork(Main.class.getName(), "devices")).startsWith("* null [default]");
    fork(Main.class.getName(), "say", "Hello.", "--device", "DEFAULT");

    assertThat(Files.size(recording)).as("the phrase went to the card").isGreaterThan(16_000);
  }

  private record Forked(int status, String out) {}

  private static String fork(String mainClass, String... args) throws Exception {
    Forked run = forked(mainClass, args);
    assertThat(run.status()).as(run.out()).isZero();
    return run.out();
  }

  private static Forked forked(String mainClass, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                mainClass));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    builder.environment().putAll(env());
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Forked(process.exitValue(), out);
  }

  private static long[] numbers(String out, String key) {
    String line =
        out.lines()
            .filter(l -> l.startsWith(key + " "))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no " + key + " in " + out));
    return Arrays.stream(line.substring(key.length() + 1).split(" "))
        .mapToLong(Long::parseLong)
        .toArray();
  }

  private static short[] samples(byte[] bytes) {
    short[] s = new short[bytes.length / 2];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(s);
    return s;
  }
}
