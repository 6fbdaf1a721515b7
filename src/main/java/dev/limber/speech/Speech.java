package dev.limber.speech;

import dev.limber.audio.Pcm;

/**
 * Turns text into audio. Implementations may block while synthesizing; they are safe to call from
 * any thread.
 */
public interface Speech extends AutoCloseable {

  /**
   * The spoken text at {@link Pcm#SAMPLE_RATE}, without leading or trailing silence beyond what the
   * voice itself adds; never null, empty for text with nothing to say.
   *
   * @throws SpeechException when the speech engine fails
   */
  Pcm synthesize(String text, VoiceSettings voice);

  @Override
  void close();
}
