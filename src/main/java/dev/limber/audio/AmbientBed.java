package dev.limber.audio;

import dev.limber.session.Ambient;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A soft ambient bed made in code: rain (filtered noise with sparse drops), waves (low noise that
 * swells once a breath) or a drone (a quiet chord). Each is one loop of a few tens of seconds at
 * {@link Levels#AMBIENT}, made seamless (noise is cross-faded into its own continuation, every
 * periodic part has a whole number of cycles in the loop), from a fixed seed and StrictMath, so
 * every machine makes the same bytes. Loops are made once per process and shared.
 */
public final class AmbientBed {
  private static final double LOOP_SECONDS = 24;
  private static final int CROSSFADE = Pcm.SAMPLE_RATE;
  private static final Map<String, AmbientBed> MADE = new ConcurrentHashMap<>();

  private final short[] loop;

  private AmbientBed(short[] loop) {
    this.loop = loop;
  }

  /** The bed {@code sound}; waves swell once every {@code swellSeconds} (10 s when 0). */
  public static AmbientBed of(Ambient sound, int swellSeconds) {
    if (sound == Ambient.NONE) {
      throw new IllegalArgumentException("no bed for " + sound);
    }
    int swell = sound == Ambient.WAVES ? (swellSeconds > 0 ? swellSeconds : 10) : 0;
    return MADE.computeIfAbsent(sound + "/" + swell, k -> new AmbientBed(make(sound, swell)));
  }

  /** The sample at {@code frame} of a session: the loop repeats for ever. */
  public short at(long frame) {
    return loop[(int) (frame % loop.length)];
  }

  /** One whole loop; callers must not change it. */
  public short[] loop() {
    return loop;
  }

  private static short[] make(Ambient sound, int swell) {
    int seconds =
        swell > 0
            ? swell * (int) Math.max(1, Math.round(LOOP_SECONDS / swell))
            : (int) LOOP_SECONDS;
    int n = seconds * Pcm.SAMPLE_RATE;
    Cycle cycle = new Cycle(n);
    double[] x =
        switch (sound) {
          case RAIN -> rain(n, cycle);
          case WAVES -> waves(n, swell, cycle);
          case DRONE -> drone(n, cycle);
          case NONE -> throw new IllegalArgumentException();
        };
    short[] s = new short[n];
    for (int i = 0; i < n; i++) {
      s[i] = Pcm.clamp(StrictMath.round(x[i] * 8000));
    }
    double gain = Loudness.gain(Levels.AMBIENT - Loudness.integrated(s));
    for (int i = 0; i < n; i++) {
      s[i] = Pcm.clamp(StrictMath.round(x[i] * 8000 * gain));
    }
    return s;
  }

  /** Broadband hiss with a slow sway, and a few soft drops a second. */
  private static double[] rain(int n, Cycle cycle) {
    Random random = new Random(12);
    double[] hiss = seamless(band(noise(random, n + CROSSFADE), 0.55, 0.12));
    for (int i = 0; i < n; i++) {
      hiss[i] *= 0.8 + 0.2 * cycle.sway(i, 3) * cycle.sway(i, 7);
    }
    // drops: short decaying tones at random pitches; placed away from the loop's end so none is cut
    double decay = StrictMath.exp(-1 / 220.0);
    for (int drop = 0; drop < n / 2000; drop++) {
      int at = random.nextInt(n - 4000);
      double hz = 1200 + random.nextDouble() * 2400;
      double level = 0.15 + random.nextDouble() * 0.35;
      // a decaying sine by recurrence: s[k+1] = 2 cos(w) s[k] - s[k-1], no sine per sample
      double w = 2 * StrictMath.PI * hz / Pcm.SAMPLE_RATE;
      double twoCos = 2 * StrictMath.cos(w);
      double previous = -StrictMath.sin(w);
      double current = 0;
      double env = 1;
      for (int k = 0; k < 1600; k++) {
        hiss[at + k] += level * env * (k < 16 ? k / 16.0 : 1) * current;
        double next = twoCos * current - previous;
        previous = current;
        current = next;
        env *= decay;
      }
    }
    return hiss;
  }

