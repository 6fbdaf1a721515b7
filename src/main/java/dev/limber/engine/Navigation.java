package dev.limber.engine;

import dev.limber.session.Session;
import dev.limber.timeline.Phase;
import dev.limber.timeline.Timeline;

/** Where "next" and "previous" lead from a position, and what the voice says about it. Pure. */
final class Navigation {
  /** Within this much of a step's start, "previous" goes to the step before. */
  static final long RESTART_LIMIT = 3L * Timeline.SAMPLE_RATE;

  /** A place to jump to, and the words that announce it. */
  record Jump(long target, String words) {}

  private Navigation() {}

  static Jump next(TimelineIndex index, Session session, long position) {
    if (index.segmentAt(position).phase() == Phase.OUTRO) {
      return new Jump(index.timeline().length(), "Skipping to the end.");
    }
    int next = index.segmentAt(position).step() + 1;
    if (next >= session.steps().size()) {
      return new Jump(index.stepStart(Integer.MAX_VALUE), "Skipping to the end.");
    }
    return new Jump(index.stepStart(next), "Skipping to " + session.steps().get(next).name() + ".");
  }

  static Jump previous(TimelineIndex index, Session session, long position) {
    int step = index.segmentAt(position).step();
    if (step < 0 && position < index.stepStart(0)) {
      return new Jump(0, "From the start.");
    }
    int current = step < 0 ? session.steps().size() - 1 : step;
    long start = index.stepStart(current);
    if (position - start > RESTART_LIMIT || current == 0) {
      return new Jump(start, "Again: " + session.steps().get(current).name() + ".");
    }
    return new Jump(index.stepStart(current - 1), "Back to " + session.steps().get(current - 1).name() + ".");
  }
}
