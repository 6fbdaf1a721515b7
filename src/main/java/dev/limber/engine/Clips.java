package dev.limber.engine;

import dev.limber.audio.Pcm;
import dev.limber.timeline.Event;

/**
 * The audio of each audible event; ready before playback starts, so looking one up never
 * synthesizes.
 */
public interface Clips {

  /** The clip of a {@link Event.Say} or {@link Event.Sound}; its length is the event's length. */
  Pcm of(Event audible);

  /**
   * The clip of an event as the mixer reads it, before {@link #gain}: a plan that only scales a
   * clip hands the mixer the clip itself and its gain, so no scaled copy of it is kept.
   */
  default Pcm unscaled(Event audible) {
    return of(audible);
  }

  /** What the mixer multiplies {@link #unscaled} by: 1 unless a plan only scales the clip. */
  default double gain(Event audible) {
    return 1;
  }

  /**
   * True when the clips are already at their final level, so a {@link Program} does not master them
   * again.
   */
  default boolean mastered() {
    return false;
  }
}
