package dev.limber.engine;

import dev.limber.audio.AmbientBed;
import dev.limber.audio.Pcm;
import dev.limber.timeline.Event;
import dev.limber.timeline.Timeline;
import java.util.List;
import java.util.Optional;

/**
 * Mixes the audible events of a timeline into blocks of samples, over the timeline's ambient bed
 * when it has one. Overlapping sounds are summed and clamped, so a loud overlap clips softly
 * instead of wrapping around into a click. One mixer belongs to one thread: it reuses a buffer
 * between blocks.
 */
public final class Mixer {
  private final List<Event> audible;
  private final long[] starts;

  /** The samples of each audible event, looked up once: the audio thread takes no lock for them. */
  private final short[][] samples;

  /** Each event's gain from the mastering plan, in units of 1/{@link #UNITY}. */
  private final int[] gains;

  private static final int UNITY = 1 << 14;

  private final long longest;
  private final long length;
  private final Optional<Ducking> bed;

  /** Reused for every block, so mixing allocates nothing on the audio thread. */
  private final int[] scratch = new int[BLOCK];

  public Mixer(Timeline timeline, Clips clips) {
    this.audible = timeline.events().stream().filter(e -> !(e instanceof Event.Segment)).toList();
    this.starts = audible.stream().mapToLong(Event::start).toArray();
    this.samples = audible.stream().map(e -> clips.unscaled(e).samples()).toArray(short[][]::new);
    this.gains = audible.stream().mapToInt(e -> fixedPoint(clips.gain(e))).toArray();
    this.longest = audible.stream().mapToLong(Event::frames).max().orElse(0);
    this.length = timeline.length();
    this.bed = timeline.bed().map(b -> new Ducking(AmbientBed.of(b), timeline.length()));
  }

  /**
   * Fills {@code out[0..frames)} with the mix of frames {@code from .. from+frames}, scaled by
   * {@code gain}.
   */
  public void mix(long from, short[] out, int frames, double gain) {
    long to = from + frames;
    int[] sum = frames <= scratch.length ? scratch : new int[frames];
    java.util.Arrays.fill(sum, 0, frames, 0);
    // events are sorted by start; only those starting before `to` and at most `longest` before
    // `from` can sound
    int last = TimelineIndex.lastAtOrBefore(starts, to - 1);
    for (int i = last; i >= 0 && starts[i] + longest > from; i--) {
      Event e = audible.get(i);
      if (e.end() <= from) {
        continue;
      }
      short[] clip = samples[i];
      long begin = Math.max(from, e.start());
      long end = Math.min(to, Math.min(e.end(), e.start() + clip.length));
      int g = gains[i];
      int into = (int) (begin - from);
      int at = (int) (begin - e.start());
      int n = (int) (end - begin);
      if (g == UNITY) {
        for (int k = 0; k < n; k++) {
          sum[into + k] += clip[at + k];
        }
      } else {
        for (int k = 0; k < n; k++) {
          sum[into + k] += (clip[at + k] * g + UNITY / 2) >> 14;
        }
      }
    }
    if (bed.isPresent()) {
      bed.get()
          .add(
              from,
              sum,
              (int) Math.min(frames, Math.max(0, length - from)),
              starts,
              audible,
              longest);
    }
    if (gain == 1) {
      for (int i = 0; i < frames; i++) {
        out[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, sum[i]));
      }
    } else {
      for (int i = 0; i < frames; i++) {
        out[i] = Pcm.scale(sum[i], gain);
      }
    }
  }

  private static int fixedPoint(double gain) {
    return (int) Math.round(gain * UNITY);
  }

  /**
   * Whether a phrase or a sound of the timeline plays anywhere in frames {@code from .. to}: the
   * program's own sound, the ambient bed apart.
   */
  public boolean audible(long from, long to) {
    int last = TimelineIndex.lastAtOrBefore(starts, to - 1);
    for (int i = last; i >= 0 && starts[i] + longest > from; i--) {
      if (audible.get(i).end() > from) {
        return true;
      }
    }
    return false;
  }

  /** Whether the timeline has an ambient bed to switch on and off. */
  public boolean hasAmbient() {
    return bed.isPresent();
  }

  /** Whether the bed is on (or fading in); false without a bed. */
  public boolean ambientOn() {
    return bed.map(Ducking::on).orElse(false);
  }

  /**
   * Switches the ambient bed on or off with a 150 ms fade; nothing happens without a bed. Call it
   * on the mixing thread, between blocks (the engine applies commands there). A new mixer starts
   * with its bed on: carry the choice over when the program changes.
   */
  public void ambient(boolean on) {
    bed.ifPresent(b -> b.switchTo(on));
  }

  /**
   * Frames per block written to a sink: 10 ms. The engine takes commands between blocks, so a pause
   * waits at most this long (5 ms on average) before the line's 50 ms buffer runs out.
   */
  public static final int BLOCK = Pcm.SAMPLE_RATE / 100;
}
