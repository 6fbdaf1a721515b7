package dev.limber.listen;

/**
 * One command the recognizer heard, with the frames (16 kHz, on the clock of the audio it was fed)
 * where its words start and end.
 */
public record Heard(VoiceCommand command, long start, long end) {
  public Heard {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  /** Seconds from the start of the audio to the end of the words. */
  public double endSeconds() {
    return end / (double) Listening.SAMPLE_RATE;
  }
}
