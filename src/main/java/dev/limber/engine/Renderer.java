package dev.limber.engine;

import dev.limber.audio.AudioSink;
import dev.limber.timeline.Timeline;
import java.io.IOException;

/** Writes a whole timeline to a sink as fast as the sink takes it: the engine without a listener. */
public final class Renderer {
  private Renderer() {}

  /** Mixes every block of the timeline at {@code gain} into {@code sink}; does not close the sink. */
  public static void render(Timeline timeline, Clips clips, double gain, AudioSink sink) throws IOException {
    Mixer mixer = new Mixer(timeline, clips);
    short[] block = new short[Mixer.BLOCK];
    for (long position = 0; position < timeline.length(); position += Mixer.BLOCK) {
      int frames = (int) Math.min(Mixer.BLOCK, timeline.length() - position);
      mixer.mix(position, block, frames, gain);
      sink.write(block, frames);
    }
  }
}
