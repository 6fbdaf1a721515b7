package dev.limber.engine;

import dev.limber.timeline.Phase;

/**
 * What the engine is doing, as a user interface shows it. Immutable; a new one is published after
 * every block.
 *
 * @param step index of the current step from 0, or -1 in the intro and outro
 * @param side 0 for a one-sided step, 1 left, 2 right
 * @param rep the repetition under way (from 1), or 0 outside repetitions
 * @param breath "in", "hold", "out", or "" when breathing is not paced
 * @param secondsLeft whole seconds left in the current phase, rounded up
 * @param position frame of the timeline reached; {@code length} is the timeline's length
 */
public record EngineState(
    int step, int steps, String stepName, Phase phase, int side, int set, int sets, int rep, int reps, String breath,
    int secondsLeft, long position, long length, int rate, boolean paused, boolean finished, boolean stopped) {

  /** Fraction of the session played, from 0 to 1. */
  public double progress() {
    return length == 0 ? 1 : Math.min(1, (double) position / length);
  }
}
