package dev.limber.speech;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.audio.Pcm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachedSpeechTest {
  @TempDir Path cache;

  /** Speaks each text as one sample per character, and remembers what it was asked. */
  static final class RecordingSpeech implements Speech {
    final List<String> spoken = new ArrayList<>();

    @Override
    public Pcm synthesize(String text, VoiceSettings voice) {
      spoken.add(text + "@" + voice.rate());
      short[] s = new short[text.length()];
      java.util.Arrays.fill(s, (short) voice.rate());
      return new Pcm(s);
    }

    @Override
    public void close() {}
  }

  @Test
  void aSecondRunReadsEveryClipFromDiskAndNeverStartsTheEngine() {
    RecordingSpeech first = new RecordingSpeech();
    try (CachedSpeech cold = new CachedSpeech("v", () -> first, new ClipCache(cache))) {
      cold.synthesize("Hello there.", VoiceSettings.DEFAULT);
      cold.synthesize("Hello there.", VoiceSettings.DEFAULT);
      cold.synthesize("Hello there.", VoiceSettings.DEFAULT.withRate(190));
      assertThat(cold.synthesizedCount()).isEqualTo(2);
    }
    assertThat(first.spoken).containsExactly("Hello there.@135", "Hello there.@190");

    try (CachedSpeech warm =
        new CachedSpeech(
            "v",
            () -> {
              throw new AssertionError("engine started");
            },
            new ClipCache(cache))) {
      assertThat(warm.synthesize("Hello there.", VoiceSettings.DEFAULT).frames()).isEqualTo(12);
      assertThat(warm.synthesize("Hello there.", VoiceSettings.DEFAULT.withRate(190)).samples()[0])
          .isEqualTo((short) 190);
      assertThat(warm.synthesizedCount()).isZero();
    }
  }

  @Test
  void aCorruptCacheFileIsIgnoredAndRebuilt() throws IOException {
    try (CachedSpeech cold = new CachedSpeech("v", RecordingSpeech::new, new ClipCache(cache))) {
      cold.synthesize("Breathe in.", VoiceSettings.DEFAULT);
    }
    Path file;
    try (Stream<Path> files = Files.list(cache)) {
      file = files.filter(f -> f.toString().endsWith(".pcm")).findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length - 1] ^= 0x55;
    Files.write(file, bytes);

    RecordingSpeech again = new RecordingSpeech();
    try (CachedSpeech warm = new CachedSpeech("v", () -> again, new ClipCache(cache))) {
      assertThat(warm.synthesize("Breathe in.", VoiceSettings.DEFAULT).samples())
          .containsOnly((short) 135);
    }
    assertThat(again.spoken).containsExactly("Breathe in.@135");
    assertThat(new ClipCache(cache).get(CachedSpeech.FORMAT + "|v|135|100|Breathe in."))
        .isPresent();
  }

  @Test
  void theCacheCreatesItsFolderAndLeavesOnlyWholeClips() {
    try (CachedSpeech speech =
        new CachedSpeech("v", RecordingSpeech::new, new ClipCache(cache.resolve("new/folder")))) {
      speech.synthesize("One.", VoiceSettings.DEFAULT);
    }
    assertThat(cache.resolve("new/folder").toFile().list())
        .hasSize(1)
        .allMatch(n -> n.endsWith(".pcm"));
  }

  @Test
  void aClipThatCannotBePutInPlaceLeavesNoHalfWrittenFileAndTheSpeechStillComes() throws Exception {
    ClipCache disk = new ClipCache(cache);
    String key = CachedSpeech.FORMAT + "|v|135|100|One.";
    Files.createDirectories(disk.file(key).resolve("in-the-way")); // a folder where the clip goes
    Pcm pcm;
    try (CachedSpeech speech = new CachedSpeech("v", RecordingSpeech::new, disk)) {
      pcm = speech.synthesize("One.", VoiceSettings.DEFAULT);
    }
    assertThat(pcm.frames()).isPositive();
    assertThat(cache.toFile().list())
        .as("only the folder in the way, no .part file")
        .containsExactly(disk.file(key).getFileName().toString());
  }
}
