package dev.limber.timeline;

import dev.limber.session.Ambient;

/**
 * The ambient bed under a whole timeline: which sound, and the length of one swell in seconds (a
 * breath of the session's breathing pattern, so waves rise and fall in time with it; 0 when the
 * session paces no breathing).
 */
public record Bed(Ambient sound, int swellSeconds) {
  public Bed {
    if (sound == Ambient.NONE || swellSeconds < 0) {
      throw new IllegalArgumentException("bad bed: " + sound + ", " + swellSeconds);
    }
  }
}
