package dev.limber.timeline;

import dev.limber.session.Count;
import java.util.Optional;

/**
 * Choices that change the timeline: the speech rate (clip lengths depend on it), a counting mode
 * that overrides every step's, and whether breathing is paced at all.
 */
public record TimelineSettings(int rate, Optional<Count> count, boolean breathing) {
  /** The default speech rate in words a minute: calm. */
  public static final int CALM_RATE = 135;

  public static final int SLOWEST_RATE = 80;
  public static final int FASTEST_RATE = 250;
  public static final TimelineSettings DEFAULT = new TimelineSettings(CALM_RATE, Optional.empty(), true);

  /** The rate a counted number falls back to when it does not fit its second at the normal rate. */
  public int quickRate() {
    return Math.min(FASTEST_RATE, Math.max(rate + 50, 190));
  }
}
