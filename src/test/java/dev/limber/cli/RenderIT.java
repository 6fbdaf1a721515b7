package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders a bundled session with the real FreeTTS voice and reads the WAV back with javax.sound.
 */
class RenderIT {
  @TempDir static Path dir;
  static Map<String, String> env;
  static short[] samples;
  static JsonNode timeline;

  @BeforeAll
  static void render() throws Exception {
    env = Map.of("LIMBER_HOME", dir.resolve("home").toString());
    CliRun run =
        CliRun.of(
            env,
            "render",
            "desk-break",
            "-o",
            dir.resolve("a.wav").toString(),
            "--timeline",
            dir.resolve("a.json").toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    timeline = new ObjectMapper().readTree(dir.resolve("a.json").toFile());
    try (AudioInputStream in = AudioSystem.getAudioInputStream(dir.resolve("a.wav").toFile())) {
      AudioFormat f = in.getFormat();
      assertThat(f.getSampleRate()).isEqualTo(16_000f);
      assertThat(f.getChannels()).isEqualTo(1);
      assertThat(f.getSampleSizeInBits()).isEqualTo(16);
      byte[] bytes = in.readAllBytes();
      samples = new short[bytes.length / 2];
      ByteBuffer.wrap(bytes)
          .order(f.isBigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN)
          .asShortBuffer()
          .get(samples);
    }
  }

  @Test
  void theWavLastsExactlyAsLongAsTheTimeline() {
    assertThat(timeline.get("sampleRate").asInt()).isEqualTo(16_000);
    assertThat((long) samples.length).isEqualTo(timeline.get("lengthFrames").asLong());
    assertThat(samples.length / 16_000).as("desk-break lasts a few minutes").isBetween(240, 420);
  }

  @Test
  void speechIsWhereTheTimelineSaysAndSilenceEverywhereElse() {
    List<long[]> audible = new ArrayList<>();
    for (JsonNode e : timeline.get("events")) {
      if (e.get("kind").asText().equals("phase")) {
        continue;
      }
      long start = e.get("startFrame").asLong();
      long end = e.get("endFrame").asLong();
      audible.add(new long[] {start, end});
      assertThat(rms(start, end))
          .as("%s \"%s\" at %d is heard", e.get("kind").asText(), e.get("text").asText(), start)
          .isGreaterThan(e.get("kind").asText().equals("breath-tone") ? 200 : 400);
    }
    audible.sort((a, b) -> Long.compare(a[0], b[0]));
    long silent = 0;
    long cursor = 0;
    for (long[] span : audible) {
      for (long f = cursor; f < span[0]; f++) {
        assertThat(samples[(int) f]).as("frame %d between cues is silent", f).isZero();
        silent++;
      }
      cursor = Math.max(cursor, span[1]);
    }
    assertThat(silent).as("a calm session has plenty of silence").isGreaterThan(samples.length / 4);
  }

  @Test
  void renderingAgainGivesIdenticalBytesAndStdoutGivesTheSameWav() throws IOException {
    CliRun again = CliRun.of(env, "render", "desk-break", "-o", dir.resolve("b.wav").toString());
    CliRun piped = CliRun.of(env, "render", "desk-break", "-o", "-");

    assertThat(again.status()).isZero();
    assertThat(Files.readAllBytes(dir.resolve("b.wav")))
        .isEqualTo(Files.readAllBytes(dir.resolve("a.wav")));
    assertThat(piped.status()).isZero();
    assertThat(piped.stdout()).isEqualTo(Files.readAllBytes(dir.resolve("a.wav")));
  }

  @Test
  void listReportsTheLengthTheRenderHas() {
    CliRun list = CliRun.of(env, "list");
    long seconds = (timeline.get("lengthFrames").asLong() + 15_999) / 16_000;

    assertThat(list.out().lines())
        .anyMatch(
            l ->
                l.matches(
                    "desk-break +"
                        + seconds / 60
                        + ":"
                        + String.format("%02d", seconds % 60)
                        + " +Desk break +\\./sessions"));
  }

  @Test
  void sayWritesOnePhrase() throws Exception {
    CliRun run =
        CliRun.of(
            env,
            "say",
            "Breathe",
            "in",
            "slowly.",
            "-o",
            dir.resolve("say.wav").toString(),
            "--rate",
            "120");

    assertThat(run.status()).isZero();
    try (AudioInputStream in =
        AudioSystem.getAudioInputStream(
            new ByteArrayInputStream(Files.readAllBytes(dir.resolve("say.wav"))))) {
      assertThat(in.getFrameLength()).isBetween(8_000L, 48_000L);
    }
  }

  @Test
  void aBadLineInTheUsersLexiconIsOneWarningAndTheVoiceSpeaksOn() throws Exception {
    Path home = dir.resolve("home-with-lexicon");
    Files.createDirectories(home);
    Files.writeString(home.resolve("lexicon.txt"), "knee = nee\nplank /p l ae1 ng k/\n");

    CliRun run =
        CliRun.of(
            Map.of("LIMBER_HOME", home.toString()),
            "say",
            "Knee to chest.",
            "-o",
            dir.resolve("lexicon.wav").toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err().lines())
        .containsExactly(
            "limber: "
                + home.resolve("lexicon.txt")
                + " line 2: expected word = respelling or word = /phones/; the line is left out");
    assertThat(dir.resolve("lexicon.wav")).isNotEmptyFile();
  }

  private static double rms(long start, long end) {
    double sum = 0;
    for (long f = start; f < end; f++) {
      sum += (double) samples[(int) f] * samples[(int) f];
    }
    return Math.sqrt(sum / Math.max(1, end - start));
  }
}
