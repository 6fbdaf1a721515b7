package dev.limber.audio;

/**
 * Mono 16-bit audio at the player's one sample rate. The array is never changed after construction;
 * callers must not modify {@link #samples()}.
 */
public record Pcm(short[] samples) {
  /** Frames per second everywhere in Limber: the FreeTTS voice's own rate. */
  public static final int SAMPLE_RATE = dev.limber.timeline.Timeline.SAMPLE_RATE;

  public static final Pcm EMPTY = new Pcm(new short[0]);

  public int frames() {
    return samples.length;
  }

  public static long frames(double seconds) {
    return Math.round(seconds * SAMPLE_RATE);
  }

  /** This audio scaled by {@code gain} (1 keeps it), with clipping. */
  public Pcm scaled(double gain) {
    if (gain == 1.0) {
      return this;
    }
    short[] out = new short[samples.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = scale(samples[i], gain);
    }
    return new Pcm(out);
  }

  /**
   * One sample (or a sum of samples) scaled by {@code gain}, clipped instead of wrapping around.
   */
  public static short scale(long sample, double gain) {
    return clamp(Math.round(sample * gain));
  }

  static short clamp(long v) {
    return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, v));
  }
}
