package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.limber.audio.Levels;
import dev.limber.audio.Loudness;
import dev.limber.audio.Pcm;
import dev.limber.audio.Wav;
import dev.limber.catalog.Bundled;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the bundled sessions sound with the real voice: every clip at one loudness with soft edges,
 * each session mastered to -16 LUFS under -1 dBTP, instructions at the calibrated pace, and the
 * ambient bed the same bytes on every render.
 */
class SoundIT {
  @TempDir static Path dir;
  static Map<String, String> env;
  static final Map<String, short[]> WAVS = new LinkedHashMap<>();
  static final Map<String, JsonNode> TIMELINES = new HashMap<>();

  @BeforeAll
  static void renderEveryBundledSession() throws Exception {
    env = Map.of("LIMBER_HOME", dir.resolve("home").toString());
    for (String id : Bundled.SESSION_IDS) {
      for (String ambient : new String[] {"none", "session"}) {
        String name = id + "-" + ambient;
        CliRun run =
            ambient.equals("none")
                ? CliRun.of(
                    env,
                    "render",
                    id,
                    "-o",
                    dir.resolve(name + ".wav").toString(),
                    "--timeline",
                    dir.resolve(id + ".json").toString(),
                    "--ambient",
                    "none")
                : CliRun.of(env, "render", id, "-o", dir.resolve(name + ".wav").toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        WAVS.put(name, Wav.read(Files.readAllBytes(dir.resolve(name + ".wav"))).samples());
      }
      TIMELINES.put(id, new ObjectMapper().readTree(dir.resolve(id + ".json").toFile()));
    }
  }

  private static boolean speech(JsonNode e) {
    return !java.util.List.of("phase", "chime", "bell", "breath-tone", "step-sound")
        .contains(e.get("kind").asText());
  }

  @Test
  void everySpeechClipIsWithinOneLuOfTheSpeechLevelAndStartsAndEndsSoftly() {
    for (String id : Bundled.SESSION_IDS) {
      short[] s = WAVS.get(id + "-none");
      for (JsonNode e : TIMELINES.get(id).get("events")) {
        if (!speech(e)) {
          continue;
        }
        int start = e.get("startFrame").asInt();
        int end = e.get("endFrame").asInt();
        String what = id + ": \"" + e.get("text").asText() + "\" at " + start;
        assertThat(Loudness.integrated(s, start, end))
            .as(what)
            .isCloseTo(Levels.SPEECH, within(1.0));
        assertThat(Math.abs(s[start])).as(what + ", first sample").isLessThanOrEqualTo(8);
        assertThat(Math.abs(s[end - 1])).as(what + ", last sample").isLessThanOrEqualTo(8);
        // the pauses inside a phrase ("Next: Bridge.", a comma) are digital zero too
        for (int i = start + 1; i < end; i++) {
          boolean pauseEnds = s[i - 1] == 0 && zeros(s, i - PAUSE, i);
          boolean pauseStarts = s[i] == 0 && zeros(s, i, Math.min(end, i + PAUSE));
          if (pauseEnds || pauseStarts) {
            assertThat(Math.abs(pauseEnds ? s[i] : s[i - 1]))
                .as(what + ", at the pause inside it at " + i)
                .isLessThanOrEqualTo(8);
          }
        }
      }
    }
  }

  /** A pause inside a phrase is at least this long, where speech crosses zero for a sample. */
  private static final int PAUSE = (int) Pcm.frames(0.01);

  private static boolean zeros(short[] s, int from, int to) {
    for (int i = Math.max(0, from); i < to; i++) {
      if (s[i] != 0) {
        return false;
      }
    }
    return to - from == PAUSE;
  }

  @Test
  void everyRenderedSessionMeasuresMinus16LufsUnderMinus1Dbtp() {
    for (Map.Entry<String, short[]> wav : WAVS.entrySet()) {
      assertThat(Loudness.integrated(wav.getValue()))
          .as(wav.getKey())
          .isCloseTo(Levels.MASTER, within(1.0));
      assertThat(Loudness.truePeak(wav.getValue())).as(wav.getKey()).isLessThanOrEqualTo(-1.0);
    }
  }

  @Test
  void instructionsAreSpokenAtTheCalibratedRate() {
    // words over voiced time: each instruction's words over its clip's length, pauses inside it
    // included
    long frames = 0;
    int words = 0;
    for (String id : Bundled.SESSION_IDS) {
      for (JsonNode e : TIMELINES.get(id).get("events")) {
        if (e.get("kind").asText().equals("instruction")) {
          frames += e.get("endFrame").asLong() - e.get("startFrame").asLong();
          words += e.get("text").asText().trim().split("\\s+").length;
        }
      }
    }
    double wpm = words / (frames / (double) Pcm.SAMPLE_RATE / 60);
    assertThat(wpm).as("measured words a minute at the default 135").isBetween(125.0, 145.0);
  }

  @Test
  void theAmbientBedSoundsBetweenCuesOnlyWhereTheSessionAsksForIt() {
    for (String id : Bundled.SESSION_IDS) {
      // the bundled breathing and lower-back sessions ask for a bed; the other two do not
      boolean hasBed = id.equals("breathing-relax") || id.equals("lower-back-basics");
      short[] on = WAVS.get(id + "-session");
      short[] off = WAVS.get(id + "-none");
      boolean differs = !java.util.Arrays.equals(on, off);
      assertThat(differs).as(id + " has a bed").isEqualTo(hasBed);
    }
  }

  @Test
  void renderingWithTheBedAgainGivesIdenticalBytes() throws Exception {
    CliRun again =
        CliRun.of(env, "render", "breathing-relax", "-o", dir.resolve("again.wav").toString());
    assertThat(again.status()).isZero();
    assertThat(Files.readAllBytes(dir.resolve("again.wav")))
        .isEqualTo(Files.readAllBytes(dir.resolve("breathing-relax-session.wav")));
  }

  @Test
  void louderAndSofterAreDecibels() throws Exception {
    CliRun soft =
        CliRun.of(
            env,
            "render",
            "desk-break",
            "-o",
            dir.resolve("soft.wav").toString(),
            "--volume",
            "-6");
    assertThat(soft.status()).isZero();
    double quieter =
        Loudness.integrated(WAVS.get("desk-break-none"))
            - Loudness.integrated(Wav.read(Files.readAllBytes(dir.resolve("soft.wav"))).samples());
    assertThat(quieter).isCloseTo(6.0, within(0.1));
  }
}
