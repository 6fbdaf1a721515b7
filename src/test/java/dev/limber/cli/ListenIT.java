package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code limber listen --from} on recordings made here with flite's and espeak-ng's voices: each
 * command found at its time, in a quiet room, with reverb and in noise; Limber's own rendered
 * session, through the gate, gives no command. Decoded with --fast: detection does not depend on
 * pacing, and the suite stays short.
 */
class ListenIT {
  private static final String[] COMMANDS = {
    "pause", "resume", "next", "back", "repeat", "where", "stop", "yes"
  };

  @TempDir static Path dir;
  static Map<String, String> env;
  static List<Recordings.Expected> expected;
  static Path quiet;

  @BeforeAll
  static void record() throws Exception {
    env = Map.of("LIMBER_HOME", dir.resolve("home").toString());
    Recordings r = new Recordings(dir).quiet(1.5);
    for (String voice : new String[] {"flite:slt", "flite:rms"}) {
      for (String c : COMMANDS) {
        r.say(voice, c).quiet(2.5);
      }
    }
    expected = r.expected();
    quiet = r.write("quiet.wav");
  }

  /** The commands {@code listen} printed: time and word. */
  private static List<JsonNode> listen(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("listen", "--json", "--fast"));
    all.addAll(List.of(args));
    CliRun run = CliRun.of(env, all.toArray(String[]::new));
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    List<JsonNode> heard = new ArrayList<>();
    for (String line : run.out().lines().toList()) {
      heard.add(new ObjectMapper().readTree(line));
    }
    return heard;
  }

  /** How many of the commands said were heard within a second of where their words end. */
  private static long found(List<JsonNode> heard) {
    return expected.stream()
        .filter(
            e ->
                heard.stream()
                    .anyMatch(
                        h ->
                            h.get("command").asText().equals(e.command())
                                && Math.abs(h.get("time").asDouble() - e.end()) < 1.0))
        .count();
  }

  @Test
  void inAQuietRoomEveryCommandIsFoundAtItsTimeAndNothingElse() throws Exception {
    List<JsonNode> heard = listen("--from", quiet.toString());
    assertThat(found(heard)).as("%s", heard).isEqualTo(expected.size());
    assertThat(heard).hasSameSizeAs(expected);
  }

  @Test
  void theTextOutputIsOneLineACommandWithItsTime() throws Exception {
    CliRun run = CliRun.of(env, "listen", "--fast", "--from", quiet.toString());
    assertThat(run.status()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines)
        .hasSameSizeAs(expected)
        .allMatch(l -> l.matches("\\d\\d:\\d\\d\\.\\d [a-z]+"));
    assertThat(lines.get(0)).endsWith(" pause");
    assertThat(lines.get(1)).endsWith(" resume");
    String at = lines.get(0).split(" ")[0];
    double first = Integer.parseInt(at.substring(0, 2)) * 60 + Double.parseDouble(at.substring(3));
    assertThat(first).isCloseTo(expected.get(0).end(), within(1.0));
  }

  @Test
  void withReverbAndInNoiseMostCommandsAreStillFound() throws Exception {
    Path reverb = new Recordings(dir).sox(quiet, "reverb.wav", "reverb", "50", "50", "80");
    assertThat(found(listen("--from", reverb.toString())))
        .as("reverb")
        .isGreaterThanOrEqualTo(expected.size() * 3 / 4);
    Recordings r = new Recordings(dir);
    Path noise = r.sox(quiet, "noise.wav", "synth", "pinknoise", "vol", "0.03");
    Path noisy = dir.resolve("noisy.wav");
    Recordings.run(
        List.of("sox", "-R", "-m", quiet.toString(), noise.toString(), noisy.toString()));
    assertThat(found(listen("--from", noisy.toString())))
        .as("pink noise about 20 dB under the voice")
        .isGreaterThanOrEqualTo(expected.size() / 2);
  }

  @Test
  void limbersOwnSessionThroughTheGateGivesNoCommandButAUserInItsSilenceIsHeard() throws Exception {
    Path wav = dir.resolve("desk-break.wav");
    Path timeline = dir.resolve("desk-break.json");
    CliRun render =
        CliRun.of(
            env, "render", "desk-break", "-o", wav.toString(), "--timeline", timeline.toString());
    assertThat(render.status()).as(render.err()).isZero();
    // the session as the microphone hears it: its own sound, a noise floor, and one user who says
    // "limber pause" in a silent stretch and "limber next" over the voice
    JsonNode events = new ObjectMapper().readTree(timeline.toFile()).get("events");
    short[] session = dev.limber.audio.Wav.read(Files.readAllBytes(wav)).samples();
    Recordings r = new Recordings(dir);
    short[] pause = r.speak("flite:slt", "limber pause");
    short[] next = r.speak("flite:slt", "limber next");
    long silent = silentStretch(events, 4 * Recordings.RATE);
    long spoken = phrase(events, 3 * Recordings.RATE);
    add(session, pause, silent + Recordings.RATE);
    add(session, next, spoken);
    Path mixed = dir.resolve("desk-break-mic.wav");
    try (var out = Files.newOutputStream(mixed)) {
      dev.limber.audio.Wav.write(new dev.limber.audio.Pcm(session), out);
    }
    Path heard = r.sox(mixed, "desk-break-floor.wav", "dither", "-s");

    List<JsonNode> commands = listen("--from", heard.toString(), "--own", timeline.toString());
    assertThat(commands).as("only the user's pause, in the silence").hasSize(1);
    assertThat(commands.get(0).get("command").asText()).isEqualTo("pause");
    assertThat(commands.get(0).get("time").asDouble())
        .isCloseTo(
            (silent + Recordings.RATE + pause.length) / (double) Recordings.RATE,
            org.assertj.core.api.Assertions.within(1.0));
  }

  @Test
  void aFileThatIsNotAWavIsOneLineAndStatus65AndAMissingOne66() throws Exception {
    Path text = dir.resolve("notes.wav");
    Files.writeString(text, "not audio");
    CliRun bad = CliRun.of(env, "listen", "--from", text.toString());
    assertThat(bad.status()).isEqualTo(65);
    assertThat(bad.err()).isEqualTo("limber: " + text + ": not a WAV file\n");
    CliRun missing = CliRun.of(env, "listen", "--from", dir.resolve("none.wav").toString());
    assertThat(missing.status()).isEqualTo(66);
    assertThat(missing.err()).endsWith("none.wav: no such file\n");
    CliRun usage = CliRun.of(env, "listen", "--fast");
    assertThat(usage.status()).isEqualTo(64);
  }

  /** The start of a stretch of at least {@code frames} with no sound of the session's own. */
  private static long silentStretch(JsonNode events, long frames) {
    long lastEnd = 0;
    List<long[]> spans = new ArrayList<>();
    for (JsonNode e : events) {
      if (!e.get("kind").asText().equals("phase")) {
        spans.add(new long[] {e.get("startFrame").asLong(), e.get("endFrame").asLong()});
      }
    }
    spans.sort((a, b) -> Long.compare(a[0], b[0]));
    for (long[] s : spans) {
      if (s[0] - lastEnd >= frames && lastEnd > 0) {
        return lastEnd;
      }
      lastEnd = Math.max(lastEnd, s[1]);
    }
    throw new AssertionError("no silent stretch in the session");
  }

  /** The start of a spoken phrase at least {@code frames} long. */
  private static long phrase(JsonNode events, long frames) {
    for (JsonNode e : events) {
      if (e.get("kind").asText().equals("instruction")
          && e.get("endFrame").asLong() - e.get("startFrame").asLong() >= frames) {
        return e.get("startFrame").asLong();
      }
    }
    throw new AssertionError("no long instruction in the session");
  }

  private static void add(short[] into, short[] words, long at) {
    for (int i = 0; i < words.length && at + i < into.length; i++) {
      int v = into[(int) at + i] + words[i] / 2;
      into[(int) at + i] = (short) Math.max(-32768, Math.min(32767, v));
    }
  }
}
