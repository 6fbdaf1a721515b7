package dev.limber.audio;

import dev.limber.session.Ambient;
import dev.limber.timeline.Bed;
import java.util.List;
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

  /**
   * Waves only: the low swell and the bright wash, each at its level in the loop, so the swell can
   * follow a hold's breathing instead of the loop's own; null for the other beds.
   */
  private final float[] low;

  private final float[] wash;

  /** The holds whose breaths the waves follow; empty: the loop's own swell throughout. */
  private final List<Bed.Breaths> breaths;

  private final int swellFrames;

  private AmbientBed(short[] loop) {
    this(loop, null, null, List.of(), 0);
  }

  private AmbientBed(
      short[] loop, float[] low, float[] wash, List<Bed.Breaths> breaths, int swellFrames) {
    this.loop = loop;
    this.low = low;
    this.wash = wash;
    this.breaths = breaths;
    this.swellFrames = swellFrames;
  }

  /** The bed {@code sound}; waves swell once every {@code swellSeconds} (10 s when 0). */
  public static AmbientBed of(Ambient sound, int swellSeconds) {
    if (sound == Ambient.NONE) {
      throw new IllegalArgumentException("no bed for " + sound);
    }
    int swell = sound == Ambient.WAVES ? (swellSeconds > 0 ? swellSeconds : 10) : 0;
    return MADE.computeIfAbsent(sound + "/" + swell, k -> make(sound, swell));
  }

  /** The bed of a timeline: waves that follow its paced holds breath by breath. */
  public static AmbientBed of(Bed bed) {
    AmbientBed made = of(bed.sound(), bed.swellSeconds());
    if (made.low == null || bed.breaths().isEmpty()) {
      return made;
    }
    int swell = bed.swellSeconds() > 0 ? bed.swellSeconds() : 10;
    return new AmbientBed(made.loop, made.low, made.wash, bed.breaths(), swell * Pcm.SAMPLE_RATE);
  }

  /**
   * Writes frames {@code from .. from+frames} of the bed into {@code out}. Waves that follow
   * breathing rise on each breath in, stay up through its hold and fall on the breath out, and
   * cross-fade over {@link #FOLLOW} to and from the loop's own swell at a hold's edges; the rise is
   * worked out every 10 ms and drawn straight between (a breath takes seconds). Outside the holds
   * the samples are the loop's own.
   */
  public void fill(long from, short[] out, int frames) {
    int n = loop.length;
    if (!anyHold(from, from + frames)) {
      int at = (int) (from % n);
      int first = Math.min(frames, n - at);
      System.arraycopy(loop, at, out, 0, first);
      for (int done = first; done < frames; done += Math.min(frames - done, n)) {
        System.arraycopy(loop, 0, out, done, Math.min(frames - done, n));
      }
      return;
    }
    int at = (int) (from % n);
    long cell = -1;
    double r0 = 0;
    double r1 = 0;
    for (int k = 0; k < frames; k++, at++) {
      if (at == n) {
        at = 0;
      }
      long f = from + k;
      if (!following(f)) {
        out[k] = loop[at]; // away from every hold: the loop itself, sample for sample
        continue;
      }
      // the rise on a fixed grid of frames, so the samples do not depend on where blocks begin
      long start = f - f % GRID;
      if (start != cell) {
        cell = start;
        r0 = rise(start);
        r1 = rise(start + GRID);
      }
      double r = r0 + (r1 - r0) * (f - start) / GRID;
      out[k] = Pcm.clamp(Math.round(low[at] * (0.35 + 0.65 * r) + wash[at] * r * r));
    }
  }

  /** Frames between two points where the rise is worked out: 10 ms. */
  private static final int GRID = Pcm.SAMPLE_RATE / 100;

  /** Whether any hold overlaps frames {@code from .. to}. */
  private boolean anyHold(long from, long to) {
    if (breaths.isEmpty()) {
      return false;
    }
    // the last hold starting before `to` is the only one that can reach into the range
    int lo = 0;
    int hi = breaths.size() - 1;
    int last = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (breaths.get(mid).start() < to) {
        last = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return last >= 0 && breaths.get(last).end() > from;
  }

  /** Whether {@code frame} is in a hold, where the waves follow its breathing. */
  private boolean following(long frame) {
    return holdAt(frame) != null;
  }

  /** How far to cross-fade between the loop's swell and a hold's breathing: 1.5 s. */
  static final int FOLLOW = Pcm.SAMPLE_RATE * 3 / 2;

  /** The swell at {@code frame}, 0 (trough) to 1 (crest). */
  double rise(long frame) {
    double own =
        0.5 - 0.5 * StrictMath.cos(2 * StrictMath.PI * (frame % swellFrames) / swellFrames);
    Bed.Breaths b = holdAt(frame);
    if (b == null) {
      return own;
    }
    long into = frame - b.start();
    long cycle = (long) (b.inhale() + b.hold() + b.exhale()) * Pcm.SAMPLE_RATE;
    long p = into % cycle;
    long in = (long) b.inhale() * Pcm.SAMPLE_RATE;
    long held = in + (long) b.hold() * Pcm.SAMPLE_RATE;
    double breath =
        p < in
            ? smooth((double) p / in)
            : p < held ? 1 : 1 - smooth((double) (p - held) / (cycle - held));
    double follow = smooth(Math.min(1, Math.min(into, b.end() - frame) / (double) FOLLOW));
    return own + (breath - own) * follow;
  }

  private Bed.Breaths holdAt(long frame) {
    int lo = 0;
    int hi = breaths.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Bed.Breaths b = breaths.get(mid);
      if (frame < b.start()) {
        hi = mid - 1;
      } else if (frame >= b.end()) {
        lo = mid + 1;
      } else {
        return b;
      }
    }
    return null;
  }

  private static double smooth(double x) {
    return x >= 1 ? 1 : x <= 0 ? 0 : 0.5 - 0.5 * StrictMath.cos(StrictMath.PI * x);
  }

  /** The sample at {@code frame} of a session: the loop repeats for ever. */
  public short at(long frame) {
    return loop[(int) (frame % loop.length)];
  }

  /** One whole loop; callers must not change it. */
  public short[] loop() {
    return loop;
  }

  private static AmbientBed make(Ambient sound, int swell) {
    int seconds =
        swell > 0
            ? swell * (int) Math.max(1, Math.round(LOOP_SECONDS / swell))
            : (int) LOOP_SECONDS;
    int n = seconds * Pcm.SAMPLE_RATE;
    Cycle cycle = new Cycle(n);
    double[][] waves = sound == Ambient.WAVES ? waveParts(n, swell, cycle) : null;
    double[] x =
        switch (sound) {
          case RAIN -> rain(n, cycle);
          case WAVES -> waves(n, swell, cycle, waves[0], waves[1]);
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
    if (waves == null) {
      return new AmbientBed(s);
    }
    // the parts at the level of the loop, as waves() combines them
    float[] low = new float[n];
    float[] wash = new float[n];
    for (int i = 0; i < n; i++) {
      low[i] = (float) (waves[0][i] * 2.2 * 8000 * gain);
      wash[i] = (float) (waves[1][i] * 0.6 * 8000 * gain);
    }
    return new AmbientBed(s, low, wash, List.of(), swell * Pcm.SAMPLE_RATE);
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

  /** The two noises of the waves: a low swell and a brighter wash. */
  private static double[][] waveParts(int n, int swell, Cycle cycle) {
    Random random = new Random(34);
    double[] low = seamless(band(noise(random, n + CROSSFADE), 0.06, 0.01));
    double[] wash = seamless(band(noise(random, n + CROSSFADE), 0.3, 0.05));
    return new double[][] {low, wash};
  }

  /** Low noise rising and falling once a swell, with a brighter wash on top of each crest. */
  private static double[] waves(int n, int swell, Cycle cycle, double[] low, double[] wash) {
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
