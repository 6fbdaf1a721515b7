package dev.limber.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.limber.catalog.Bundled;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TonesTest {
  @Test
  void theAudioFolderIsExactlyWhatTheCodeGenerates() throws IOException {
    Map<String, Pcm> tones = Tones.all();

    assertThat(Bundled.SOUNDS).containsExactlyInAnyOrderElementsOf(tones.keySet());
    try (var files = Files.list(Path.of("audio"))) {
      assertThat(files.map(f -> f.getFileName().toString()).toList())
          .containsExactlyInAnyOrderElementsOf(tones.keySet());
    }
    for (Map.Entry<String, Pcm> tone : tones.entrySet()) {
      ByteArrayOutputStream wav = new ByteArrayOutputStream();
      Wav.write(tone.getValue(), wav);
      assertThat(Files.readAllBytes(Path.of("audio", tone.getKey())))
          .as(tone.getKey())
          .isEqualTo(wav.toByteArray());
    }
  }

  @Test
  void everySoundStartsAndEndsAtSilenceSoItCannotClick() {
    for (Map.Entry<String, Pcm> tone : Tones.all().entrySet()) {
      short[] s = tone.getValue().samples();
      assertThat(Math.abs(s[0])).as(tone.getKey() + " first sample").isLessThanOrEqualTo(8);
      assertThat(Math.abs(s[s.length - 1]))
          .as(tone.getKey() + " last sample")
          .isLessThanOrEqualTo(8);
      assertThat(Loudness.truePeak(s))
          .as(tone.getKey() + " true peak under the clip ceiling")
          .isLessThanOrEqualTo(Levels.CLIP_CEILING);
    }
  }

  @Test
  void tonesSitTheirPlannedLoudnessUnderSpeech() {
    Map<String, Pcm> tones = Tones.all();
    assertThat(Levels.SPEECH - Loudness.integrated(tones.get("chime.wav").samples()))
        .as("chime under speech")
        .isCloseTo(3, within(0.3));
    assertThat(Levels.SPEECH - Loudness.integrated(tones.get("bell.wav").samples()))
        .as("bell under speech")
        .isCloseTo(3, within(0.3));
    for (String breath : new String[] {"breath-in.wav", "breath-out.wav"}) {
      assertThat(Levels.SPEECH - Loudness.integrated(tones.get(breath).samples()))
          .as(breath + " under speech")
          .isCloseTo(5, within(0.3));
    }
    assertThat(Levels.SPEECH - Loudness.integrated(tones.get("breath-hold.wav").samples()))
        .as("hold tone, softest")
        .isCloseTo(6, within(0.3));
  }

  @Test
  void wavRoundTrips() throws IOException {
    Pcm pcm = new Pcm(new short[] {0, 1, -1, Short.MAX_VALUE, Short.MIN_VALUE});
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Wav.write(pcm, out);

    assertThat(out.size()).isEqualTo(44 + 10);
    assertThat(Wav.read(out.toByteArray()).samples()).containsExactly(pcm.samples());
  }
}
