package dev.limber.audio;

/**
 * Brings a clip to one loudness under a true-peak ceiling, and gives it soft edges. Where the gain
 * alone would push a peak over the ceiling, a smooth look-ahead limiter takes the peak down and the
 * gain is measured again, so the loudness still lands on the target.
 */
public final class Leveler {
  /** Frames of the fade-in at a clip's start: 5 ms. */
  public static final int FADE_IN = Pcm.SAMPLE_RATE * 5 / 1000;

  /** Frames of the fade-out at a clip's end: 15 ms. */
  public static final int FADE_OUT = Pcm.SAMPLE_RATE * 15 / 1000;

  /** Half the limiter's window: 2 ms either side of a peak. */
  private static final int LOOK = Pcm.SAMPLE_RATE * 2 / 1000;

  private static final int PASSES = 6;

  private Leveler() {}

  /**
   * {@code clip} at {@code lufs} integrated, its true peak at most {@code ceilingDbtp}, faded at
   * both ends.
   */
  public static Pcm level(Pcm clip, double lufs, double ceilingDbtp) {
    short[] s = clip.samples();
    double measured = Loudness.integrated(s);
    if (measured == Loudness.SILENT) {
      return faded(clip);
    }
    double gain = Loudness.gain(lufs - measured);
    // the limiter works on samples; the true peak between them can be higher, so its limit starts
    // a little under the ceiling and comes down by whatever the true peak still overshoots
    double sampleLimit = ceilingDbtp - 0.3;
    short[] out = s;
    for (int pass = 0; pass < PASSES; pass++) {
      double[] x = new double[s.length];
      for (int i = 0; i < s.length; i++) {
        x[i] = s[i] * gain;
      }
      limit(x, 32768 * Loudness.gain(sampleLimit));
      out = fade(round(x));
      measured = Loudness.integrated(out);
      double peak = Loudness.truePeak(out);
      if (Math.abs(measured - lufs) < 0.1 && peak <= ceilingDbtp) {
        break;
      }
      if (peak > ceilingDbtp) {
        sampleLimit -= peak - ceilingDbtp + 0.05;
      }
      gain *= Loudness.gain(lufs - measured);
    }
    return new Pcm(out);
  }

  /**
   * {@code clip} scaled by {@code gain}, its peaks limited where the gain would push the true peak
   * over {@code ceilingDbtp}; a clip's silent edges stay silent.
   */
  public static Pcm scaled(Pcm clip, double gain, double ceilingDbtp) {
    if (Loudness.truePeak(clip.samples()) + 20 * StrictMath.log10(gain) <= ceilingDbtp) {
      return clip.scaled(gain);
    }
    double sampleLimit = ceilingDbtp - 0.3;
    short[] out = clip.samples();
    for (int pass = 0; pass < PASSES; pass++) {
      double[] x = new double[out.length];
      for (int i = 0; i < x.length; i++) {
        x[i] = clip.samples()[i] * gain;
      }
      limit(x, 32768 * Loudness.gain(sampleLimit));
      out = round(x);
      double peak = Loudness.truePeak(out);
      if (peak <= ceilingDbtp) {
        break;
      }
      sampleLimit -= peak - ceilingDbtp + 0.05;
    }
    return new Pcm(out);
  }

  /** {@code clip} with the fades and nothing else changed. */
  public static Pcm faded(Pcm clip) {
    return new Pcm(fade(clip.samples().clone()));
  }

  /** Raised-cosine fades in place; the first and the last sample become zero. */
  static short[] fade(short[] s) {
    int in = Math.min(FADE_IN, s.length / 2);
    int out = Math.min(FADE_OUT, s.length / 2);
    for (int i = 0; i < in; i++) {
      s[i] = (short) StrictMath.round(s[i] * ramp(i, in));
    }
    for (int i = 0; i < out; i++) {
      int j = s.length - 1 - i;
      s[j] = (short) StrictMath.round(s[j] * ramp(i, out));
    }
    return s;
  }

  private static double ramp(int i, int length) {
    return 0.5 - 0.5 * StrictMath.cos(StrictMath.PI * i / length);
  }

  /**
   * Gain reduction so no sample exceeds {@code limit}: the gain each sample needs, its minimum over
   * a window either side, then smoothed by a moving average half as wide, which can only lower it.
   */
  private static void limit(double[] x, double limit) {
    int n = x.length;
    double[] need = new double[n];
    boolean any = false;
    for (int i = 0; i < n; i++) {
      double a = Math.abs(x[i]);
      need[i] = a > limit ? limit / a : 1;
      any |= a > limit;
    }
    if (!any) {
      return;
    }
    // the least gain needed within LOOK either side: spread each limited sample's need, which is
    // sparse
    double[] least = new double[n];
    java.util.Arrays.fill(least, 1);
    for (int i = 0; i < n; i++) {
      if (need[i] < 1) {
        for (int j = Math.max(0, i - LOOK); j <= Math.min(n - 1, i + LOOK); j++) {
          least[j] = Math.min(least[j], need[i]);
        }
      }
    }
    // a moving average half as wide, as a running sum
    int half = LOOK / 2;
    double sum = 0;
    int lo = 0;
    int hi = -1;
    for (int i = 0; i < n; i++) {
      while (hi < Math.min(n - 1, i + half)) {
        sum += least[++hi];
      }
      while (lo < i - half) {
        sum -= least[lo++];
      }
      x[i] *= Math.min(1, sum / (hi - lo + 1));
    }
  }

  private static short[] round(double[] x) {
    short[] s = new short[x.length];
    for (int i = 0; i < x.length; i++) {
      s[i] = Pcm.clamp(StrictMath.round(x[i]));
    }
    return s;
  }
}
