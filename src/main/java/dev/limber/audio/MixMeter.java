package dev.limber.audio;

/**
 * The integrated loudness (BS.1770) of clips placed on a timeline, measured without mixing them:
 * each clip's K-weighted energy is added into the 100 ms steps of the gating blocks where it
 * sounds. Exact for clips that do not overlap, as a timeline's cues never do (the K-weighting
 * filters start afresh at each clip, which only the first milliseconds notice).
 */
public final class MixMeter {
  private static final int HOP = Pcm.SAMPLE_RATE / 10;

  /** Frames per step of a clip's profile. */
  public static final int STEP = 16;

  private final double[] bins;

  /** A meter for a mix of {@code frames} frames. */
  public MixMeter(long frames) {
    this.bins = new double[(int) (frames / HOP) + 1];
  }

  /**
   * The K-weighted energy of {@code clip} in steps of {@link #STEP} frames: computed once for a
   * clip heard many times. A step that straddles two 100 ms bins counts in the first, which moves a
   * session's loudness by far less than 0.01 LU.
   */
  public static double[] profile(short[] clip) {
    double[] energy = new double[(clip.length + STEP - 1) / STEP];
    Loudness.weightedEnergy(clip, energy, STEP);
    return energy;
  }

  /**
   * Adds a clip by its {@link #profile}, scaled by {@code gain}, starting at frame {@code start}.
   */
  public void add(long start, double[] profile, double gain) {
    double g2 = gain * gain;
    for (int k = 0; k < profile.length; k++) {
      long f = start + (long) k * STEP;
      if (f / HOP < bins.length) {
        bins[(int) (f / HOP)] += profile[k] * g2;
      }
    }
  }

  /** Adds {@code clip} scaled by {@code gain}, starting at frame {@code start}. */
  public void add(long start, short[] clip, double gain) {
    add(start, profile(clip), gain);
  }

  /**
   * Integrated loudness of everything added, in LUFS; {@link Loudness#SILENT} when nothing passes
   * the gates.
   */
  public double integrated() {
    int blocks = Math.max(0, bins.length - 3);
    double[] power = new double[blocks];
    for (int b = 0; b < blocks; b++) {
      power[b] = (bins[b] + bins[b + 1] + bins[b + 2] + bins[b + 3]) / (4.0 * HOP);
    }
    double absolute = Loudness.gatedMean(power, Loudness.toPower(-70));
    if (absolute <= 0) {
      return Loudness.SILENT;
    }
    return Loudness.toLufs(
        Loudness.gatedMean(power, Math.max(Loudness.toPower(-70), absolute / 10)));
  }
}
