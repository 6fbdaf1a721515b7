package dev.limber.engine;

import dev.limber.audio.AudioSink;
import java.io.IOException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A sink that survives its device: when a write fails mid-session, it says so once, closes the
 * device and goes on with the fallback (a silent sink paced by the clock), so captions and timing
 * carry on.
 */
final class FallbackSink implements AudioSink {
  private final Supplier<AudioSink> fallback;
  private final Consumer<String> warn;
  private AudioSink current;

  FallbackSink(AudioSink device, Supplier<AudioSink> fallback, Consumer<String> warn) {
    this.current = device;
    this.fallback = fallback;
    this.warn = warn;
  }

  @Override
  public void write(short[] block, int frames) throws IOException {
    try {
      current.write(block, frames);
    } catch (IOException e) {
      warn.accept(e.getMessage() + "; going on without sound");
      try {
        current.close();
      } catch (IOException ignored) {
        // the device is gone; nothing more to play out
      }
      current = fallback.get();
      current.write(block, frames);
    }
  }

  @Override
  public void close() throws IOException {
    current.close();
  }
}
