package dev.limber.cli;

import dev.limber.audio.AudioSink;
import dev.limber.audio.Pcm;
import dev.limber.engine.Mixer;
import dev.limber.playback.DeviceOpener;
import dev.limber.playback.OpenedDevice;
import java.io.IOException;
import java.util.Optional;

/** Plays one clip through the sound card, for {@code say}. */
final class Playing {
  private Playing() {}

  static int play(Pcm pcm, Optional<String> device) throws IOException {
    OpenedDevice opened = DeviceOpener.soundCards().open(device);
    AudioSink sink =
        opened
            .sink()
            .orElseThrow(
                () ->
                    new LimberException(
                        Exit.UNAVAILABLE,
                        opened.whyNot() + "; use -o FILE.wav to write the speech to a file"));
    try (sink) {
      short[] block = new short[Mixer.BLOCK];
      for (int at = 0; at < pcm.frames(); at += block.length) {
        int n = Math.min(block.length, pcm.frames() - at);
        System.arraycopy(pcm.samples(), at, block, 0, n);
        sink.write(block, n);
      }
    }
    return Exit.OK;
  }
}
