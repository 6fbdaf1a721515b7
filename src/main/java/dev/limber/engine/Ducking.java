package dev.limber.engine;

import dev.limber.audio.AmbientBed;
import dev.limber.audio.Levels;
import dev.limber.audio.Loudness;
import dev.limber.audio.Pcm;
import dev.limber.timeline.Event;
import java.util.List;

/**
 * The ambient bed as it goes into the mix: it fades in at the start of the session and out at its
 * end, and steps {@link Levels#DUCK} dB down under every cue, with 150 ms raised-cosine ramps that
 * finish before the cue starts and begin after it ends. The duck depends only on the frame and the
 * timeline, so seeking, pausing and rendering twice all give the same samples; only the on/off
 * switch carries state.
 */
final class Ducking {
  /** Frames of each ramp of the duck, and of switching the bed on or off: 150 ms. */
  static final int RAMP = Pcm.SAMPLE_RATE * 150 / 1000;

  private static final long FADE_IN = 3L * Pcm.SAMPLE_RATE;
  private static final long FADE_OUT = 4L * Pcm.SAMPLE_RATE;
  private static final double DUCKED = Loudness.gain(-Levels.DUCK);

  /** The duck's gain by distance from a cue in frames, 0 to RAMP: computed once. */
  private static final float[] RAMP_GAIN = ramp();

  private final AmbientBed bed;
  private final long length;
  private final float[] duck = new float[Mixer.BLOCK];
  private final short[] source = new short[Mixer.BLOCK];
  private boolean on = true;
  private double level = 1;

  Ducking(AmbientBed bed, long length) {
    this.bed = bed;
    this.length = length;
  }

  boolean on() {
    return on;
  }

  void switchTo(boolean value) {
    on = value;
  }

  /** Adds the bed to {@code sum[0..frames)}, the mix of frames from {@code from} on. */
  void add(long from, int[] sum, int frames, long[] starts, List<Event> audible, long longest) {
    if (frames <= 0 || (!on && level == 0)) {
      return;
    }
    float[] g = frames <= duck.length ? duck : new float[frames];
    boolean ducked = false; // g is filled only once a cue is near

    long to = from + frames;
    int last = TimelineIndex.lastAtOrBefore(starts, to + RAMP - 1);
    for (int i = last; i >= 0 && starts[i] + longest + RAMP > from; i--) {
      Event e = audible.get(i);
      if (e.end() + RAMP <= from) {
        continue;
      }
      // only the frames within a ramp of the cue are touched: before it, the distance to its start;
      // during it, none; after it, the distance from its end
      int before = (int) Math.max(0, e.start() - RAMP + 1 - from);
      int during = (int) Math.max(0, Math.min(frames, e.start() - from));
      int after = (int) Math.max(0, Math.min(frames, e.end() - from));
      int end = (int) Math.max(0, Math.min(frames, e.end() + RAMP - 1 - from));
      if (before >= end) {
        continue;
      }
      if (!ducked) {
        java.util.Arrays.fill(g, 0, frames, 1f);
        ducked = true;
      }
      for (int k = before; k < during; k++) {
        g[k] = Math.min(g[k], RAMP_GAIN[(int) (e.start() - from - k)]);
      }
      float full = RAMP_GAIN[0];
      for (int k = Math.max(during, 0); k < after; k++) {
        g[k] = Math.min(g[k], full);
      }
      for (int k = Math.max(after, before); k < end; k++) {
        g[k] = Math.min(g[k], RAMP_GAIN[(int) (from + k - e.end() + 1)]);
      }
    }
    short[] b = frames <= source.length ? source : new short[frames];
    bed.fill(from, b, frames);
    boolean steady = on && level == 1 && from >= FADE_IN && to <= length - FADE_OUT;
    if (steady) {
      if (!ducked) {
        // between cues, most of a session: the bed as it is
        for (int k = 0; k < frames; k++) {
          sum[k] += b[k];
        }
        return;
      }
      for (int k = 0; k < frames; k++) {
        sum[k] += Math.round(b[k] * g[k]);
      }
      return;
    }
    double step = 1.0 / RAMP;
    for (int k = 0; k < frames; k++) {
      long f = from + k;
      level = on ? Math.min(1, level + step) : Math.max(0, level - step);
      double fade = Math.min(1, Math.min(f / (double) FADE_IN, (length - f) / (double) FADE_OUT));
      sum[k] += (int) Math.round(b[k] * (ducked ? g[k] : 1) * smooth(fade) * smooth(level));
    }
  }

  private static double smooth(double x) {
    return x >= 1 ? 1 : x <= 0 ? 0 : 0.5 - 0.5 * StrictMath.cos(StrictMath.PI * x);
  }

  private static float[] ramp() {
    float[] r = new float[RAMP];
    for (int d = 0; d < RAMP; d++) {
      r[d] =
          (float) (DUCKED + (1 - DUCKED) * (0.5 - 0.5 * StrictMath.cos(StrictMath.PI * d / RAMP)));
    }
    return r;
  }
}
