package dev.limber.audio;

/**
 * A loudness meter after ITU-R BS.1770-4 for mono audio at {@link Pcm#SAMPLE_RATE}: K-weighting
 * (the standard's two filters, designed for this sample rate), 400 ms blocks overlapping by 75%, an
 * absolute gate at -70 LUFS and a relative one 10 LU under the ungated level. A clip shorter than
 * one block is measured as one block of its own length, so short words ("Six.") get a loudness too.
 * True peak is estimated by 4x oversampling. StrictMath keeps every result the same on every
 * machine, so levels computed from it are reproducible bit for bit.
 */
public final class Loudness {
  /** What an empty or silent clip measures. */
  public static final double SILENT = -200;

  private static final int BLOCK = Pcm.SAMPLE_RATE * 400 / 1000;
  private static final int HOP = BLOCK / 4;
  private static final double ABSOLUTE_GATE = -70;
  private static final double RELATIVE_GATE = -10;
  private static final double[][] K_WEIGHTING = kWeighting(Pcm.SAMPLE_RATE);
  private static final int PHASES = 4;
  private static final int TAPS = 12;
  private static final double[][] INTERPOLATOR = interpolator();
  private static final double TAP_SUM = tapSum();

  /**
   * Samples per chunk when looking for the true peak: chunks far under the peak so far are skipped.
   */
  private static final int CHUNK = 64;

  private Loudness() {}

  /**
   * Integrated (gated) loudness of {@code samples} in LUFS; {@link #SILENT} when nothing passes the
   * gates.
   */
  public static double integrated(short[] samples) {
    return integrated(samples, 0, samples.length);
  }

  /** The same for {@code samples[from..to)}. */
  public static double integrated(short[] samples, int from, int to) {
    double[] power = blockPowers(weighted(samples, from, to));
    double absolute = gatedMean(power, toPower(ABSOLUTE_GATE));
    if (absolute <= 0) {
      return SILENT;
    }
    return toLufs(
        gatedMean(
            power,
            Math.max(toPower(ABSOLUTE_GATE), absolute * toPower(RELATIVE_GATE) / toPower(0))));
  }

  /** Mean K-weighted power of the whole span (no gating), as LUFS: what a steady sound measures. */
  public static double ungated(short[] samples) {
    double[] w = weighted(samples, 0, samples.length);
    double sum = 0;
    for (double v : w) {
      sum += v * v;
    }
    return w.length == 0 ? SILENT : toLufs(sum / w.length);
  }

  /** The highest peak between samples as well as on them, in dB relative to full scale (dBTP). */
  public static double truePeak(short[] samples) {
    int chunks = (samples.length + CHUNK - 1) / CHUNK;
    int[] chunkPeak = new int[chunks];
    for (int i = 0; i < samples.length; i++) {
      chunkPeak[i / CHUNK] = Math.max(chunkPeak[i / CHUNK], Math.abs(samples[i]));
    }
    double peak = 0;
    for (int c = 0; c < chunks; c++) {
      int near =
          Math.max(
              chunkPeak[c],
              Math.max(c > 0 ? chunkPeak[c - 1] : 0, c + 1 < chunks ? chunkPeak[c + 1] : 0));
      // no point between these samples can exceed their own peak by more than the taps' sum
      if (near * TAP_SUM <= peak) {
        continue;
      }
      for (int i = c * CHUNK; i < Math.min(samples.length, (c + 1) * CHUNK); i++) {
        peak = Math.max(peak, Math.abs(samples[i]));
        for (int p = 1; p < PHASES; p++) {
          double v = 0;
          for (int k = 0; k < TAPS; k++) {
            int j = i - TAPS / 2 + 1 + k;
            if (j >= 0 && j < samples.length) {
              v += INTERPOLATOR[p][k] * samples[j];
            }
          }
          peak = Math.max(peak, Math.abs(v));
        }
      }
    }
    return peak == 0 ? SILENT : 20 * StrictMath.log10(peak / 32768.0);
  }

  /** Decibels as a gain factor. */
  public static double gain(double db) {
    return StrictMath.pow(10, db / 20);
  }

