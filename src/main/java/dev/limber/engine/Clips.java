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
   * True when the clips are already at their final level, so a {@link Program} does not master them
   * again.
   */
  default boolean mastered() {
    return false;
  }
}
