package dev.limber.audio;

/**
 * Brings a clip to one loudness under a true-peak ceiling, and gives it soft edges. Where the
 * gain alone would push a peak over the ceiling, a smooth look-ahead limiter takes the peak down
 * and the gain is measured again, so the loudness still lands on the target.
 */
public final class Leveler {
  /** Frames of the fade-in at a clip's start: 5 ms. */
  public static final int FADE_IN = Pcm.SAMPLE_RATE * 5 / 1000;
  /** Frames of the fade-out at a clip's end: 15 ms. */
  public static final int FADE_OUT = Pcm.SAMPLE_RATE * 15 / 1000;
  /** Half the limiter's window: 2 ms either side of a peak. */
  private static final int LOOK = Pcm.SAMPLE_RATE * 2 / 1000;
  private static final int PASSES = 4;

  private Leveler() {}

  /** {@code clip} at {@code lufs} integrated, its true peak at most {@code ceilingDbtp}, faded at both ends. */
  public static Pcm level(Pcm clip, double lufs, double ceilingDbtp) {
    short[] s = clip.samples();
    double measured = Loudness.integrated(s);
    if (measured == Loudness.SILENT) {
      return faded(clip);
    }
    double[] x = new double[s.length];
    for (int i = 0; i < s.length; i++) {
      x[i] = s[i];
    }
    short[] out = s;
    for (int pass = 0; pass < PASSES; pass++) {
      double g = Loudness.gain(lufs - measured);
      for (int i = 0; i < x.length; i++) {
        x[i] *= g;
      }
      // aim the limiter a little under the ceiling: the true peak between samples can be higher
      limit(x, 32768 * Loudness.gain(ceilingDbtp - 0.3 - 0.2 * pass));
      out = fade(round(x));
      measured = Loudness.integrated(out);
      if (Math.abs(measured - lufs) < 0.1 && Loudness.truePeak(out) <= ceilingDbtp) {
        break;
      }
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
    double[] least = new double[n];
    for (int i = 0; i < n; i++) {
      double m = 1;
      for (int j = Math.max(0, i - LOOK); j <= Math.min(n - 1, i + LOOK); j++) {
        m = Math.min(m, need[j]);
      }
      least[i] = m;
    }
    int half = LOOK / 2;
    for (int i = 0; i < n; i++) {
      double sum = 0;
      int count = 0;
      for (int j = Math.max(0, i - half); j <= Math.min(n - 1, i + half); j++) {
        sum += least[j];
        count++;
      }
      x[i] *= sum / count;
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
