package dev.limber.timeline;

import dev.limber.session.Count;
import java.util.Optional;

/**
 * Choices that change the timeline: the speech rate (clip lengths depend on it), a counting mode
 * that overrides every step's, and whether breathing is paced at all.
 */
public record TimelineSettings(int rate, Optional<Count> count, boolean breathing) {
  public static final TimelineSettings DEFAULT = new TimelineSettings(135, Optional.empty(), true);

  /** The rate a counted number falls back to when it does not fit its second at the normal rate. */
  public int quickRate() {
    return Math.min(250, Math.max(rate + 50, 190));
  }
}
