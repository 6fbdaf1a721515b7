package dev.limber.engine;

import dev.limber.timeline.Event;
import dev.limber.timeline.Phase;

/**
 * Carries a position over to a timeline compiled at another speech rate. Both timelines have the
 * same phases in the same order; timed phases (holds, reps, rests) keep the exact offset, untimed
 * ones (speech) keep the same fraction. Landing inside a phrase, speech goes back to its start,
 * while a timed phase goes on after it so the hold keeps its length.
 */
final class PositionMap {
  private PositionMap() {}

  static long map(Event.Segment from, Event.Segment to, long position, TimelineIndex target) {
    long offset = position - from.start();
    boolean timed =
        from.phase() == Phase.HOLD || from.phase() == Phase.REPS || from.phase() == Phase.REST;
    long mapped =
        timed
            ? to.start() + Math.min(offset, to.frames())
            : to.start() + (from.frames() == 0 ? 0 : offset * to.frames() / from.frames());
    return target.sayAt(mapped).map(say -> timed ? say.end() : say.start()).orElse(mapped);
  }
}
