package dev.limber.audio;

import java.io.IOException;

/**
 * Where mixed audio goes: a sound card, a file, memory. Frames are mono 16-bit at {@link
 * Pcm#SAMPLE_RATE}.
 */
public interface AudioSink extends AutoCloseable {

  /**
   * Writes {@code frames} samples from {@code block}. A paced sink (a sound card) blocks until
   * there is room; an unpaced one (a file) returns at once.
   */
  void write(short[] block, int frames) throws IOException;

  /** Plays or writes out everything still buffered, then releases the sink. */
  @Override
  void close() throws IOException;
}