  /** Low noise rising and falling once a swell, with a brighter wash on top of each crest. */
  private static double[] waves(int n, int swell, Cycle cycle) {
    Random random = new Random(34);
    double[] low = seamless(band(noise(random, n + CROSSFADE), 0.06, 0.01));
    double[] wash = seamless(band(noise(random, n + CROSSFADE), 0.3, 0.05));
    int cycles = n / (swell * Pcm.SAMPLE_RATE);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double rise = cycle.sway(i, cycles);
      out[i] = (0.35 + 0.65 * rise) * low[i] * 2.2 + rise * rise * wash[i] * 0.6;
    }
    return out;
  }

  /**
   * A soft open chord (A, E, A, C sharp) whose notes breathe slowly; every frequency fits the loop
   * exactly.
   */
  private static double[] drone(int n, Cycle cycle) {
    double[] hz = {110, 164.8, 220, 277.2, 330};
    double[] weight = {1, 0.7, 0.5, 0.3, 0.2};
    double seconds = (double) n / Pcm.SAMPLE_RATE;
    double[] out = new double[n];
    for (int k = 0; k < hz.length; k++) {
      int cycles = (int) Math.round(hz[k] * seconds);
      int detuned = cycles + 2; // a slow beat: two cycles a loop apart
      // sin(a + k) = sin a cos k + cos a sin k: the note's own phase offset, without a sine a
      // sample
      double cosK = StrictMath.cos(k);
      double sinK = StrictMath.sin(k);
      for (int i = 0; i < n; i++) {
        double breathe = 0.75 + 0.25 * cycle.sway(i, k + 2);
        double beat = cycle.sin(i, detuned) * cosK + cycle.cos(i, detuned) * sinK;
        out[i] += weight[k] * breathe * (cycle.sin(i, cycles) + 0.5 * beat) / 2.5;
      }
    }
    return out;
  }

  private static double[] noise(Random random, int n) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = random.nextDouble() * 2 - 1;
    }
    return x;
  }

  /**
   * A band of noise: one-pole low-pass at {@code low}, minus one at {@code high} (coefficients per
   * sample).
   */
  private static double[] band(double[] x, double low, double high) {
    double a = 0;
    double b = 0;
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      a += low * (x[i] - a);
      b += high * (x[i] - b);
      y[i] = a - b;
    }
    return y;
  }

  /**
   * The first {@code n} of {@code x} (which is {@link #CROSSFADE} longer) with its start
   * cross-faded from the samples that follow its end, so the loop's end runs on into its start.
   */
  private static double[] seamless(double[] x) {
    int n = x.length - CROSSFADE;
    double[] y = java.util.Arrays.copyOf(x, n);
    for (int i = 0; i < CROSSFADE; i++) {
      double w = StrictMath.PI / 2 * i / CROSSFADE;
      y[i] = x[i] * StrictMath.sin(w) + x[n + i] * StrictMath.cos(w);
    }
    return y;
  }

  /**
   * One cosine period over the loop's {@code n} frames, as a table: every periodic part of a bed
   * has a whole number of cycles in the loop, so each of its samples is a lookup. A cosine or two
   * per sample made the drone take 200 ms. A quarter of the table is computed and the rest
   * mirrored, so the values are the same on every machine.
   */
  private static final class Cycle {
    private final int n;
    private final double[] cos;

    Cycle(int n) {
      if (n % 4 != 0) {
        throw new IllegalArgumentException("a loop of " + n + " frames");
      }
      this.n = n;
      this.cos = new double[n];
      int quarter = n / 4;
      for (int j = 0; j <= quarter; j++) {
        cos[j] = StrictMath.cos(2 * StrictMath.PI * j / n);
      }
      for (int j = quarter + 1; j <= n / 2; j++) {
        cos[j] = -cos[n / 2 - j];
      }
      for (int j = n / 2 + 1; j < n; j++) {
        cos[j] = cos[n - j];
      }
    }

    /** cos(2 pi cycles i / n). */
    double cos(int i, int cycles) {
      return cos[(int) ((long) cycles * i % n)];
    }

    /** sin(2 pi cycles i / n), a quarter period behind the cosine. */
    double sin(int i, int cycles) {
      return cos[(int) (((long) cycles * i + 3L * n / 4) % n)];
    }

    /** A slow swing from 0 to 1 with {@code cycles} whole cycles in the loop. */
    double sway(int i, int cycles) {
      return 0.5 - 0.5 * cos(i, cycles);
    }
  }
}
