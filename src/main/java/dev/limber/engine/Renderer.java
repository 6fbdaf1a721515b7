package dev.limber.engine;

import dev.limber.audio.AudioSink;
import java.io.IOException;

/**
 * Writes a whole program to an unpaced sink (a file) as fast as the CPU allows: the same engine
 * that plays through the speakers, with nobody sending it commands.
 */
public final class Renderer {
  private Renderer() {}

  /**
   * Plays {@code program} at {@code gain} into {@code sink}; does not close the sink, so a caller
   * can abandon it on failure.
   */
  public static void render(Program program, double gain, AudioSink sink) throws IOException {
    Engine engine = new Engine(program, sink, EngineSetup.unattended(program, gain));
    while (engine.step()) {
      // every step mixes and writes one block
    }
  }
}
