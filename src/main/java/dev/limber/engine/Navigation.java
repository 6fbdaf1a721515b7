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
      return new Jump(index.timeline().length(), Acknowledgements.TO_THE_END);
    }
    int next = index.segmentAt(position).step() + 1;
    if (next >= session.steps().size()) {
      return new Jump(index.stepStart(Integer.MAX_VALUE), Acknowledgements.TO_THE_END);
    }
    return new Jump(index.stepStart(next), Acknowledgements.skippingTo(session.steps().get(next)));
  }

  static Jump previous(TimelineIndex index, Session session, long position) {
    int step = index.segmentAt(position).step();
    if (step < 0 && position < index.stepStart(0)) {
      return new Jump(0, Acknowledgements.FROM_THE_START);
    }
    int current = step < 0 ? session.steps().size() - 1 : step;
    long start = index.stepStart(current);
    if (position - start > RESTART_LIMIT || current == 0) {
      return new Jump(start, Acknowledgements.again(session.steps().get(current)));
    }
    return new Jump(
        index.stepStart(current - 1), Acknowledgements.backTo(session.steps().get(current - 1)));
  }
}
