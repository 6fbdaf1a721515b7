package dev.limber.audio;

import java.util.Map;

/**
 * The bundled sounds, made from sine partials with raised-cosine fades at both ends (no clicks),
 * each set to its level of the gain plan ({@link Levels}) by the loudness meter. StrictMath keeps
 * them bit-for-bit the same on every machine, so {@code audio/} is reproducible.
 */
public final class Tones {
  private static final double FADE_SECONDS = 0.008;

  private Tones() {}

  /** Every bundled sound by file name. */
  public static Map<String, Pcm> all() {
    return Map.of(
        "chime.wav", Leveler.level(chime(), Levels.CHIME, Levels.CLIP_CEILING),
        "bell.wav", Leveler.level(bell(), Levels.CHIME, Levels.CLIP_CEILING),
        "breath-in.wav",
            Leveler.level(glide(330, 440, 0.55, 0.10), Levels.BREATH_TONE, Levels.CLIP_CEILING),
        "breath-hold.wav",
            Leveler.level(glide(440, 440, 0.45, 0.08), Levels.BREATH_TONE - 1, Levels.CLIP_CEILING),
        "breath-out.wav",
            Leveler.level(glide(440, 330, 0.7, 0.08), Levels.BREATH_TONE, Levels.CLIP_CEILING));
  }

  /**
   * The short soft tone that says a voice command was heard: a rising 120 ms sweep, well under the
   * voice (about -24 dBFS at its peak).
   */
  public static Pcm heard() {
    return glide(660, 880, 0.12, 0.06);
  }

  /** A soft two-note chime that opens each step. */
  static Pcm chime() {
    Pcm first =
        partials(0.9, 0.22, 3.5, new double[] {784, 1568, 2352}, new double[] {1, 0.3, 0.1});
    Pcm second =
        partials(1.1, 0.22, 3.0, new double[] {1046.5, 2093, 3139.5}, new double[] {1, 0.3, 0.1});
    return overlay(first, second, (int) Pcm.frames(0.18));
  }

  /** A longer, lower bell with inharmonic partials that closes the session. */
  static Pcm bell() {
    return partials(
        2.6,
        0.28,
        1.6,
        new double[] {392, 392 * 2.76, 392 * 5.40, 392 * 8.93},
        new double[] {1, 0.45, 0.2, 0.08});
  }

  /** A breath tone: a sine sliding from one pitch to another under a smooth swell. */
  static Pcm glide(double fromHz, double toHz, double seconds, double peak) {
    int n = (int) Pcm.frames(seconds);
    short[] s = new short[n];
    double phase = 0;
    for (int i = 0; i < n; i++) {
      double t = (double) i / n;
      double hz = fromHz + (toHz - fromHz) * t;
      phase += 2 * StrictMath.PI * hz / Pcm.SAMPLE_RATE;
      double swell = 0.5 - 0.5 * StrictMath.cos(2 * StrictMath.PI * t);
      s[i] = Pcm.clamp(StrictMath.round(peak * swell * StrictMath.sin(phase) * Short.MAX_VALUE));
    }
    return new Pcm(s);
  }

  private static Pcm partials(
      double seconds, double peak, double decay, double[] hz, double[] weights) {
    int n = (int) Pcm.frames(seconds);
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    short[] s = new short[n];
    for (int i = 0; i < n; i++) {
      double t = (double) i / Pcm.SAMPLE_RATE;
      double v = 0;
      for (int k = 0; k < hz.length; k++) {
        v +=
            weights[k]
                * StrictMath.exp(-decay * (k + 1) * t)
                * StrictMath.sin(2 * StrictMath.PI * hz[k] * t);
      }
      s[i] = Pcm.clamp(StrictMath.round(peak * fade(i, n) * v / total * Short.MAX_VALUE));
    }
    return new Pcm(s);
  }

  /** Raised-cosine fade in and out over {@link #FADE_SECONDS}. */
  private static double fade(int i, int n) {
    int fade = (int) Pcm.frames(FADE_SECONDS);
    int edge = Math.min(i, n - 1 - i);
    return edge >= fade ? 1 : 0.5 - 0.5 * StrictMath.cos(StrictMath.PI * edge / fade);
  }

  private static Pcm overlay(Pcm a, Pcm b, int offset) {
    short[] s = new short[Math.max(a.frames(), offset + b.frames())];
    for (int i = 0; i < s.length; i++) {
      int v =
          (i < a.frames() ? a.samples()[i] : 0)
              + (i >= offset && i - offset < b.frames() ? b.samples()[i - offset] : 0);
      s[i] = Pcm.clamp(v);
    }
    return new Pcm(s);
  }
}
