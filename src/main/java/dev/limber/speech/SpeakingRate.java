package dev.limber.speech;

/**
 * Words a minute as a listener counts them, turned into the rate FreeTTS is given. FreeTTS's own
 * rate only stretches its durations: asked for 135 it speaks instructions at about 212 words a
 * minute (197 before the voice took flite 2.2's durations, see {@link FliteFeatures}). The measure
 * is words over voiced time: the words of a phrase over the length of its clip (the voice's own
 * silence trimmed at both ends, the pauses inside the phrase, such as at commas, counted), summed
 * over running speech such as a session's instructions. The factor was measured on the bundled
 * instructions with {@code dev.limber.bench.PacingBench} (test scope); {@code scripts/bench sound}
 * and {@code SoundIT} measure the result.
 */
public final class SpeakingRate {
  /**
   * Measured words a minute per unit of FreeTTS rate, comma pauses included: 1.42 with FreeTTS's
   * own durations, 1.57 with flite's (the same text measured 149 instead of 135).
   */
  static final double FREETTS_SPEED = 1.57;

  private SpeakingRate() {}

  /** The FreeTTS rate that measures {@code wordsPerMinute}. */
  public static float freeTts(int wordsPerMinute) {
    return (float) (wordsPerMinute / FREETTS_SPEED);
  }
}
