package dev.limber.engine;

import dev.limber.engine.EngineState.Breath;
import dev.limber.engine.EngineState.Side;
import dev.limber.engine.EngineState.Status;
import dev.limber.session.Breathing;
import dev.limber.session.Exercise;
import dev.limber.session.Session;
import dev.limber.session.Step;
import dev.limber.timeline.Event;
import dev.limber.timeline.Phase;
import dev.limber.timeline.Timeline;
import java.util.List;
import java.util.Optional;

/**
 * Works out the user-facing state at a frame of a program: a pure function of where the engine is.
 */
final class StateReader {
  /**
   * What the engine knows beyond the position: how it is running, what it says, what it has
   * tallied.
   */
  record Live(
      Status status,
      String caption,
      double volume,
      int completed,
      int skipped,
      boolean captionsOnly) {}

  private StateReader() {}

  static EngineState at(Program program, TimelineIndex index, long position, Live live) {
    Event.Segment seg = index.segmentAt(position);
    Session session = program.session();
    List<Step> steps = session.steps();
    Optional<Step> step = seg.step() >= 0 ? Optional.of(steps.get(seg.step())) : Optional.empty();
    long into = Math.max(0, position - seg.start());
    int secondsLeft =
        (int)
            ((Math.max(0, seg.end() - position) + Timeline.SAMPLE_RATE - 1) / Timeline.SAMPLE_RATE);
    int rep = 0;
    int reps = 0;
    if (step.isPresent() && step.get().exercise() instanceof Exercise.Reps r) {
      reps = r.count();
      if (seg.phase() == Phase.REPS) {
        rep = (int) Math.min(r.count(), into / ((long) r.repSeconds() * Timeline.SAMPLE_RATE) + 1);
      }
    }
    Breath breath =
        step.flatMap(Step::breathing)
            .filter(b -> seg.phase() == Phase.HOLD)
            .map(b -> breath(b, into))
            .orElse(Breath.NONE);
    // the intro leads to the first step; a step (and its rest) to the one after; the outro to none
    int next = seg.phase() == Phase.OUTRO ? steps.size() : seg.step() + 1;
    return EngineState.builder()
        .status(live.status())
        .session(session.id(), session.title())
        .step(seg.step() + 1, steps.size(), step.map(Step::name).orElse(session.title()))
        .nextStep(next < steps.size() ? steps.get(next).name() : "")
        .phase(seg.phase(), secondsLeft)
        .side(Side.of(seg.side()))
        .set(seg.set(), seg.sets())
        .rep(rep, reps)
        .breath(breath)
        .position(position, index.timeline().length())
        .caption(live.caption())
        .volume(live.volume())
        .rate(program.rate())
        .tally(live.completed(), live.skipped())
        .captionsOnly(live.captionsOnly())
        .build();
  }

  private static Breath breath(Breathing b, long into) {
    long second = (into / Timeline.SAMPLE_RATE) % b.cycleSeconds();
    return second < b.inhale()
        ? Breath.IN
        : second < b.inhale() + b.hold() ? Breath.HOLD : Breath.OUT;
  }
}
