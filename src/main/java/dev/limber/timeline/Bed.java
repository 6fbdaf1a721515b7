package dev.limber.timeline;

import dev.limber.session.Ambient;
import java.util.List;

/**
 * The ambient bed under a whole timeline: which sound, the length of one swell in seconds (a breath
 * of the session's first breathing pattern; 0 when the session paces no breathing), and the holds
 * whose breathing the waves follow, breath by breath.
 */
public record Bed(Ambient sound, int swellSeconds, List<Breaths> breaths) {
  public Bed {
    if (sound == Ambient.NONE || swellSeconds < 0) {
      throw new IllegalArgumentException("bad bed: " + sound + ", " + swellSeconds);
    }
    breaths = List.copyOf(breaths);
  }

  /** A bed that follows no breathing of its own. */
  public Bed(Ambient sound, int swellSeconds) {
    this(sound, swellSeconds, List.of());
  }

  /**
   * A hold paced by a breathing pattern: frames {@code start} to {@code end} of the timeline, whose
   * breaths begin at {@code start}, each {@code inhale}, {@code hold} and {@code exhale} seconds.
   */
  public record Breaths(long start, long end, int inhale, int hold, int exhale) {
    public Breaths {
      if (start < 0 || end <= start || inhale <= 0 || hold < 0 || exhale <= 0) {
        throw new IllegalArgumentException(
            "bad breaths: " + start + "-" + end + ", " + inhale + "/" + hold + "/" + exhale);
      }
    }
  }
}
