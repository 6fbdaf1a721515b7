package dev.limber.listen;

import java.io.IOException;
import java.util.Optional;

/** A speech recognizer over one stream of audio: 16 kHz, 16-bit, mono, little-endian PCM. */
public interface Decoder extends AutoCloseable {
  /**
   * Blocks until the next command is heard, on the caller's thread; empty once the stream has
   * ended. Speech outside the grammar is skipped.
   */
  Optional<Heard> next() throws IOException;

  /** Stops decoding; a blocked {@link #next} returns once its stream ends. */
  @Override
  void close();
}
