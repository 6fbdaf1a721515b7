package dev.limber.engine;

import dev.limber.audio.Leveler;
import dev.limber.audio.Levels;
import dev.limber.audio.Loudness;
import dev.limber.audio.MixMeter;
import dev.limber.audio.Pcm;
import dev.limber.timeline.Event;
import dev.limber.timeline.Role;
import dev.limber.timeline.Timeline;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gain plan that masters a session: its integrated loudness is measured from the timeline and
 * the clips' own K-weighted energy (no mixing), and one gain brings it to {@link Levels#MASTER}.
 * Every clip keeps its level relative to the others; where the gain would push a clip's true peak
 * over the ceiling, that clip's peaks are limited instead, and the gain is measured once more to
 * make up for it. Timing is untouched. The opening chime is left as it is, since playback starts
 * with it before the session is compiled. All the work is done here, on the thread that compiles;
 * looking a clip up afterwards costs nothing.
 */
final class Mastering implements Clips {
  /**
   * The plan never moves a session further than this, in dB: a session of nothing but tones stays
   * gentle.
   */
  private static final double MOST = 6;

  private final Clips clips;
  private final double gain;
  private final Map<Pcm, Pcm> mastered = new IdentityHashMap<>();

  /**
   * Whether each clip only needs the gain (its true peak stays under the ceiling): the mixer then
   * applies the gain itself, and no scaled copy of the clip is made. Copies of every clip doubled
   * the memory a session's clips take.
   */
  private final Map<Pcm, Boolean> scaledOnly = new IdentityHashMap<>();

  private Mastering(Clips clips, double gain) {
    this.clips = clips;
    this.gain = gain;
  }

  /** {@code clips} mastered for {@code timeline}; the clips are computed now. */
  static Mastering of(Timeline timeline, Clips clips) {
    List<Event> planned = timeline.events().stream().filter(Mastering::planned).toList();
    List<Pcm> base = planned.stream().map(clips::of).toList();
    Map<Pcm, double[]> profiles = new IdentityHashMap<>();
    MixMeter meter = new MixMeter(timeline.length());
    for (int i = 0; i < planned.size(); i++) {
      meter.add(
          planned.get(i).start(),
          profiles.computeIfAbsent(base.get(i), c -> MixMeter.profile(c.samples())),
          1);
    }
    double measured = meter.integrated();
    double db = measured == Loudness.SILENT ? 0 : clamp(Levels.MASTER - measured);
    Mastering plan = new Mastering(clips, Loudness.gain(db));
    if (db > 0) {
      // limiting takes a little loudness off the loudest clips: measure once more and make up for
      // it
      MixMeter again = new MixMeter(timeline.length());
      Map<Pcm, double[]> limited = new IdentityHashMap<>();
      Map<Pcm, Boolean> scaledByFirstPlan = new IdentityHashMap<>();
      for (int i = 0; i < planned.size(); i++) {
        Pcm clip = base.get(i);
        boolean isLimited = !scaledByFirstPlan.computeIfAbsent(clip, plan::merelyScaled);
        double[] profile =
            isLimited
                ? limited.computeIfAbsent(plan.scaled(clip), c -> MixMeter.profile(c.samples()))
                : profiles.get(clip);
        again.add(planned.get(i).start(), profile, isLimited ? 1 : plan.gain);
      }
      double after = again.integrated();
      if (Math.abs(Levels.MASTER - after) > 0.05) {
        plan = new Mastering(clips, Loudness.gain(clamp(db + Levels.MASTER - after)));
      }
    }
    for (Event e : planned) {
      plan.unscaled(e); // the limited copies, made here rather than on the audio thread
    }
    return plan;
  }

  /** The gain of the plan, in dB. */
  double gainDb() {
    return 20 * Math.log10(gain);
  }

  @Override
  public synchronized Pcm of(Event audible) {
    Pcm clip = clips.of(audible);
    return planned(audible) ? scaled(clip) : clip;
  }

  @Override
  public synchronized Pcm unscaled(Event audible) {
    Pcm clip = clips.of(audible);
    return !planned(audible) || onlyScaled(clip) ? clip : scaled(clip);
  }

  @Override
  public synchronized double gain(Event audible) {
    return planned(audible) && onlyScaled(clips.of(audible)) ? gain : 1;
  }

  private boolean onlyScaled(Pcm clip) {
    return gain <= 1 || scaledOnly.computeIfAbsent(clip, this::merelyScaled);
  }

  @Override
  public boolean mastered() {
    return true;
  }

  /** A phrase outside the timeline (an acknowledgement) at the plan's level. */
  synchronized Pcm scaled(Pcm clip) {
    return mastered.computeIfAbsent(
        clip, c -> gain <= 1 ? c.scaled(gain) : Leveler.scaled(c, gain, Levels.CLIP_CEILING));
  }

  private boolean merelyScaled(Pcm clip) {
    return Loudness.truePeak(clip.samples()) + gainDb() <= Levels.CLIP_CEILING;
  }

  private static double clamp(double db) {
    return Math.max(-MOST, Math.min(MOST, db));
  }

  private static boolean planned(Event e) {
    return !(e instanceof Event.Segment)
        && !(e.step() == -1 && e instanceof Event.Sound s && s.role() == Role.CHIME);
  }
}