  /**
   * The K-weighted energy of {@code samples} summed in steps of {@code step} samples into {@code
   * energy}, in one pass: the same sums as squaring {@link #weighted}, without its arrays.
   */
  static void weightedEnergy(short[] samples, double[] energy, int step) {
    double[] a = K_WEIGHTING[0];
    double[] b = K_WEIGHTING[1];
    double x1 = 0, x2 = 0, y1 = 0, y2 = 0, z1 = 0, z2 = 0;
    for (int i = 0; i < samples.length; i++) {
      double x = samples[i] / 32768.0;
      double y = a[0] * x + a[1] * x1 + a[2] * x2 - a[3] * y1 - a[4] * y2;
      // the second filter's input is the first one's output: y now, y1 and y2 before
      double z = b[0] * y + b[1] * y1 + b[2] * y2 - b[3] * z1 - b[4] * z2;
      x2 = x1;
      x1 = x;
      y2 = y1;
      y1 = y;
      z2 = z1;
      z1 = z;
      energy[i / step] += z * z;
    }
  }

  /** The K-weighted signal of {@code samples[from..to)}, at full scale 1. */
  static double[] weighted(short[] samples, int from, int to) {
    double[] x = new double[to - from];
    for (int i = 0; i < x.length; i++) {
      x[i] = samples[from + i] / 32768.0;
    }
    for (double[] c : K_WEIGHTING) {
      double x1 = 0, x2 = 0, y1 = 0, y2 = 0;
      for (int i = 0; i < x.length; i++) {
        double y = c[0] * x[i] + c[1] * x1 + c[2] * x2 - c[3] * y1 - c[4] * y2;
        x2 = x1;
        x1 = x[i];
        y2 = y1;
        y1 = y;
        x[i] = y;
      }
    }
    return x;
  }

  private static double[] blockPowers(double[] w) {
    if (w.length == 0) {
      return new double[0];
    }
    int length = Math.min(BLOCK, w.length);
    int blocks = w.length <= BLOCK ? 1 : 1 + (w.length - BLOCK) / HOP;
    double[] power = new double[blocks];
    for (int b = 0; b < blocks; b++) {
      double sum = 0;
      for (int i = b * HOP; i < b * HOP + length; i++) {
        sum += w[i] * w[i];
      }
      power[b] = sum / length;
    }
    return power;
  }

  /** The mean of the block powers above {@code gate}, 0 when none is: BS.1770's gating. */
  static double gatedMean(double[] power, double gate) {
    double sum = 0;
    int n = 0;
    for (double p : power) {
      if (p > gate) {
        sum += p;
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  static double toPower(double lufs) {
    return StrictMath.pow(10, (lufs + 0.691) / 10);
  }

  static double toLufs(double power) {
    return power <= 0 ? SILENT : -0.691 + 10 * StrictMath.log10(power);
  }

  /**
   * The two biquads of K-weighting as {b0, b1, b2, a1, a2}, by the bilinear design libebur128 uses.
   */
  private static double[][] kWeighting(double rate) {
    double f0 = 1681.974450955533;
    double g = 3.999843853973347;
    double q = 0.7071752369554196;
    double k = StrictMath.tan(StrictMath.PI * f0 / rate);
    double vh = StrictMath.pow(10, g / 20);
    double vb = StrictMath.pow(vh, 0.4996667741545416);
    double a0 = 1 + k / q + k * k;
    double[] shelf = {
      (vh + vb * k / q + k * k) / a0,
      2 * (k * k - vh) / a0,
      (vh - vb * k / q + k * k) / a0,
      2 * (k * k - 1) / a0,
      (1 - k / q + k * k) / a0
    };
    f0 = 38.13547087602444;
    q = 0.5003270373238773;
    k = StrictMath.tan(StrictMath.PI * f0 / rate);
    double d = 1 + k / q + k * k;
    double[] highPass = {1, -2, 1, 2 * (k * k - 1) / d, (1 - k / q + k * k) / d};
    return new double[][] {shelf, highPass};
  }

  private static double tapSum() {
    double most = 1;
    for (double[] phase : INTERPOLATOR) {
      double sum = 0;
      for (double t : phase) {
        sum += Math.abs(t);
      }
      most = Math.max(most, sum);
    }
    return most;
  }

  /** Windowed-sinc taps for the three in-between phases of 4x oversampling. */
  private static double[][] interpolator() {
    double[][] taps = new double[PHASES][TAPS];
    for (int p = 1; p < PHASES; p++) {
      for (int k = 0; k < TAPS; k++) {
        double t = k - TAPS / 2 + 1 - (double) p / PHASES;
        double sinc = StrictMath.sin(StrictMath.PI * t) / (StrictMath.PI * t);
        double window = 0.5 + 0.5 * StrictMath.cos(StrictMath.PI * t / (TAPS / 2.0));
        taps[p][k] = sinc * window;
      }
    }
    return taps;
  }
}
