package dev.limber.engine;

import dev.limber.session.Breathing;
import dev.limber.session.Exercise;
import dev.limber.session.Step;
import dev.limber.timeline.Event;
import dev.limber.timeline.Phase;
import dev.limber.timeline.Timeline;
import java.util.Optional;

/** Works out the user-facing state at a frame of a program: a pure function of the position. */
final class StateReader {
  private StateReader() {}

  static EngineState at(Program program, TimelineIndex index, long position, boolean paused, boolean finished, boolean stopped) {
    Event.Segment seg = index.segmentAt(position);
    int steps = program.session().steps().size();
    Optional<Step> step = seg.step() >= 0 ? Optional.of(program.session().steps().get(seg.step())) : Optional.empty();
    long into = Math.max(0, position - seg.start());
    int secondsLeft = (int) ((Math.max(0, seg.end() - position) + Timeline.SAMPLE_RATE - 1) / Timeline.SAMPLE_RATE);
    int rep = 0;
    int reps = 0;
    if (step.isPresent() && step.get().exercise() instanceof Exercise.Reps r) {
      reps = r.count();
      if (seg.phase() == Phase.REPS) {
        rep = (int) Math.min(r.count(), into / ((long) r.repSeconds() * Timeline.SAMPLE_RATE) + 1);
      }
    }
    String breath = step.flatMap(Step::breathing)
        .filter(b -> seg.phase() == Phase.HOLD)
        .map(b -> breath(b, into))
        .orElse("");
    return new EngineState(seg.step(), steps, step.map(Step::name).orElse(program.session().title()), seg.phase(), seg.side(),
        seg.set(), seg.sets(), rep, reps, breath, secondsLeft, position, index.timeline().length(), program.rate(), paused,
        finished, stopped);
  }

  private static String breath(Breathing b, long into) {
    long second = (into / Timeline.SAMPLE_RATE) % b.cycleSeconds();
    return second < b.inhale() ? "in" : second < b.inhale() + b.hold() ? "hold" : "out";
  }
}
